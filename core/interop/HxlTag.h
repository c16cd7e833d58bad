#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tansiq::interop {

// One HXL tag specification, e.g. "#org +impl +name": a hashtag and a set of attributes.
// Hashtags and attributes are case-insensitive and attribute order does not matter, so both
// are kept lower-case and the attributes sorted.
struct HxlTag {
    QString hashtag; // without '#', lower case
    QStringList attributes; // without '+', lower case, sorted, unique

    // Parses a cell of a hashtag row: "#Org+Impl +name" → {org, [impl, name]}. Spaces around
    // '+' are allowed; anything else that breaks the HXL grammar (a hashtag or an attribute
    // not starting with a letter, other characters) gives nothing.
    static std::optional<HxlTag> parse(const QString& cell);

    bool has(const QString& attribute) const { return attributes.contains(attribute); }
    // HXL pattern matching: same hashtag and every attribute of `pattern` present here.
    bool matches(const HxlTag& pattern) const;
    QString toString() const; // "#org+impl+name" (sorted attributes)
    bool operator==(const HxlTag& other) const = default;
};

// Finds the hashtag row among the first `maxRows` rows: the first row in which more than half
// of the non-empty cells are HXL tags (libhxl's rule; a row of human headers never qualifies).
// Returns its 0-based index.
std::optional<int> findHashtagRow(const QList<QStringList>& rows, int maxRows = 25);

} // namespace tansiq::interop
