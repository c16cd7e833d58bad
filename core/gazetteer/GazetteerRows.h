#pragma once

#include "core/common/Result.h"
#include "core/gazetteer/GazetteerColumns.h"
#include "core/io/CsvReader.h"
#include "core/registry/AdminUnit.h"

#include <QCoreApplication>
#include <QMap>

namespace tansiq {

class ReferenceRepository;

// The administrative units a gazetteer table defines, checked row by row: every level of a
// row becomes a unit whose parent is the level above in the same row (or, for the file's
// shallowest level, the parent already known). Refuses, with the row number, a P-code that does
// not start with its parent's (levels 1-3), an unknown parent, a missing name, or a unit placed
// under two different parents.
struct GazetteerRows {
    Q_DECLARE_TR_FUNCTIONS(tansiq::GazetteerImporter)

public:
    QMap<QString, AdminUnit> units; // by P-code
    QMap<QString, int> firstRow; // the row that first defined each unit
    int rows = 0; // non-blank data rows

    static Result<GazetteerRows> read(
        const CsvTable& table, const GazetteerColumns& columns, const ReferenceRepository& known);
};

} // namespace tansiq
