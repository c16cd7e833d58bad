#pragma once

#include "core/engine/PivotQuery.h"

#include <QString>

namespace tansiq::engine {
struct Snapshot;
}

namespace tansiq::ui {

// What the matrix page asks, in stable terms: engine names for the dimensions and the measure
// ("org", "admin3", "reached-unique"), a sector code, an organisation id, a status code, a
// P-code and months as 'YYYY-MM'. It outlives snapshots (their indices change with every
// rebuild) and is turned into an engine query on the analysis thread, against the snapshot
// that answers.
struct MatrixSpec {
    QString rows = QStringLiteral("sector");
    QString columns = QStringLiteral("admin1");
    QString measure = QStringLiteral("activities");
    QString sector; // code; empty: all
    QString organisation; // implementing organisation's id in hex; empty: all
    QString status; // Vocabulary::Status code; empty: all
    QString pcode; // the shared place selection; empty: everywhere
    QString firstMonth; // 'YYYY-MM'; both empty: no period
    QString lastMonth;

    engine::PivotQuery toQuery(const engine::Snapshot& snapshot) const;

    bool operator==(const MatrixSpec&) const = default;
};

// Adds to `query` the filters that single out one member on `dimension` (a pivot cell's row
// or column); nothing for Dimension::None.
void narrowTo(engine::PivotQuery& query, engine::Dimension dimension, int member);

} // namespace tansiq::ui
