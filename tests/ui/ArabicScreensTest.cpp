// Every page, editor and dialog in Arabic, as a coordinator sees them: each button shows its
// whole text (with or without the icons some desktops give dialog buttons), and no English
// word or Latin digit appears outside the names that are the same in both languages.

#include "GuiFixture.h"
#include "ScreenWalk.h"

#include "registry/Registry.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QLayout>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QStyle>

namespace tansiq::test {
namespace {

class ArabicScreensTest : public GuiFixture {
protected:
    void SetUp() override
    {
        GuiFixture::SetUp();
        display().setLanguage(QStringLiteral("ar"));
        settle();
    }
};

QString shownText(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    return text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
}

// The room a button's text needs: the text as shaped, the icon and its spacing, the margins.
int needed(const QPushButton& button)
{
    const QStyle* style = button.style();
    const int icon = button.icon().isNull() ? 0 : button.iconSize().width() + 4;
    return button.fontMetrics().horizontalAdvance(shownText(button.text())) + icon +
           2 * style->pixelMetric(QStyle::PM_ButtonMargin);
}

QStringList clippedButtons(QWidget& screen)
{
    QStringList clipped;
    for (QPushButton* button : screen.findChildren<QPushButton*>()) {
        if (!button->isVisibleTo(&screen) || button->window() != screen.window() || button->text().isEmpty())
            continue;
        if (button->width() < needed(*button))
            clipped << QStringLiteral("«%1» %2 < %3").arg(button->text()).arg(button->width()).arg(needed(*button));
    }
    return clipped;
}

TEST_F(ArabicScreensTest, EveryButtonShowsItsWholeTextWithOrWithoutIcons)
{
    ASSERT_EQ(QApplication::layoutDirection(), Qt::RightToLeft);
    int checked = 0;
    walkScreens(session(), [this] { settle(); }, [&](const QString& name, QWidget& screen) {
        const QStringList plain = clippedButtons(screen);
        EXPECT_TRUE(plain.isEmpty()) << name.toStdString() << ": " << plain.join(QStringLiteral("; ")).toStdString();
        // Desktops that put icons on dialog buttons (Save, Cancel, Yes, No, Close).
        for (QPushButton* button : screen.findChildren<QPushButton*>()) {
            if (button->icon().isNull())
                button->setIcon(screen.style()->standardIcon(QStyle::SP_DialogSaveButton));
            ++checked;
        }
        if (screen.layout())
            screen.layout()->activate();
        settle();
        const QStringList withIcons = clippedButtons(screen);
        EXPECT_TRUE(withIcons.isEmpty()) << name.toStdString() << " (icons): "
                                         << withIcons.join(QStringLiteral("; ")).toStdString();
        for (QPushButton* button : screen.findChildren<QPushButton*>())
            button->setIcon(QIcon());
    });
    EXPECT_GT(checked, 30);
}

TEST_F(ArabicScreensTest, NoLatinWordOrDigitOutsideNamesThatStayLatin)
{
    // Names that are the same in both languages: organisations' acronyms, project codes,
    // P-codes, file formats and standards, the credits' own names.
    QSet<QString> allowed{QStringLiteral("4W"),       QStringLiteral("HXL"),     QStringLiteral("CSV"),
                          QStringLiteral("XLSX"),     QStringLiteral("PDF"),     QStringLiteral("OCHA"),
                          QStringLiteral("UNCS"),     QStringLiteral("COD-AB"),  QStringLiteral("geoBoundaries"),
                          QStringLiteral("CC"),       QStringLiteral("BY"),      QStringLiteral("IGO"),
                          QStringLiteral("4.0"),      QStringLiteral("3.0"),     QStringLiteral("OpenSyria"),
                          QStringLiteral("Data"),     QStringLiteral("Geography"), QStringLiteral("Noto"),
                          QStringLiteral("Sans"),     QStringLiteral("Arabic"),  QStringLiteral("SIL"),
                          QStringLiteral("Open"),     QStringLiteral("Font"),    QStringLiteral("License"),
                          QStringLiteral("OCHA/UNCS")};
    Registry& registry = workspace().registry();
    for (const Organisation& organisation : registry.organisations().list())
        allowed << organisation.acronym;
    for (const Project& project : registry.projects().list())
        allowed << project.code;
    const QRegularExpression pcode(QStringLiteral("^SY[0-9]{2,}$"));
    const QRegularExpression latin(QStringLiteral("[A-Za-z0-9][A-Za-z0-9+.\\-]*"));
    int screens = 0;
    walkScreens(session(), [this] { settle(); }, [&](const QString& name, QWidget& screen) {
        ++screens;
        QStringList found;
        for (const QString& text : visibleTexts(screen)) {
            for (const QString& chunk : text.split(QRegularExpression(QStringLiteral("[\\s،,؛;:()«»\\[\\]]+")),
                                                   Qt::SkipEmptyParts)) {
                if (chunk.contains(QLatin1Char('/')) && chunk.contains(QLatin1Char('.')))
                    continue;  // a file's path
                auto words = latin.globalMatch(chunk);
                while (words.hasNext()) {
                    QString word = words.next().captured();
                    while (word.endsWith(QLatin1Char('.')) || word.endsWith(QLatin1Char('-')))
                        word.chop(1);
                    if (!word.isEmpty() && !allowed.contains(word) && !pcode.match(word).hasMatch())
                        found << QStringLiteral("%1 (in «%2»)").arg(word, text.left(80));
                }
            }
        }
        found.removeDuplicates();
        EXPECT_TRUE(found.isEmpty()) << name.toStdString() << ": " << found.join(QStringLiteral("; ")).toStdString();
    });
    EXPECT_GE(screens, 20);
}

}  // namespace
}  // namespace tansiq::test
