// GoogleTest main for the GUI tests: a QApplication on the offscreen platform, the bundled
// Arabic font, and settings that never touch the user's own.

#include "ui/common/AppFonts.h"
#include "ui/common/AppStyle.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TansiqTests"));
    // One profile per process: CTest runs test cases in parallel processes, and one must not
    // remove or overwrite another's settings or safety backups.
    QCoreApplication::setApplicationName(
        QStringLiteral("TansiqGuiTests-%1").arg(QCoreApplication::applicationPid()));
    tansiq::ui::AppFonts::install();
    tansiq::ui::AppStyle::install();
    ::testing::InitGoogleTest(&argc, argv);
    const int failed = RUN_ALL_TESTS();
    // The process's test-mode profile (~/.qttest): its settings and the imports' safety backups.
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    QFile::remove(QSettings().fileName());
    return failed;
}
