#pragma once

#include <QRect>
#include <QSize>

class QSettings;

namespace tansiq::ui {

class MainWindow;

// What the main window looks like between runs: geometry (maximised included), the splitters
// and the page last shown, in the per-user settings. Without a saved geometry the window
// takes a size that fits the screen it opens on (1366x768 and 1280x720 laptops included).
namespace windowstate {

// A default size for a screen whose available area (without panels) is `available`.
QSize defaultSize(const QRect& available);
void restore(MainWindow& window, QSettings& store, const QRect& available);
void save(const MainWindow& window, QSettings& store);

} // namespace windowstate
} // namespace tansiq::ui
