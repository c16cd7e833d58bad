#pragma once

#include <QString>
#include <QStringList>

namespace tansiq::ui {

class MainWindow;

// Renders every page of the main window to PNG files (DIR/<lang>-<nn>-<page>.png), waiting
// for pages that load in the background. Works on the offscreen platform.
class ScreenshotTaker {
public:
    static QStringList capture(MainWindow& window, const QString& directory, const QString& language);
};

}  // namespace tansiq::ui
