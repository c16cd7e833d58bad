#pragma once

#include "core/registry/Activity.h"

#include <array>
#include <optional>

namespace tansiq {

// People by sex and age, the 4W's core breakdown: six cells for people targeted and six for
// people reached (decision 0064). One rule for the editor, the import and the validators.
namespace people {

enum class Cell { Girls, Boys, Women, Men, ElderlyWomen, ElderlyMen };
constexpr int kCellCount = 6;
using Cells = std::array<std::optional<qint64>, kCellCount>;

Cells targetedCells(const Activity& activity);
Cells reachedCells(const Activity& activity);
void setTargetedCells(Activity& activity, const Cells& cells);
void setReachedCells(Activity& activity, const Cells& cells);

// The sum of the cells that are given (negative ones ignored); nothing when none is.
std::optional<qint64> sumOfGiven(const Cells& cells);
// Whether a breakdown and its total disagree: the given cells add up to more than the total,
// or all six are given and add up to something else. A partial breakdown below the total is
// simply incomplete.
bool disagrees(std::optional<qint64> total, const Cells& cells);

} // namespace people
} // namespace tansiq
