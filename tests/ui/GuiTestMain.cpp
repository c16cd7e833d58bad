// GoogleTest main for the GUI tests: a QApplication on the offscreen platform, the bundled
// Arabic font, and settings that never touch the user's own.

#include "common/AppFonts.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TansiqTests"));
    QCoreApplication::setApplicationName(QStringLiteral("TansiqGuiTests"));
    tansiq::ui::AppFonts::install();
    ::testing::InitGoogleTest(&argc, argv);
    const int failed = RUN_ALL_TESTS();
    // Imports in the tests make safety backups in the test-mode profile (~/.qttest): not kept.
    QDir(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
             .filePath(QStringLiteral("backups")))
        .removeRecursively();
    return failed;
}
