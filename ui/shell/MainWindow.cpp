#include "ui/shell/MainWindow.h"

#include "core/office/LocalOffice.h"
#include "core/office/SampleData.h"
#include "core/registry/Registry.h"
#include "core/storage/Database.h"
#include "core/workspace/Workspace.h"
#include "ui/common/DisplaySettings.h"
#include "ui/common/Page.h"
#include "ui/common/UiContext.h"
#include "ui/registry/RecordEdits.h"

#include <QAction>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>

namespace tansiq::ui {

MainWindow::MainWindow(UiContext& context, QWidget* parent)
    : QMainWindow(parent), m_context(context)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(190);
    m_navigation->setSpacing(1);
    // The sidebar's text is the interface's size: sixteen pages must fit a 1100×650 window
    // (docs/decisions/0080; a tenth larger, the sixteenth row fell off the list).
    m_stack = new QStackedWidget(this);
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central); // mirrors itself: navigation on the right in Arabic
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_fileMenu = menuBar()->addMenu(QString());
    m_quit = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quit->setShortcut(QKeySequence::Quit);
    m_editMenu = menuBar()->addMenu(QString());
    m_undo = context.undo.createUndoAction(this);
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = context.undo.createRedoAction(this);
    m_redo->setShortcut(QKeySequence::Redo);
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);

    connect(
        m_navigation, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(&context.edits, &RecordEdits::failed, this,
        [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    m_sample = sampledata::isSample(context.workspace.database());
    if (m_sample) {
        m_sampleMark = new QLabel(this);
        m_sampleMark->setObjectName(QStringLiteral("sampleDataMark"));
        m_sampleMark->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #664d03; "
                                                   "padding: 2px 8px; font-weight: bold; }"));
        statusBar()->addPermanentWidget(m_sampleMark);
    }
    resize(1280, 800); // the application sizes it to the screen (windowstate::restore)
    retranslate();
}

void MainWindow::addPage(Page* page)
{
    m_pages << page;
    m_stack->addWidget(page);
    auto* item = new QListWidgetItem(page->title(), m_navigation);
    item->setData(Qt::UserRole, page->pageId());
    // All sixteen pages fit a 1100×650 window (Noto Sans Arabic's lines are tall, so a row
    // is one line and a little air); a smaller window scrolls the list.
    item->setSizeHint(QSize(0, m_navigation->fontMetrics().height() + 4));
    connect(page, &Page::titleChanged, this, [this, page] {
        const int index = int(m_pages.indexOf(page));
        if (QListWidgetItem* entry = m_navigation->item(index))
            entry->setText(page->title());
    });
    if (m_pages.size() == 1)
        m_navigation->setCurrentRow(0);
}

void MainWindow::addFileActions(const QList<QAction*>& actions)
{
    m_fileMenu->insertActions(m_quit, actions);
    m_fileMenu->insertSeparator(m_quit);
}

void MainWindow::addDocumentActions(const QList<QAction*>& actions)
{
    QAction* first = m_fileMenu->actions().value(0);
    m_fileMenu->insertActions(first, actions);
    m_fileMenu->insertSeparator(first);
}

Page* MainWindow::page(const QString& pageId) const
{
    for (Page* page : m_pages) {
        if (page->pageId() == pageId)
            return page;
    }
    return nullptr;
}

Page* MainWindow::currentPage() const
{
    return qobject_cast<Page*>(m_stack->currentWidget());
}

bool MainWindow::showPage(const QString& pageId)
{
    Page* target = page(pageId);
    if (!target)
        return false;
    m_navigation->setCurrentRow(int(m_pages.indexOf(target)));
    return true;
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::updateTitle()
{
    // "Tansiq — office — file": which registry is open, even with two copies of it around.
    Database& db = m_context.workspace.database();
    const QString file = QFileInfo(db.path()).fileName();
    const QString office = LocalOffice::name(
        db, m_context.display.isArabic() ? Language::Arabic : Language::English);
    if (m_sample)
        setWindowTitle(tr("Tansiq — Sample data — %1").arg(file));
    else if (office.isEmpty())
        setWindowTitle(tr("Tansiq — %1").arg(file));
    else
        setWindowTitle(tr("Tansiq — %1 — %2").arg(office, file));
}

void MainWindow::retranslate()
{
    updateTitle();
    if (m_sampleMark) {
        m_sampleMark->setText(tr("Sample data"));
        m_sampleMark->setToolTip(
            tr("Invented data to explore Tansiq. It is not your office's registry, "
               "and nothing from it can be sent to other offices."));
    }
    m_fileMenu->setTitle(tr("&File"));
    m_quit->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_undo->setText(tr("&Undo"));
    m_redo->setText(tr("&Redo"));
    statusBar()->showMessage(
        tr("Database: %1")
            .arg(DisplaySettings::leftToRight(m_context.workspace.database().path())));
}

} // namespace tansiq::ui
