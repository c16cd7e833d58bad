// Every page, editor and dialog in Arabic, as a coordinator sees them: each button shows its
// whole text (with or without the icons some desktops give dialog buttons), and no English
// word or Latin digit appears outside the names that are the same in both languages.

#include "core/registry/Registry.h"
#include "core/workspace/Workspace.h"
#include "tests/ui/GuiFixture.h"
#include "tests/ui/ScreenWalk.h"

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
    return button.fontMetrics().horizontalAdvance(shownText(button.text())) + icon
        + 2 * style->pixelMetric(QStyle::PM_ButtonMargin);
}

QStringList clippedButtons(QWidget& screen)
{
    QStringList clipped;
    for (QPushButton* button : screen.findChildren<QPushButton*>()) {
        if (!button->isVisibleTo(&screen) || button->window() != screen.window()
            || button->text().isEmpty())
            continue;
        if (button->width() < needed(*button))
            clipped << QStringLiteral("«%1» %2 < %3")
                           .arg(button->text())
                           .arg(button->width())
                           .arg(needed(*button));
    }
    return clipped;
}

TEST_F(ArabicScreensTest, EveryButtonShowsItsWholeTextWithOrWithoutIcons)
{
    ASSERT_EQ(QApplication::layoutDirection(), Qt::RightToLeft);
    int checked = 0;
    walkScreens(
        session(), [this] { settle(); },
        [&](const QString& name, QWidget& screen) {
            const QStringList plain = clippedButtons(screen);
            EXPECT_TRUE(plain.isEmpty())
                << name.toStdString() << ": " << plain.join(QStringLiteral("; ")).toStdString();
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
            EXPECT_TRUE(withIcons.isEmpty())
                << name.toStdString()
                << " (icons): " << withIcons.join(QStringLiteral("; ")).toStdString();
            for (QPushButton* button : screen.findChildren<QPushButton*>())
                button->setIcon(QIcon());
        });
    EXPECT_GT(checked, 30);
}

TEST_F(ArabicScreensTest, NoLatinWordOrDigitOutsideNamesThatStayLatin)
{
    // Names that are the same in both languages: organisations' acronyms, project codes,
    // P-codes, file formats and standards, the credits' own names.
    QSet<QString> allowed { QStringLiteral("4W"), QStringLiteral("HXL"), QStringLiteral("CSV"),
        QStringLiteral("XLSX"), QStringLiteral("PDF"), QStringLiteral("OCHA"),
        QStringLiteral("UNCS"), QStringLiteral("COD-AB"), QStringLiteral("geoBoundaries"),
        QStringLiteral("CC"), QStringLiteral("BY"), QStringLiteral("IGO"), QStringLiteral("4.0"),
        QStringLiteral("3.0"), QStringLiteral("OpenSyria"), QStringLiteral("Data"),
        QStringLiteral("Geography"), QStringLiteral("Noto"), QStringLiteral("Sans"),
        QStringLiteral("Arabic"), QStringLiteral("SIL"), QStringLiteral("Open"),
        QStringLiteral("Font"), QStringLiteral("License"), QStringLiteral("OCHA/UNCS"),
        QStringLiteral("UTF-8"), QStringLiteral("Excel"), QStringLiteral("USD"),
        QStringLiteral("EUR"), QStringLiteral("SYP"),
        // The language list names each language in itself; the digits option
        // shows the Latin digits it offers.
        QStringLiteral("English"), QStringLiteral("0123") };
    Registry& registry = workspace().registry();
    for (const Organisation& organisation : registry.organisations().list())
        allowed << organisation.acronym;
    for (const Project& project : registry.projects().list())
        allowed << project.code;
    const QRegularExpression pcode(QStringLiteral("^SY[0-9]{2,}$"));
    // Registration numbers and codes people give their records ("MoSAL-5560", "DEMO-0001").
    const QRegularExpression identifier(QStringLiteral("^[A-Za-z]+-[0-9]+$"));
    // A number written by the program: words are checked everywhere, digits only where the
    // program writes them (figures, dates); what people typed (a project's title) is theirs.
    const QRegularExpression figure(QStringLiteral("^[0-9][0-9,.\\-]*$"));
    const QRegularExpression date(QStringLiteral("^[0-9]{4}-[0-9]{2}"));
    const QRegularExpression arabicLetter(QStringLiteral("[\\x{0621}-\\x{064A}]"));
    const QRegularExpression latin(QStringLiteral("[A-Za-z0-9][A-Za-z0-9+.\\-]*"));
    int screens = 0;
    walkScreens(
        session(), [this] { settle(); },
        [&](const QString& name, QWidget& screen) {
            ++screens;
            QStringList found;
            // Words are checked everywhere. Digits are checked where the program writes them
            // (labels, buttons, heads) and in dates and figures anywhere; what people typed in a
            // record (a project called «المرحلة 1») is theirs. The editors' date fields are the
            // editors' own work (issue 14 item 3): words only there.
            const bool editor = name.endsWith(QLatin1String("editor"));
            QStringList records;
            const QStringList program = visibleTexts(screen, &records);
            const auto check = [&](const QString& text, bool record) {
                for (const QString& chunk : text.split(
                         QRegularExpression(QStringLiteral("[\\s،,؛;:()«»\\[\\]\u2066-\u2069]+")),
                         Qt::SkipEmptyParts)) {
                    if (chunk.contains(QLatin1Char('/')))
                        continue; // a file's path
                    auto words = latin.globalMatch(chunk);
                    while (words.hasNext()) {
                        QString word = words.next().captured();
                        while (word.endsWith(QLatin1Char('.')) || word.endsWith(QLatin1Char('-')))
                            word.chop(1);
                        if (word.isEmpty() || allowed.contains(word) || pcode.match(word).hasMatch()
                            || identifier.match(word).hasMatch())
                            continue;
                        if (figure.match(word).hasMatch()
                            && (editor
                                || (record && !date.match(word).hasMatch()
                                    && text.contains(arabicLetter))))
                            continue;
                        found << QStringLiteral("%1 (in «%2»)").arg(word, text.left(80));
                    }
                }
            };
            for (const QString& text : program)
                check(text, false);
            for (const QString& text : records)
                check(text, true);
            found.removeDuplicates();
            EXPECT_TRUE(found.isEmpty())
                << name.toStdString() << ": " << found.join(QStringLiteral("; ")).toStdString();
        });
    EXPECT_GE(screens, 20);
}

} // namespace
} // namespace tansiq::test
