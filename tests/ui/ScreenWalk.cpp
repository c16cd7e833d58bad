#include "tests/ui/ScreenWalk.h"

#include "core/registry/Registry.h"
#include "core/workspace/Workspace.h"
#include "tests/ui/SyncTestSupport.h"
#include "ui/analysis/DrillDialog.h"
#include "ui/analysis/MatrixPage.h"
#include "ui/analysis/NoteDialog.h"
#include "ui/backup/BackupActions.h"
#include "ui/backup/RestoreDialog.h"
#include "ui/common/UiContext.h"
#include "ui/interop/ExportDialog.h"
#include "ui/interop/ImportWizard.h"
#include "ui/interop/InteropActions.h"
#include "ui/registry/ActivityEditor.h"
#include "ui/registry/NeedEditor.h"
#include "ui/registry/OrganisationEditor.h"
#include "ui/registry/ProjectEditor.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Session.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialog>
#include <QFileDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QTabBar>
#include <QTableView>
#include <QTextDocumentFragment>

namespace tansiq::test {

namespace {
void showDialog(QDialog& dialog, const QString& name, const std::function<void()>& settle,
    const std::function<void(const QString&, QWidget&)>& visit)
{
    dialog.show();
    settle();
    visit(name, dialog);
    dialog.close();
    settle();
}

QString plain(const QString& text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

void addItems(const QAbstractItemView& view, QStringList& texts, QStringList& cells)
{
    const QAbstractItemModel* model = view.model();
    if (!model)
        return;
    if (const auto* table = qobject_cast<const QTableView*>(&view)) {
        for (int column = 0; column < model->columnCount(); ++column) {
            if (!table->isColumnHidden(column) && table->horizontalHeader()->isVisible())
                texts << model->headerData(column, Qt::Horizontal).toString();
        }
    }
    for (int row = 0; row < std::min(5, model->rowCount()); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const auto* table = qobject_cast<const QTableView*>(&view);
            if (table && table->isColumnHidden(column))
                continue;
            cells << model->data(model->index(row, column)).toString();
        }
    }
}
} // namespace

void walkScreens(ui::Session& session, const std::function<void()>& settle,
    const std::function<void(const QString& name, QWidget& screen)>& visit)
{
    ui::MainWindow& window = session.window();
    ui::UiContext& context = session.context();
    window.resize(1366, 768);
    for (ui::Page* page : window.pages()) {
        window.showPage(page->pageId());
        settle();
        visit(page->pageId(), window);
    }

    Registry& registry = context.workspace.registry();
    const ui::ActivityChoices choices { registry.organisations().list(), registry.projects().list(),
        registry.reference().sectors(), registry.reference().activityTypes(),
        registry.reference().adminUnits() };
    {
        ui::ActivityEditor editor(context.edits, context.display, choices, std::nullopt, &window);
        showDialog(editor, QStringLiteral("activity editor"), settle, visit);
    }
    {
        ui::OrganisationEditor editor(context.edits, context.display, std::nullopt, &window);
        showDialog(editor, QStringLiteral("organisation editor"), settle, visit);
    }
    {
        ui::ProjectEditor editor(context.edits, context.display, choices.organisations,
            choices.sectors, std::nullopt, &window);
        showDialog(editor, QStringLiteral("project editor"), settle, visit);
    }
    {
        ui::NeedEditor editor(
            context.edits, context.display, choices.places, choices.sectors, std::nullopt, &window);
        showDialog(editor, QStringLiteral("need editor"), settle, visit);
    }
    auto* interop = named<ui::InteropActions>(window, "interopActions");
    if (interop) {
        QPointer<QDialog> wizard = static_cast<QDialog*>(interop->openImportWizard());
        if (wizard)
            showDialog(*wizard, QStringLiteral("import wizard"), settle, visit);
        QPointer<QDialog> exporter = static_cast<QDialog*>(interop->openExportDialog());
        if (exporter)
            showDialog(*exporter, QStringLiteral("export dialog"), settle, visit);
    }
    ScriptedPrompts prompts;
    if (auto* backups = named<ui::BackupActions>(window, "backupActions")) {
        backups->setPrompts(&prompts);
        QPointer<QDialog> restore = static_cast<QDialog*>(backups->openRestoreDialog());
        if (restore)
            showDialog(*restore, QStringLiteral("restore dialog"), settle, visit);
    }
    {
        auto* matrix = static_cast<ui::MatrixPage*>(window.page(QStringLiteral("matrix")));
        window.showPage(QStringLiteral("matrix"));
        settle();
        matrix->drillDown(matrix->table()->model()->index(0, 0));
        settle();
        if (QPointer<QDialog> drill = static_cast<QDialog*>(matrix->drillDialog()))
            showDialog(*drill, QStringLiteral("drill-down"), settle, visit);
    }
    {
        ui::NoteDialog note(QStringLiteral("—"), QString(), &window);
        showDialog(note, QStringLiteral("note dialog"), settle, visit);
    }
    {
        QMessageBox box(QMessageBox::Question, ui::MainWindow::tr("Tansiq"), QString(),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Save | QMessageBox::Cancel
                | QMessageBox::Close,
            &window);
        showDialog(box, QStringLiteral("message box"), settle, visit);
    }
    {
        QFileDialog files(&window);
        files.setOption(QFileDialog::DontUseNativeDialog);
        files.setAcceptMode(QFileDialog::AcceptSave);
        showDialog(files, QStringLiteral("file dialog"), settle, visit);
    }
}

QStringList visibleTexts(QWidget& screen, QStringList* records)
{
    QStringList texts;
    QStringList cells;
    const auto shown = [&screen](const QWidget* widget) {
        return widget == &screen || widget->isVisibleTo(&screen);
    };
    for (QWidget* widget : screen.findChildren<QWidget*>()) {
        if (!shown(widget) || widget->window() != screen.window())
            continue;
        if (auto* label = qobject_cast<QLabel*>(widget))
            texts << plain(label->text());
        else if (auto* button = qobject_cast<QAbstractButton*>(widget))
            texts << button->text();
        else if (auto* group = qobject_cast<QGroupBox*>(widget))
            texts << group->title();
        else if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i);
        } else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                cells << combo->itemText(i);
        } else if (auto* edit = qobject_cast<QLineEdit*>(widget))
            texts << edit->placeholderText();
        else if (auto* chart = qobject_cast<QChartView*>(widget)) {
            if (chart->chart()) {
                texts << chart->chart()->title();
                for (QAbstractAxis* axis : chart->chart()->axes()) {
                    texts << axis->titleText();
                    if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis))
                        texts << categories->categories();
                }
            }
        } else if (auto* view = qobject_cast<QAbstractItemView*>(widget)) {
            if (!qobject_cast<QHeaderView*>(view) && !qobject_cast<QFileDialog*>(view->window()))
                addItems(*view, texts, cells);
        }
    }
    for (QMenu* menu : screen.findChildren<QMenu*>()) {
        for (QAction* action : menu->actions()) {
            if (!action->isSeparator() && action->isVisible())
                texts << action->text().section(QLatin1Char('\t'), 0, 0);
        }
    }
    if (auto* bar = screen.findChild<QMenuBar*>()) {
        for (QAction* action : bar->actions())
            texts << action->text();
    }
    texts.removeAll(QString());
    cells.removeAll(QString());
    if (records)
        *records = cells;
    else
        texts << cells;
    return texts;
}

} // namespace tansiq::test
