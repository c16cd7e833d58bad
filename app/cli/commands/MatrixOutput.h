#pragma once

#include "core/engine/PivotResult.h"
#include "core/engine/Snapshot.h"
#include "core/registry/Vocabulary.h"

#include <QString>

namespace tansiq::cli {

// A pivot written as CSV (a code and a label per row, one column per member, totals last),
// HXL (the same with a hashtag row) or JSON.
QString matrixCsv(
    const engine::Snapshot& s, const engine::PivotResult& r, Language language, bool hxl);
QString matrixJson(const engine::Snapshot& s, const engine::PivotResult& r, Language language);

} // namespace tansiq::cli
