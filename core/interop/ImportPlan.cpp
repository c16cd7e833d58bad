#include "core/interop/ImportPlan.h"

namespace tansiq::interop {

int ImportPlan::count(RowAction action) const
{
    int n = 0;
    for (const PlannedRow& row : rows)
        n += row.action == action ? 1 : 0;
    return n;
}

} // namespace tansiq::interop
