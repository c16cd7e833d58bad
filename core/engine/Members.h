#pragma once

#include "core/engine/Dimensions.h"
#include "core/engine/Snapshot.h"
#include "core/registry/Vocabulary.h"

#include <QString>

namespace tansiq::engine {

// How a member of a dimension is written: a code for files (acronym, sector or type code,
// P-code, YYYY-MM, YYYY-Qn, vocabulary code), a label for people, and a unique key (the
// organisation's id in hex instead of its acronym) for comparisons. "None" is written as an
// empty code and a translated label.
QString memberCode(const Snapshot& snapshot, Dimension dimension, int member);
QString memberKey(const Snapshot& snapshot, Dimension dimension, int member);
QString memberLabel(const Snapshot& snapshot, Dimension dimension, int member, Language language);

} // namespace tansiq::engine
