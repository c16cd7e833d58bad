#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace tansiq::interop {

// The kinds of value a 4W row names and an import must match against the registry.
enum class ValueKind {
    Organisation,
    Sector,
    ActivityType,
    Project,
    Status,
    Modality,
    PopulationGroup,
    Place
};
constexpr int kValueKindCount = int(ValueKind::Place) + 1;

// "organisation", "sector", "activity-type", "project", "status", "modality",
// "population-group", "place": the keys of value-map and vocabulary files.
QString valueKindKey(ValueKind kind);
std::optional<ValueKind> valueKindFromKey(const QString& key);
QString valueKindLabel(ValueKind kind); // translated, for messages and the wizard

// What to do with a value written in a partner's file that does not match by itself.
struct ValueChoice {
    enum class Action { Map, Create, Skip };
    Action action = Action::Map;
    // Map: the code or name of an existing value (as written by the user), or its key (record
    // id, vocabulary code, P-code) once resolved.
    QString target;

    bool operator==(const ValueChoice&) const = default;
};

// Partner value → choice, per kind; values compared folded (text::foldForSearch). Used for
// the choices made in the wizard or given with --value-map, for the choices remembered per
// partner (ValueMappingStore) and for vocabulary files (synonyms).
class ValueMap {
    Q_DECLARE_TR_FUNCTIONS(tansiq::interop)

public:
    struct Entry {
        ValueKind kind = ValueKind::Organisation;
        QString value; // as first written
        ValueChoice choice;
    };

    void set(ValueKind kind, const QString& value, const ValueChoice& choice);
    const ValueChoice* find(ValueKind kind, const QString& value) const;
    // Adds every entry of `other`, replacing those this map has for the same value.
    void merge(const ValueMap& other);
    QList<Entry> entries() const; // in a stable order (kind, folded value)
    bool isEmpty() const { return m_entries.isEmpty(); }
    qsizetype size() const { return m_entries.size(); }

private:
    static QString slot(ValueKind kind, const QString& value);
    QHash<QString, Entry> m_entries;
};

// Parses a value-map file (docs/formats/4w-csv-xlsx.md): one "kind: partner value = code or
// name" per line; "= !skip" leaves the rows out, "= !create" creates the value (organisations
// and projects); lines starting with ';' are comments. `what` names the file in messages.
Result<ValueMap> parseValueMap(const QString& text, const QString& what);

// Parses a vocabulary file: the same lines after a first line "tansiq-vocabulary 1"; each
// line adds a spelling ("kind: spelling = code or name") that matches like the registry's
// own names. Refuses other versions.
Result<ValueMap> parseVocabulary(const QString& text, const QString& what);

// The vocabulary bundled with Tansiq (resource :/tansiq/interop/import-vocabulary.txt).
const ValueMap& bundledVocabulary();

} // namespace tansiq::interop
