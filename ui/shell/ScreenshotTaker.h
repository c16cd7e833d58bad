#pragma once

#include <QString>
#include <QStringList>

namespace tansiq::ui {

class MainWindow;
struct UiContext;

// Renders every page of the main window to PNG files (DIR/<lang>-<nn>-<page>.png), waiting
// for pages that load in the background, then the editors refusing several values at once
// (forms and validation messages in the language; see captureEditors). Works on the offscreen
// platform.
class ScreenshotTaker {
public:
    static QStringList capture(
        MainWindow& window, UiContext& context, const QString& directory, const QString& language);
};

} // namespace tansiq::ui
