#include "ui/interop/InteropActions.h"

#include "ui/common/Page.h"
#include "ui/interop/ExportDialog.h"
#include "ui/interop/ImportWizard.h"

#include <QAction>
#include <QEvent>
#include <QWidget>

namespace tansiq::ui {

InteropActions::InteropActions(UiContext& context, QWidget* window, PageList pages)
    : QObject(window), m_context(context), m_window(window), m_pages(std::move(pages))
{
    setObjectName(QStringLiteral("interopActions"));
    m_import = new QAction(this);
    m_import->setObjectName(QStringLiteral("importFourW"));
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_export = new QAction(this);
    m_export->setObjectName(QStringLiteral("exportFourW"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_import, &QAction::triggered, this, [this] { openImportWizard(); });
    connect(m_export, &QAction::triggered, this, [this] { openExportDialog(); });
    window->installEventFilter(this);
    retranslate();
}

ImportWizard* InteropActions::openImportWizard()
{
    auto* wizard = new ImportWizard(m_context, m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::imported, this, [this] {
        for (Page* page : m_pages())
            page->refresh();
    });
    wizard->open();
    return wizard;
}

ExportDialog* InteropActions::openExportDialog()
{
    auto* dialog = new ExportDialog(m_context, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

bool InteropActions::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void InteropActions::retranslate()
{
    m_import->setText(tr("&Import 4W spreadsheet…"));
    m_import->setStatusTip(
        tr("Import a partner's 4W from a CSV or XLSX file, with or without HXL tags"));
    m_export->setText(tr("&Export 4W…"));
    m_export->setStatusTip(tr("Export the 4W as an HXL-tagged CSV or XLSX file"));
}

} // namespace tansiq::ui
