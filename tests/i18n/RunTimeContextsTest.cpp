// Messages written through Q_DECLARE_TR_FUNCTIONS reach their Arabic (docs/decisions/0109):
// these used to be translated with one context at run time while lupdate filed them under
// another, so an Arabic-speaking user read them in English.

#include "core/i18n/Catalogue.h"
#include "core/interop/ExportFilter.h"
#include "core/io/TextDecoding.h"

#include <QCoreApplication>
#include <QTranslator>

#include <gtest/gtest.h>

namespace {

class RunTimeContexts : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_arabic.load(tansiq::i18n::catalogueResource(QStringLiteral("ar"))));
        QCoreApplication::installTranslator(&m_arabic);
    }
    void TearDown() override { QCoreApplication::removeTranslator(&m_arabic); }

    QTranslator m_arabic;
};

TEST_F(RunTimeContexts, AnExportFilterThatIsNotUnderstoodIsExplainedInArabic)
{
    const auto parsed = tansiq::interop::ExportFilterArguments::parse({ QStringLiteral("WASH") });
    ASSERT_FALSE(parsed.ok());
    const QString text = parsed.errorText();
    EXPECT_TRUE(text.contains(QStringLiteral("عامل التصفية"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("اكتب name=value"))) << text.toStdString();
}

TEST_F(RunTimeContexts, ABinaryFileIsRefusedInArabic)
{
    const auto decoded = tansiq::decodeText(
        QByteArray("a\0b\0c\0\0\0\x01\x02", 11), QStringLiteral("photo.jpg"), true);
    ASSERT_FALSE(decoded.ok());
    EXPECT_TRUE(decoded.errorText().contains(QStringLiteral("ليس ملفاً نصياً")))
        << decoded.errorText().toStdString();
}

} // namespace
