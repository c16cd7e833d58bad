// GoogleTest main for Tansiq tests: a QCoreApplication exists for the whole run.

#include <QCoreApplication>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TansiqTests"));
    QCoreApplication::setApplicationName(QStringLiteral("TansiqTests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
