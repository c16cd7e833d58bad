// The Arabic catalogue follows docs/glossary.md: one term per concept, no banned variant,
// placeholders isolated, counts written as plural messages or labels.

#include "tests/i18n/GlossaryCheck.h"

#include <gtest/gtest.h>

using namespace tansiq::test;

namespace {

Glossary glossary()
{
    return readGlossary(sourcePath(QStringLiteral("docs/glossary.md")));
}

CatalogueMessage arabic(const char* source, const QString& translation)
{
    return CatalogueMessage { QStringLiteral("ctx"), QString::fromUtf8(source), false,
        { translation } };
}

QString iso(const char* placeholder)
{
    return QChar(0x2068) + QString::fromLatin1(placeholder) + QChar(0x2069);
}

} // namespace

TEST(GlossaryCheck, TheGlossaryIsReadable)
{
    const Glossary g = glossary();
    EXPECT_GE(g.terms.size(), 60);
    EXPECT_GE(g.banned.size(), 15);
    EXPECT_GE(g.countedNouns.size(), 20);
    EXPECT_GE(g.wrongSense.size(), 3);
    QList<QRegularExpression> all = g.banned;
    for (const auto& [english, refused] : g.wrongSense)
        all << english << refused;
    for (const auto& re : all)
        EXPECT_TRUE(re.isValid()) << re.pattern().toStdString() << ": "
                                  << re.errorString().toStdString();
}

TEST(GlossaryCheck, TheArabicCatalogueFollowsTheGlossary)
{
    const QStringList problems = glossaryViolations(
        glossary(), readCatalogue(sourcePath(QStringLiteral("translations/tansiq_ar.ts"))));
    EXPECT_TRUE(problems.isEmpty())
        << problems.size() << " problems (context | source | Arabic | what):\n"
        << problems.join(QLatin1Char('\n')).toStdString();
}

// The check itself: each kind of mistake the reviewer found is caught.
TEST(GlossaryCheck, CatchesTheMistakesOfTheReview)
{
    const Glossary g = glossary();
    const QList<CatalogueMessage> planted = {
        arabic("Active", QStringLiteral("فعّالة")),
        arabic("Place: %1", QStringLiteral("الموقع (P-code): ") + iso("%1")),
        arabic("“%1” is empty.", QStringLiteral("“") + iso("%1") + QStringLiteral("” فارغ.")),
        arabic("Cannot open %1", QStringLiteral("تعذّر فتح %1")),
        arabic("%1 activities", iso("%1") + QStringLiteral(" نشاطاً")),
        arabic("Organisations", QStringLiteral("الشركاء")),
        arabic("How", QStringLiteral("طريقة التنفيذ")),
        arabic("Revoke office…", QStringLiteral("إلغاء مكتب…")),
        arabic("Office revoked", QStringLiteral("تم إلغاء المكتب")),
        arabic("set up as an office", QStringLiteral("مُعدّ كمكتب")),
        arabic("in English", QStringLiteral("بالإنكليزية")),
        arabic("Saved", QStringLiteral("حُفظ مؤقتًا")),
    };
    for (const CatalogueMessage& m : planted)
        EXPECT_FALSE(glossaryViolations(g, { m }).isEmpty())
            << "not caught: " << m.source.toStdString();
    // Well written, it passes: isolated placeholders, «», label style, the glossary's terms.
    const QList<CatalogueMessage> good = {
        arabic("Active", QStringLiteral("نشطة")),
        arabic("“%1” is empty.", QStringLiteral("«") + iso("%1") + QStringLiteral("» فارغ.")),
        arabic("%1 activities", QStringLiteral("عدد الأنشطة: ") + iso("%1")),
        arabic("Loading…", QStringLiteral("جارٍ التحميل…")),
        arabic("%1: %2", QStringLiteral("%1: %2")),
    };
    EXPECT_TRUE(glossaryViolations(g, good).isEmpty())
        << glossaryViolations(g, good).join(QLatin1Char('\n')).toStdString();
}
