#pragma once

#include "core/common/Result.h"
#include "core/interop/FourWColumns.h"
#include "core/interop/Sheet.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace tansiq::interop {

// A column mapping for files without a hashtag row: human header (as folded by
// text::foldForSearch) → HXL tag, e.g. "الجهة المنفذة" → "#org+impl+name".
using ColumnMapping = QHash<QString, QString>;

// Parses a mapping file: one "Header text = #tag" per line (UTF-8; lines starting with ';'
// are comments). `what` names the file in messages.
Result<ColumnMapping> parseColumnMapping(const QString& text, const QString& what);
// Adds one "Header text=#tag" expression (the CLI's --map) to `mapping`.
Status addMappingExpression(ColumnMapping& mapping, const QString& expression);

struct ColumnBinding {
    int column = 0; // 0-based
    Field field = Field::RecordId;
    QString source; // the tag or header the field was recognised by
};

// Where the 4W is in a sheet: which row holds the tags (or the headers a mapping was applied
// to), where the data starts, and which column holds which field.
struct SheetLayout {
    Q_DECLARE_TR_FUNCTIONS(tansiq::interop::SheetLayout)

public:
    int tagRow = -1; // 0-based; -1 when the columns were mapped by their headers
    int headerRow = -1; // 0-based human header row the mapping used (no tag row)
    int firstDataRow = 0; // 0-based
    QList<ColumnBinding> bindings; // several columns may carry one field (English + Arabic)
    QStringList ignored; // tags or headers of columns left out
    bool usedMapping = false; // true when a mapping (given or remembered) matched a header

    bool has(Field field) const;
    QList<int> columnsOf(Field field) const;
};

// Finds the layout: the hashtag row within the first 25 rows; otherwise the header row that
// `mapping` and the known export headers (English and Arabic) recognise best. Refuses a
// sheet where neither finds the columns an activity needs, listing the headers it saw.
// `partnerGiven`: the implementing organisation may come from the import's partner instead
// of a column. `what` names the file in messages.
Result<SheetLayout> detectLayout(
    const Sheet& sheet, const ColumnMapping& mapping, bool partnerGiven, const QString& what);

} // namespace tansiq::interop
