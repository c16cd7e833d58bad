// Counted messages read as Arabic grammar wants: the noun after a number changes with the
// number (0, 1, 2, 3-10, 11-99, 100+), and English says "1 activity", "2 activities".

#include "core/i18n/Catalogue.h"
#include "tests/i18n/CatalogueFile.h"

#include <QCoreApplication>
#include <QSet>
#include <QTranslator>

#include <array>
#include <gtest/gtest.h>

using namespace tansiq::test;

namespace {

constexpr std::array<int, 6> kCounts = { 0, 1, 2, 3, 11, 100 };

// The counted phrase each message must contain for 0, 1, 2, 3, 11 and 100; %N stands for the
// number as Qt writes it, isolated (FSI…PDI) like every placeholder in an Arabic sentence.
struct Counted {
    const char* context;
    const char* source;
    std::array<const char*, 6> phrase;
};

const Counted kCounted[] = {
    { "tansiq::cli", "Exported %n organisations to %1.",
        { "أي منظمة", "منظمة واحدة", "منظمتان", "%N منظمات", "%N منظمةً", "%N منظمة" } },
    { "tansiq::ui::ActivitiesPage", "%n activities",
        { "لا أنشطة", "نشاط واحد", "نشاطان", "%N أنشطة", "%N نشاطاً", "%N نشاط" } },
    { "tansiq::ui::DrillDialog", "%n activities.",
        { "لا أنشطة", "نشاط واحد", "نشاطان", "%N أنشطة", "%N نشاطاً", "%N نشاط" } },
    { "tansiq::ui::DrillDialog", "%n activities; the first %1 are listed.",
        { "لا أنشطة", "نشاط واحد", "نشاطان", "%N أنشطة", "%N نشاطاً", "%N نشاط" } },
    { "tansiq::ui::BulletinPage", "%n pages. Save as… keeps a copy.",
        { "لا صفحات", "صفحة واحدة", "صفحتان", "%N صفحات", "%N صفحةً", "%N صفحة" } },
    { "tansiq::ui::DuplicationPage",
        "%n groups listed. Possible duplications found: %1, of which %2 reviewed as complementary.",
        { "لا مجموعات", "مجموعة واحدة معروضة", "مجموعتان معروضتان", "%N مجموعات", "%N مجموعةً",
            "%N مجموعة" } },
    { "tansiq::ui::DuplicationPage",
        "Group %1: %2 activities of %3 organisations, active together on %n days.",
        { "دون أيام مشتركة", "خلال يوم واحد", "خلال يومين", "خلال %N أيام", "خلال %N يوماً",
            "خلال %N يوم" } },
    { "tansiq::ui::ExportDialog", "%n activities written…",
        { "لم يُكتب أي نشاط", "كُتب نشاط واحد", "كُتب نشاطان", "كُتبت %N أنشطة", "كُتب %N نشاطاً",
            "كُتب %N نشاط" } },
    { "tansiq::ui::ExportDialog",
        "Exported %n activities to %1 (%2 sensitive: written without coordinates, site and focal "
        "point).",
        { "لم يُصدَّر أي نشاط", "صُدِّر نشاط واحد", "صُدِّر نشاطان", "صُدِّرت %N أنشطة", "صُدِّر %N نشاطاً",
            "صُدِّر %N نشاط" } },
    { "tansiq::cli",
        "Exported %n activities to %1 (%2 sensitive, written without coordinates, site and focal "
        "point).",
        { "لم يُصدَّر أي نشاط", "صُدِّر نشاط واحد", "صُدِّر نشاطان", "صُدِّرت %N أنشطة", "صُدِّر %N نشاطاً",
            "صُدِّر %N نشاط" } },
    { "tansiq::ui::ImportWizard",
        "“%1” was imported: %n activities created, %2 updated, %3 unchanged.",
        { "لم يُنشأ أي نشاط", "أُنشئ نشاط واحد", "أُنشئ نشاطان", "أُنشئت %N أنشطة", "أُنشئ %N نشاطاً",
            "أُنشئ %N نشاط" } },
    { "tansiq::gui", "%n screenshots written to %1",
        { "لم تُحفظ أي صورة", "حُفظت صورة واحدة", "حُفظت صورتان", "حُفظت %N صور", "حُفظت %N صورةً",
            "حُفظت %N صورة" } },
    { "tansiq::cli", "%n possible duplications found; %1 listed.",
        { "أي حالة ازدواجية", "حالة ازدواجية محتملة واحدة", "حالتَي ازدواجية محتملتين",
            "%N حالات ازدواجية", "%N حالةَ ازدواجية", "%N حالة ازدواجية" } },
    { "tansiq::ui::setup::ReadyStep",
        "%n invented activities with their partners, projects and needs, in “%1”.",
        { "لا أنشطة", "نشاط مختلَق واحد", "نشاطان", "%N أنشطة", "%N نشاطاً", "%N نشاط" } },
    { "tansiq::interop::BoundaryImporter",
        "“%1” was not imported: %n P-code(s) of level %2 are not in the gazetteer (%3). Import the "
        "matching gazetteer first; nothing was written.",
        { "لا رموز مكانية", "رمز مكاني واحد", "رمزان مكانيان", "%N رموز مكانية", "%N رمزاً مكانياً",
            "%N رمز مكاني" } },
};

QString isolated(int n)
{
    return QChar(0x2068) + QString::number(n) + QChar(0x2069);
}

// `phrase` occurs in `text` as whole words (not as the start of a longer word: صفحة in صفحةً).
bool containsPhrase(const QString& text, const QString& phrase)
{
    for (qsizetype at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
        const qsizetype end = at + phrase.size();
        if (end >= text.size() || !(text.at(end).isLetter() || text.at(end).isMark()))
            return true;
    }
    return false;
}

class PluralForms : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_arabic.load(tansiq::i18n::catalogueResource(QStringLiteral("ar"))));
        ASSERT_TRUE(m_english.load(tansiq::i18n::catalogueResource(QStringLiteral("en"))));
    }
    // What QCoreApplication::translate shows with `translator` installed (it picks the plural
    // form by n and writes n for %n).
    static QString render(QTranslator& translator, const char* context, const char* source, int n)
    {
        QCoreApplication::installTranslator(&translator);
        const QString text = QCoreApplication::translate(context, source, nullptr, n);
        QCoreApplication::removeTranslator(&translator);
        return text;
    }
    QTranslator m_arabic;
    QTranslator m_english;
};

} // namespace

TEST_F(PluralForms, EveryCountedMessageTakesTheArabicFormOfItsNumber)
{
    for (const Counted& message : kCounted) {
        QSet<QString> forms;
        for (size_t i = 0; i < kCounts.size(); ++i) {
            const int n = kCounts[i];
            const QString text = render(m_arabic, message.context, message.source, n);
            const QString expected
                = QString::fromUtf8(message.phrase[i]).replace(QStringLiteral("%N"), isolated(n));
            EXPECT_TRUE(containsPhrase(text, expected))
                << message.source << "\n n = " << n << "\n shows:    " << text.toStdString()
                << "\n expected: " << expected.toStdString();
            forms.insert(QString::fromUtf8(message.phrase[i]));
        }
        EXPECT_EQ(forms.size(), 6) << message.source << ": the six numbers must not share a form";
    }
}

TEST_F(PluralForms, EnglishSaysOneActivityAndTwoActivities)
{
    EXPECT_EQ(render(m_english, "tansiq::ui::ActivitiesPage", "%n activities", 1),
        QStringLiteral("1 activity"));
    EXPECT_EQ(render(m_english, "tansiq::ui::ActivitiesPage", "%n activities", 2),
        QStringLiteral("2 activities"));
    EXPECT_EQ(render(m_english, "tansiq::ui::BulletinPage", "%n pages. Save as… keeps a copy.", 1),
        QStringLiteral("1 page. Save as… keeps a copy."));
}

// A new counted message needs its six Arabic forms and its expected phrases here.
TEST_F(PluralForms, EveryPluralMessageOfTheCataloguesIsCheckedHere)
{
    QSet<QString> checked;
    for (const Counted& message : kCounted)
        checked.insert(
            QString::fromUtf8(message.context) + u'|' + QString::fromUtf8(message.source));
    for (const CatalogueMessage& m :
        readCatalogue(sourcePath(QStringLiteral("translations/tansiq_ar.ts")))) {
        if (!m.numerus)
            continue;
        EXPECT_TRUE(checked.contains(m.context + u'|' + m.source))
            << "not in this test: " << m.source.toStdString();
        EXPECT_EQ(m.translations.size(), 6) << m.source.toStdString();
        for (const QString& form : m.translations)
            EXPECT_FALSE(form.trimmed().isEmpty()) << m.source.toStdString();
    }
    for (const CatalogueMessage& m :
        readCatalogue(sourcePath(QStringLiteral("translations/tansiq_en.ts")))) {
        if (m.numerus) {
            EXPECT_EQ(m.translations.size(), 2) << m.source.toStdString();
        }
    }
}
