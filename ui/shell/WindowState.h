#pragma once

#include <QRect>
#include <QSize>

class QSettings;

namespace tansiq::ui {

class MainWindow;

// What the main window looks like between runs: geometry (maximised included), the splitters
// and the page last shown, in the per-user settings. Without a saved geometry (the first
// launch) the window takes the screen it opens on: maximised on a laptop's screen, a generous
// centred window on a large one (decision 0114).
namespace windowstate {

// Where the first window goes on a screen whose available area (without panels) is `available`.
struct FirstWindow {
    QRect geometry; // the normal (not maximised) geometry
    bool maximized = false;
};

// A laptop's screen (available area at most 1440 wide or 900 high): the window is maximised,
// and its normal geometry is the whole available area too, so that a window manager that does
// not maximise, or un-maximising it, still leaves the screen used. Larger: defaultSize, centred.
FirstWindow firstWindow(const QRect& available);
// The normal size on a large screen: 85% of the available area, at least 1280x800 where that
// fits (less a margin for the title bar and frame the window manager adds), at most 1920x1200.
QSize defaultSize(const QRect& available);
void restore(MainWindow& window, QSettings& store, const QRect& available);
void save(const MainWindow& window, QSettings& store);

} // namespace windowstate
} // namespace tansiq::ui
