#include "ui/coordination/CoordinationListPage.h"

#include "core/registry/Registry.h"
#include "core/registry/coordination/CoordinationNames.h"
#include "core/registry/coordination/CoordinationRegistry.h"
#include "core/workspace/Workspace.h"
#include "ui/common/DisplaySettings.h"
#include "ui/common/FoldingFilterProxy.h"
#include "ui/common/UiContext.h"
#include "ui/coordination/CoordinationEdits.h"
#include "ui/registry/RecordEdits.h"

#include <QDate>
#include <QLabel>
#include <QVBoxLayout>

namespace tansiq::ui {

CoordinationListPage::CoordinationListPage(UiContext& context, QWidget* parent)
    : RecordListPage(context, new CoordinationRowsModel, parent)
    , m_edits(std::make_unique<CoordinationEdits>(context.edits, context.undo))
    , m_coordination(std::make_unique<CoordinationRegistry>(context.workspace.registry()))
{
    m_model = static_cast<CoordinationRowsModel*>(m_proxy->sourceModel());
    m_model->setParent(this);
    m_alert = new QLabel(this);
    m_alert->setObjectName(QStringLiteral("alert"));
    m_alert->setStyleSheet(QStringLiteral("color: #9b1c1c; font-weight: bold;"));
    m_alert->setWordWrap(true);
    m_alert->hide();
    if (auto* box = qobject_cast<QVBoxLayout*>(layout()))
        box->insertWidget(box->count() - 1, m_alert);
    connect(&context.display, &DisplaySettings::changed, this, [this] { refresh(); });
}

CoordinationListPage::~CoordinationListPage() = default;

QString CoordinationListPage::today()
{
    return QDate::currentDate().toString(Qt::ISODate);
}

CoordinationRegistry& CoordinationListPage::coordination()
{
    return *m_coordination;
}

CoordinationNames CoordinationListPage::names() const
{
    return CoordinationNames(m_context.workspace.registry(),
        m_context.display.isArabic() ? Language::Arabic : Language::English);
}

void CoordinationListPage::setAlert(const QString& text)
{
    m_alert->setText(text);
    m_alert->setVisible(!text.isEmpty());
}

void CoordinationListPage::followTables(const QStringList& tables)
{
    connect(&m_context.edits, &RecordEdits::changed, this, [this, tables](const QString& table) {
        if (tables.contains(table))
            refresh();
    });
}

} // namespace tansiq::ui
