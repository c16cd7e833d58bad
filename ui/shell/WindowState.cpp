#include "ui/shell/WindowState.h"

#include "ui/common/Page.h"
#include "ui/shell/MainWindow.h"

#include <QSettings>
#include <QSplitter>

#include <algorithm>

namespace tansiq::ui {
namespace windowstate {

namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kPage = QStringLiteral("window/page");
const QString kSplitters = QStringLiteral("window/splitters/");

// Splitters are found by name: a page names each of its splitters.
QString splitterKey(const QSplitter* splitter)
{
    return kSplitters + splitter->objectName();
}
constexpr int kFrameWidth = 16; // the frame a window manager adds, at most, left and right
constexpr int kFrameHeight = 48; // the title bar and frame, top and bottom
} // namespace

QSize defaultSize(const QRect& available)
{
    const int roomWidth = available.width() - kFrameWidth;
    const int roomHeight = available.height() - kFrameHeight;
    const int width = std::min({ std::max(available.width() * 85 / 100, 1280), 1920, roomWidth });
    const int height = std::min({ std::max(available.height() * 85 / 100, 800), 1200, roomHeight });
    return { std::max(width, 640), std::max(height, 480) };
}

FirstWindow firstWindow(const QRect& available)
{
    if (available.width() <= 1440 || available.height() <= 900)
        return { available, true };
    const QSize size = defaultSize(available);
    return { QRect(available.center() - QPoint(size.width() / 2, size.height() / 2), size), false };
}

void restore(MainWindow& window, QSettings& store, const QRect& available)
{
    const QByteArray geometry = store.value(kGeometry).toByteArray();
    if (geometry.isEmpty() || !window.restoreGeometry(geometry)) {
        const FirstWindow first = firstWindow(available);
        window.resize(first.geometry.size());
        window.move(first.geometry.topLeft());
        if (first.maximized) // takes effect when the window is shown
            window.setWindowState(window.windowState() | Qt::WindowMaximized);
    }
    for (QSplitter* splitter : window.findChildren<QSplitter*>()) {
        if (!splitter->objectName().isEmpty())
            splitter->restoreState(store.value(splitterKey(splitter)).toByteArray());
    }
    const QString page = store.value(kPage).toString();
    if (!page.isEmpty())
        window.showPage(page);
}

void save(const MainWindow& window, QSettings& store)
{
    store.setValue(kGeometry, window.saveGeometry());
    for (const QSplitter* splitter : window.findChildren<QSplitter*>()) {
        if (!splitter->objectName().isEmpty())
            store.setValue(splitterKey(splitter), splitter->saveState());
    }
    if (const Page* page = window.currentPage())
        store.setValue(kPage, page->pageId());
    store.sync();
}

} // namespace windowstate
} // namespace tansiq::ui
