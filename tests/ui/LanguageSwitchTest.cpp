#include "tests/ui/GuiFixture.h"
#include "ui/common/Page.h"
#include "ui/settings/SettingsPage.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QListWidget>
#include <QTest>

namespace tansiq::test {

using LanguageSwitchTest = GuiFixture;

TEST_F(LanguageSwitchTest, SwitchingLanguageAtRunTimeFlipsTheLayoutAndRetranslatesPages)
{
    ASSERT_EQ(window().layoutDirection(), Qt::LeftToRight);
    EXPECT_EQ(window().navigation()->item(0)->text(), QStringLiteral("Dashboard"));
    const int navigationLeftInEnglish = window().navigation()->mapTo(&window(), QPoint(0, 0)).x();

    auto* settings = static_cast<ui::SettingsPage*>(window().page(QStringLiteral("settings")));
    window().showPage(QStringLiteral("settings"));
    QComboBox* language = settings->languageCombo();
    language->setCurrentIndex(language->findData(QStringLiteral("ar")));
    emit language->activated(language->currentIndex());
    settle();

    EXPECT_EQ(QApplication::layoutDirection(), Qt::RightToLeft);
    EXPECT_EQ(window().layoutDirection(), Qt::RightToLeft);
    EXPECT_EQ(window().navigation()->item(0)->text(), QStringLiteral("لوحة المعلومات"));
    EXPECT_EQ(window().page(QStringLiteral("map"))->title(), QStringLiteral("الخريطة"));
    const int navigationLeftInArabic = window().navigation()->mapTo(&window(), QPoint(0, 0)).x();
    EXPECT_GT(navigationLeftInArabic, navigationLeftInEnglish); // the list moved to the right

    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    emit language->activated(language->currentIndex());
    settle();
    EXPECT_EQ(window().layoutDirection(), Qt::LeftToRight);
    EXPECT_EQ(window().navigation()->item(0)->text(), QStringLiteral("Dashboard"));
}

TEST_F(LanguageSwitchTest, DigitsFollowTheSetting)
{
    display().setDigits(ui::DisplaySettings::Digits::ArabicIndic);
    EXPECT_EQ(display().number(qint64(1234567)), QStringLiteral("١٬٢٣٤٬٥٦٧"));
    display().setDigits(ui::DisplaySettings::Digits::Latin);
    EXPECT_EQ(display().number(qint64(1234567)), QStringLiteral("1,234,567"));
}

} // namespace tansiq::test
