#include "core/registry/PeopleBreakdown.h"

namespace tansiq::people {

Cells targetedCells(const Activity& a)
{
    return { a.targetedGirls, a.targetedBoys, a.targetedWomen, a.targetedMen,
        a.targetedElderlyWomen, a.targetedElderlyMen };
}

Cells reachedCells(const Activity& a)
{
    return { a.reachedGirls, a.reachedBoys, a.reachedWomen, a.reachedMen, a.reachedElderlyWomen,
        a.reachedElderlyMen };
}

void setTargetedCells(Activity& a, const Cells& c)
{
    a.targetedGirls = c[0];
    a.targetedBoys = c[1];
    a.targetedWomen = c[2];
    a.targetedMen = c[3];
    a.targetedElderlyWomen = c[4];
    a.targetedElderlyMen = c[5];
}

void setReachedCells(Activity& a, const Cells& c)
{
    a.reachedGirls = c[0];
    a.reachedBoys = c[1];
    a.reachedWomen = c[2];
    a.reachedMen = c[3];
    a.reachedElderlyWomen = c[4];
    a.reachedElderlyMen = c[5];
}

std::optional<qint64> sumOfGiven(const Cells& cells)
{
    std::optional<qint64> sum;
    for (const auto& cell : cells) {
        if (cell && *cell >= 0)
            sum = sum.value_or(0) + *cell;
    }
    return sum;
}

bool disagrees(std::optional<qint64> total, const Cells& cells)
{
    const std::optional<qint64> sum = sumOfGiven(cells);
    if (!total || !sum)
        return false;
    bool all = true;
    for (const auto& cell : cells)
        all = all && cell.has_value();
    return *sum > *total || (all && *sum != *total);
}

} // namespace tansiq::people
