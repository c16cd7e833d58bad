#pragma once

#include "core/common/Result.h"
#include "core/interop/ImportApplier.h"
#include "core/interop/ImportPlanner.h"
#include "ui/interop/ValueChoicesPanel.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace tansiq {
class Workspace;
}

namespace tansiq::ui {

class JobControl;

// Display names for the ids and P-codes of planned activities, looked up with the plan.
struct ReviewNames {
    QHash<QUuid, QString> organisations;
    QHash<QUuid, QString> sectors;
    QHash<QString, QString> places; // P-code → name
    ValueCandidates candidates; // per kind of unmatched value: what the picker offers
};

// A plan and the names its review table shows.
struct Reviewed {
    interop::ImportPlan plan;
    ReviewNames names;
};

// What the wizard learnt from reading a file: how it was read, its first rows (for the
// mapping step) and the plan made with the options given, or why none could be made.
struct Detection {
    QString file; // the file's name
    QString description; // format, encoding, delimiter or sheet
    qint64 rowCount = 0;
    QList<QStringList> firstRows; // the rows the layout is searched in (and a few more)
    std::optional<int> tagRow; // 0-based row of the HXL hashtag row
    std::optional<interop::ImportPlan> plan;
    ReviewNames names;
    Issues planIssues; // why there is no plan (e.g. "no-tag-row", "missing-columns")

    // True when the columns have to be mapped by hand before there can be a plan.
    bool needsMapping() const;
    // The row most likely to hold the headers (0-based): the one the planner used, else the
    // fullest of the first rows.
    int likelyHeaderRow() const;
};

// The wizard's work, each run on a worker thread with that thread's own workspace
// connection. Nothing here touches widgets.
// `arabic`: the names are looked up in Arabic (else English).
Result<Detection> detectFile(Workspace& workspace, const QString& path,
    const interop::ImportOptions& options, bool arabic, JobControl& control);
Result<Reviewed> planFile(Workspace& workspace, const QString& path,
    const interop::ImportOptions& options, bool arabic, JobControl& control);
Result<interop::ImportSummary> applyPlan(
    Workspace& workspace, const interop::ImportPlan& plan, JobControl& control);

} // namespace tansiq::ui
