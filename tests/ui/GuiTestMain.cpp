// GoogleTest main for the GUI tests: a QApplication on the offscreen platform, the bundled
// Arabic font, and settings that never touch the user's own.

#include "common/AppFonts.h"

#include <QApplication>
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
    return RUN_ALL_TESTS();
}
