#include "ui/coordination/MonitoringVisitsPage.h"

#include "core/registry/coordination/CoordinationNames.h"
#include "core/registry/coordination/CoordinationRegistry.h"
#include "core/registry/coordination/CoordinationTerms.h"
#include "ui/common/DisplaySettings.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/Prompts.h"
#include "ui/common/UiContext.h"
#include "ui/coordination/ActionPointEditor.h"
#include "ui/coordination/CoordinationEdits.h"
#include "ui/coordination/MonitoringVisitEditor.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QTableView>

#include <algorithm>

namespace tansiq::ui {

namespace {
// The first line of the findings, short enough for a table cell.
QString firstLine(const QString& text)
{
    const QString line = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    return line.size() > 45 ? line.left(44) + QChar(0x2026) : line;
}
} // namespace

MonitoringVisitsPage::MonitoringVisitsPage(UiContext& context, QWidget* parent)
    : CoordinationListPage(context, parent)
{
    m_followUp = new QPushButton(this);
    m_followUp->setObjectName(QStringLiteral("followUp"));
    connect(m_followUp, &QPushButton::clicked, this, &MonitoringVisitsPage::addFollowUp);
    if (auto* box = qobject_cast<QVBoxLayout*>(layout())) {
        if (auto* bar = qobject_cast<QHBoxLayout*>(box->itemAt(0)->layout()))
            bar->addWidget(m_followUp);
    }
    followTables({ QStringLiteral("monitoring_visit"), QStringLiteral("action_point"),
        QStringLiteral("project"), QStringLiteral("organisation") });
    retranslate();
}

void MonitoringVisitsPage::refresh()
{
    const CoordinationNames n = names();
    const QString now = today();
    QList<CoordinationRowsModel::Row> rows;
    int serious = 0;
    int late = 0;
    for (const MonitoringVisit& v : coordination().visits().list()) {
        ActionPointFilter filter;
        filter.visitId = v.meta.id;
        const QList<ActionPoint> points = coordination().actions().list(filter);
        const qint64 overdue = std::count_if(
            points.cbegin(), points.cend(), [&](const ActionPoint& a) { return a.isOverdue(now); });
        const bool problems = v.rating == QLatin1String("serious_problems");
        serious += problems;
        late += overdue > 0;
        const QString visited = v.projectId.isNull()
            ? tr("Activity %1").arg(v.activityId.toString(QUuid::WithoutBraces).left(8))
            : n.projectCode(v.projectId); // the code: the title would push the findings off
        rows << CoordinationRowsModel::Row { v.meta.id,
            { m_context.display.date(v.visitedOn), visited, n.place(v.adminPcode),
                n.organisation(v.visitingOrgId),
                m_context.display.pick(
                    coordinationLabel(CoordinationTerm::VisitRating, v.rating, Language::English),
                    coordinationLabel(CoordinationTerm::VisitRating, v.rating, Language::Arabic)),
                firstLine(v.findings), m_context.display.number(qint64(points.size())),
                m_context.display.number(overdue) },
            problems || overdue > 0 };
    }
    m_model->setRows(rows);
    // The list's ColumnFitter cuts the findings (the longest text) first when room is short.
    QStringList alerts;
    if (serious > 0)
        alerts << tr("Visits that found serious problems: %1")
                      .arg(m_context.display.number(qint64(serious)));
    if (late > 0)
        alerts << tr("Visits with overdue follow-up action points: %1")
                      .arg(m_context.display.number(qint64(late)));
    setAlert(alerts.join(QLatin1Char('\n')));
    updateCount();
}

void MonitoringVisitsPage::addRecord()
{
    MonitoringVisitEditor editor(*m_edits, m_context.display, std::nullopt, this);
    editor.exec();
}

void MonitoringVisitsPage::editRecord(int sourceRow)
{
    MonitoringVisitEditor editor(*m_edits, m_context.display,
        coordination().visits().get(m_model->rowAt(sourceRow).id), this);
    editor.exec();
}

void MonitoringVisitsPage::addFollowUp()
{
    const int row = currentRow();
    const auto visit = row < 0 ? std::nullopt : coordination().visits().get(m_model->rowAt(row).id);
    if (!visit) {
        m_context.prompts.inform(
            this, tr("Add follow-up action point"), tr("Select a visit first."));
        return;
    }
    ActionPointEditor editor(*m_edits, m_context.display, std::nullopt, this);
    editor.followUp(*visit);
    editor.exec();
}

void MonitoringVisitsPage::removeRecord(int sourceRow)
{
    if (!m_context.prompts.confirm(this, tr("Delete monitoring visit"),
            tr("Delete this monitoring visit? Its follow-up action points are kept.")))
        return;
    const Status removed = coordination().visits().remove(m_model->rowAt(sourceRow).id);
    if (!removed.ok())
        showIssues(this, tr("The monitoring visit could not be deleted."), removed.issues());
    refresh();
}

void MonitoringVisitsPage::retranslate()
{
    RecordListPage::retranslate();
    m_followUp->setText(tr("Add follow-up action point"));
    m_model->setHeaders(
        { tr("Date"), tr("Project or activity"), tr("Place"), tr("Visiting organisation"),
            tr("Implementation"), tr("Findings"), tr("Follow-up action points"), tr("Overdue") });
    refresh();
}

} // namespace tansiq::ui
