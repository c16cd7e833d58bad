#include "ui/shell/ScreenshotTaker.h"

#include "core/registry/Registry.h"
#include "core/workspace/Workspace.h"
#include "ui/common/Page.h"
#include "ui/common/Prompts.h"
#include "ui/common/UiContext.h"
#include "ui/interop/ExportDialog.h"
#include "ui/interop/ImportWizard.h"
#include "ui/interop/InteropActions.h"
#include "ui/registry/EditorScreenshots.h"
#include "ui/registry/NeedEditor.h"
#include "ui/shell/MainWindow.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDialog>
#include <QDir>
#include <QPixmap>
#include <QPointer>
#include <QThread>

namespace tansiq::ui {

namespace {
void settle(const Page* page)
{
    QDeadlineTimer deadline(30000);
    do {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        if (page && page->busy())
            QThread::msleep(20);
    } while (page && page->busy() && !deadline.hasExpired());
    QCoreApplication::processEvents();
}
} // namespace

QStringList ScreenshotTaker::capture(
    MainWindow& window, UiContext& context, const QString& directory, const QString& language)
{
    QDir().mkpath(directory);
    QStringList written;
    window.resize(1366, 768); // the coordinators' screens
    window.show();
    int number = 1;
    for (Page* page : window.pages()) {
        window.showPage(page->pageId());
        settle(page);
        if (page->prepareScreenshot()) {
            settle(page);
            QDeadlineTimer painted(1500); // the PDF preview renders its pages in the background
            while (!painted.hasExpired())
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        }
        const QString file = QDir(directory).filePath(QStringLiteral("%1-%2-%3.png")
                                                          .arg(language)
                                                          .arg(number++, 2, 10, QLatin1Char('0'))
                                                          .arg(page->pageId()));
        if (window.grab().save(file))
            written << file;
    }
    // The activity, project and organisation editors refusing several values at once
    const QStringList editors = captureEditors(window, context, directory, language, number);
    written << editors;
    number += int(editors.size());
    const auto save = [&](QWidget& shown, const char* name) {
        const QString file = QDir(directory).filePath(QStringLiteral("%1-%2-%3.png")
                                                          .arg(language)
                                                          .arg(number++, 2, 10, QLatin1Char('0'))
                                                          .arg(QLatin1String(name)));
        if (shown.grab().save(file))
            written << file;
    };
    const auto dialog = [&](QDialog* shown, const char* name) {
        if (!shown)
            return;
        shown->show();
        settle(nullptr);
        save(*shown, name);
        shown->close();
        settle(nullptr);
    };
    {
        Registry& registry = context.workspace.registry();
        NeedEditor need(context.edits, context.display, registry.reference().adminUnits(),
            registry.reference().sectors(), std::nullopt, &window);
        dialog(&need, "need-editor");
    }
    if (auto* interop = window.findChild<InteropActions*>()) {
        dialog(QPointer<QDialog>(interop->openImportWizard()), "import-wizard");
        dialog(QPointer<QDialog>(interop->openExportDialog()), "export-dialog");
    }
    {
        const auto question = WidgetPrompts::questionBox(&window, window.windowTitle(),
            QCoreApplication::translate(
                "tansiq::ui::NeedsPage", "Delete this need? You can undo this."));
        dialog(question.get(), "question");
    }
    return written;
}

} // namespace tansiq::ui
