#pragma once

#include "ImportPlan.h"
#include "ReferenceCatalog.h"
#include "SheetLayout.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace tansiq::interop {

// Turns one spreadsheet row into an activity: parses the cells, matches organisations,
// sector, activity type, project and place (P-code first, then folded names), and fills what
// the file does not carry from `base` (the stored record when the row updates one). Columns
// the file lacks keep the stored values; an empty cell clears an optional field, except the
// fields an export strips from sensitive rows (site, coordinates, focal point), which a
// re-import must not erase.
class RowMapper {
public:
    RowMapper(const ReferenceCatalog& catalog, const SheetLayout& layout, const QUuid& partnerId)
        : m_catalog(catalog), m_layout(layout), m_partnerId(partnerId) {}

    struct Mapped {
        Activity activity;
        Issues issues;
        QList<Unmatched> unmatched;
    };

    bool isBlank(const QStringList& cells) const;
    QString cell(const QStringList& cells, Field field) const;  // first non-empty column
    Mapped map(const QStringList& cells, int row, const Activity& base, bool existing) const;

    // The id of a row without #meta+id: a name-based UUID of what identifies the activity
    // (organisation, sector, activity type, place, site, population group, start, month), so
    // importing the same file twice finds the same records.
    static QUuid naturalId(const Activity& activity);

private:
    std::optional<QString> term(Vocabulary vocabulary, const QString& text) const;

    const ReferenceCatalog& m_catalog;
    const SheetLayout& m_layout;
    QUuid m_partnerId;
    mutable QHash<QString, std::optional<QString>> m_terms[5];  // matchTerm per vocabulary, memoised
};

}  // namespace tansiq::interop
