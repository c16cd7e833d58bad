#pragma once

#include "core/engine/DuplicationScan.h"
#include "core/registry/Vocabulary.h"

#include <QString>

namespace tansiq::ui {

class DisplaySettings;

// A duplication group in people's words, never its key ("SY020301/PRT-PSS/returnee/df2a…"):
// place, activity type, population group and the days the activities share, in the user's
// language and digits.
QString duplicationTitle(const engine::Snapshot& snapshot, const engine::DuplicateGroup& group,
    const DisplaySettings& display);

// The sector of a group (all its activities share the activity type, hence the sector).
int duplicationSector(const engine::Snapshot& snapshot, const engine::DuplicateGroup& group);

// True when the group's place is `place` or lies inside it (place index in the snapshot).
bool duplicationWithin(
    const engine::Snapshot& snapshot, const engine::DuplicateGroup& group, int place);

} // namespace tansiq::ui
