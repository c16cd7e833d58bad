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
} // namespace

QSize defaultSize(const QRect& available)
{
    // 1280x800 where there is room; otherwise the available area less a margin for the
    // title bar and frame the window manager adds.
    const int width = std::min(1280, available.width() - 16);
    const int height = std::min(800, available.height() - 48);
    return { std::max(width, 640), std::max(height, 480) };
}

void restore(MainWindow& window, QSettings& store, const QRect& available)
{
    const QByteArray geometry = store.value(kGeometry).toByteArray();
    if (geometry.isEmpty() || !window.restoreGeometry(geometry)) {
        const QSize size = defaultSize(available);
        window.resize(size);
        window.move(available.center() - QPoint(size.width() / 2, size.height() / 2));
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
