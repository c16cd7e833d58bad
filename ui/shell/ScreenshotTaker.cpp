#include "ScreenshotTaker.h"

#include "MainWindow.h"
#include "common/Page.h"
#include "common/UiContext.h"
#include "ui/registry/EditorScreenshots.h"

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
    written << captureEditors(window, context, directory, language, number);
    return written;
}

}  // namespace tansiq::ui
