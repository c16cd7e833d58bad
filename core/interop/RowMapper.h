#pragma once

#include "core/interop/ImportPlan.h"
#include "core/interop/ReferenceCatalog.h"
#include "core/interop/SheetLayout.h"
#include "core/interop/ValueResolver.h"

#include <QCoreApplication>
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
    Q_DECLARE_TR_FUNCTIONS(tansiq::interop::RowMapper)

public:
    // `resolver` decides what names stand for (and creates what the user chose to create);
    // `fileMonth` (YYYY-MM, optional) is the month of rows that do not carry one.
    RowMapper(const ReferenceCatalog& catalog, ValueResolver& resolver, const SheetLayout& layout,
        const QUuid& partnerId, const QString& fileMonth = QString())
        : m_catalog(catalog)
        , m_resolver(&resolver)
        , m_layout(layout)
        , m_partnerId(partnerId)
        , m_fileMonth(fileMonth)
    {
    }

    struct Mapped {
        Activity activity;
        Issues issues;
        QList<Unmatched> unmatched;
        bool skipped = false; // a value the user chose to leave out
        QString skippedBecause; // "organisation “…”"
    };

    bool isBlank(const QStringList& cells) const;
    QString cell(const QStringList& cells, Field field) const; // first non-empty column
    Mapped map(const QStringList& cells, int row, const Activity& base, bool existing) const;

    // The id of a row without #meta+id: a name-based UUID of what identifies the activity
    // (organisation, sector, activity type, place, site, population group, start, month), so
    // importing the same file twice finds the same records.
    static QUuid naturalId(const Activity& activity);

private:
    void counts(const QStringList& cells, Mapped& out, int row) const;

    const ReferenceCatalog& m_catalog;
    ValueResolver* m_resolver;
    const SheetLayout& m_layout;
    QUuid m_partnerId;
    QString m_fileMonth;
};

} // namespace tansiq::interop
