#include "ui/coordination/MeetingsPage.h"

#include "core/bulletin/CoordinationCollector.h"
#include "core/bulletin/MinutesDocument.h"
#include "core/office/LocalOffice.h"
#include "core/registry/Registry.h"
#include "core/registry/coordination/CoordinationNames.h"
#include "core/registry/coordination/CoordinationRegistry.h"
#include "core/workspace/Workspace.h"
#include "ui/common/DisplaySettings.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/Prompts.h"
#include "ui/common/UiContext.h"
#include "ui/coordination/CoordinationEdits.h"
#include "ui/coordination/MeetingEditor.h"

#include <QDir>
#include <QHBoxLayout>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>

#include <algorithm>

namespace tansiq::ui {

MeetingsPage::MeetingsPage(UiContext& context, QWidget* parent)
    : CoordinationListPage(context, parent)
{
    m_minutes = new QPushButton(this);
    m_minutes->setObjectName(QStringLiteral("minutes"));
    auto* menu = new QMenu(m_minutes);
    m_arabic = menu->addAction(QString(), this, [this] { printMinutes(Language::Arabic); });
    m_english = menu->addAction(QString(), this, [this] { printMinutes(Language::English); });
    m_minutes->setMenu(menu);
    if (auto* box = qobject_cast<QVBoxLayout*>(layout())) {
        if (auto* bar = qobject_cast<QHBoxLayout*>(box->itemAt(0)->layout()))
            bar->addWidget(m_minutes);
    }
    followTables({ QStringLiteral("meeting"), QStringLiteral("action_point"),
        QStringLiteral("working_group"), QStringLiteral("organisation") });
    retranslate();
}

void MeetingsPage::refresh()
{
    const CoordinationNames n = names();
    const QString now = today();
    QList<CoordinationRowsModel::Row> rows;
    int late = 0;
    for (const Meeting& m : coordination().meetings().list()) {
        ActionPointFilter filter;
        filter.meetingId = m.meta.id;
        const QList<ActionPoint> points = coordination().actions().list(filter);
        const qint64 overdue = std::count_if(
            points.cbegin(), points.cend(), [&](const ActionPoint& a) { return a.isOverdue(now); });
        late += overdue > 0;
        rows << CoordinationRowsModel::Row { m.meta.id,
            { m.heldOn, m.title,
                m.groupId.isNull() ? tr("General coordination") : n.group(m.groupId),
                n.place(m.adminPcode), m_context.display.number(qint64(m.attendance.size())),
                m_context.display.number(qint64(m.decisions.size())),
                m_context.display.number(qint64(points.size())),
                m_context.display.number(overdue) },
            overdue > 0 };
    }
    m_model->setRows(rows);
    setAlert(late == 0 ? QString()
                       : tr("Meetings with overdue action points: %1")
                             .arg(m_context.display.number(qint64(late))));
    updateCount();
}

QString MeetingsPage::printMinutes(Language language)
{
    const int row = currentRow();
    if (row < 0) {
        m_context.prompts.inform(this, tr("Minutes as PDF"), tr("Select a meeting first."));
        return QString();
    }
    Registry& registry = m_context.workspace.registry();
    auto data = report::collectMinutes(registry, m_model->rowAt(row).id, language,
        LocalOffice::name(registry.database(), language));
    if (!data.ok()) {
        showIssues(this, tr("The minutes could not be written."), data.issues());
        return QString();
    }
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(QStringLiteral("minutes-%1-%2.pdf")
                            .arg(data->heldOn.toString(Qt::ISODate),
                                language == Language::Arabic ? QStringLiteral("ar")
                                                             : QStringLiteral("en")));
    const QString path
        = m_context.prompts.saveFile(this, tr("Minutes as PDF"), suggested, tr("PDF (*.pdf)"))
              .value_or(QString());
    if (path.isEmpty())
        return QString();
    const Status written = report::MinutesDocument::writePdf(data.value(), path);
    if (!written.ok()) {
        showIssues(this, tr("The minutes could not be written."), written.issues());
        return QString();
    }
    return path;
}

void MeetingsPage::addRecord()
{
    MeetingEditor editor(*m_edits, m_context.display, std::nullopt, this);
    editor.exec();
}

void MeetingsPage::editRecord(int sourceRow)
{
    MeetingEditor editor(*m_edits, m_context.display,
        coordination().meetings().get(m_model->rowAt(sourceRow).id), this);
    editor.exec();
}

void MeetingsPage::removeRecord(int sourceRow)
{
    if (!m_context.prompts.confirm(
            this, tr("Delete meeting"), tr("Delete this meeting? Its action points are kept.")))
        return;
    const Status removed = coordination().meetings().remove(m_model->rowAt(sourceRow).id);
    if (!removed.ok())
        showIssues(this, tr("The meeting could not be deleted."), removed.issues());
    refresh();
}

void MeetingsPage::retranslate()
{
    RecordListPage::retranslate();
    m_minutes->setText(tr("Minutes as PDF"));
    m_arabic->setText(tr("In Arabic…"));
    m_english->setText(tr("In English…"));
    m_model->setHeaders({ tr("Date"), tr("Meeting"), tr("Working group"), tr("Place"),
        tr("Attended"), tr("Decisions"), tr("Action points"), tr("Overdue") });
    refresh();
}

} // namespace tansiq::ui
