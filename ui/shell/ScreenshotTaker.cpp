#include "ScreenshotTaker.h"

#include "MainWindow.h"
#include "common/Page.h"
#include "common/UiContext.h"
#include "registry/Registry.h"
#include "ui/registry/ActivityEditor.h"
#include "ui/registry/OrganisationEditor.h"
#include "workspace/Workspace.h"

#include <QLineEdit>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QPixmap>
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
}  // namespace

QStringList ScreenshotTaker::capture(MainWindow& window, UiContext& context, const QString& directory,
                                     const QString& language)
{
    QDir().mkpath(directory);
    QStringList written;
    window.show();
    int number = 1;
    for (Page* page : window.pages()) {
        window.showPage(page->pageId());
        settle(page);
        if (page->prepareScreenshot()) {
            settle(page);
            QDeadlineTimer painted(1500);  // the PDF preview renders its pages in the background
            while (!painted.hasExpired())
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        }
        const QString file = QDir(directory).filePath(
            QStringLiteral("%1-%2-%3.png").arg(language).arg(number++, 2, 10, QLatin1Char('0')).arg(page->pageId()));
        if (window.grab().save(file))
            written << file;
    }
    Registry& registry = context.workspace.registry();
    const ActivityChoices choices{registry.organisations().list(), registry.projects().list(),
                                  registry.reference().sectors(), registry.reference().activityTypes(),
                                  registry.reference().adminUnits()};
    ActivityEditor editor(context.edits, context.display, choices, std::nullopt, &window);
    editor.show();
    for (const auto& [field, text] : {std::pair{"start", QStringLiteral("2026-10-01")},
                                      std::pair{"end", QStringLiteral("2026-09-30")},
                                      std::pair{"month", QStringLiteral("2026-13")},
                                      std::pair{"reached", QStringLiteral("1200")}}) {
        if (auto* edit = editor.findChild<QLineEdit*>(QLatin1String(field)))
            edit->setText(text);
    }
    editor.save();  // refused: the messages appear under their fields
    settle(nullptr);
    const QString file = QDir(directory).filePath(
        QStringLiteral("%1-%2-activity-editor.png").arg(language).arg(number, 2, 10, QLatin1Char('0')));
    if (editor.grab().save(file))
        written << file;
    editor.close();

    // The organisation editor on a partner with registrations (the one with the most), if any.
    QList<Organisation> organisations = registry.organisations().list();
    if (!organisations.isEmpty()) {
        Organisation shown = organisations.first();
        qsizetype most = -1;
        for (const Organisation& o : organisations) {
            const qsizetype count = registry.registrations().listFor(o.meta.id).size();
            if (count > most) {
                most = count;
                shown = o;
            }
        }
        OrganisationEditor organisationEditor(context.edits, context.display, shown, &window);
        organisationEditor.show();
        settle(nullptr);
        const QString name = QDir(directory).filePath(
            QStringLiteral("%1-%2-organisation-editor.png").arg(language).arg(number + 1, 2, 10, QLatin1Char('0')));
        if (organisationEditor.grab().save(name))
            written << name;
    }
    return written;
}

}  // namespace tansiq::ui
