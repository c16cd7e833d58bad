// The bulletin as the command line writes it from a known database (the demo generator with a
// fixed seed): the key figures printed are the engine's own figures, computed here
// independently through PivotEngine; every font is embedded; the page count is sensible; the
// same options give the same text; a bad month or an unknown area gives a message and no file.

#include "core/bulletin/BulletinText.h"
#include "core/demo/DemoGenerator.h"
#include "core/engine/Calendar.h"
#include "core/engine/PivotEngine.h"
#include "core/engine/SnapshotReader.h"
#include "tests/report/PdfTools.h"
#include "tests/support/CliRunner.h"
#include "tests/support/TestWorkspace.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cmath>
#include <gtest/gtest.h>
#include <memory>

using namespace tansiq;

namespace {

constexpr int kOctober2026 = engine::calendar::monthNumber(2026, 10);

// One demo database for the whole suite (generating it is the slow part).
class BulletinCli : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_workspace = std::make_unique<test::TestWorkspace>();
        DemoOptions options;
        options.seed = 7;
        options.activities = 1500;
        options.projects = 60;
        const auto demo = DemoGenerator((*s_workspace)->registry(), options).run();
        ASSERT_TRUE(demo.ok());
        auto snapshot = engine::SnapshotReader((*s_workspace)->database()).build();
        ASSERT_TRUE(snapshot.ok());
        s_snapshot = snapshot.value();
    }
    static void TearDownTestSuite()
    {
        s_snapshot.reset();
        s_workspace.reset();
    }

    // The engine's figure for the month, over the area, as the measure's own grand total.
    static double engineFigure(
        engine::Measure measure, const QString& area, int month = kOctober2026)
    {
        engine::PivotQuery q;
        q.rows = engine::Dimension::ImplementingOrg;
        q.measure = measure;
        q.period = engine::Period { month, month };
        if (!area.isEmpty()) {
            const int place = s_snapshot->placeOf(area);
            q.filters << engine::Filter {
                engine::adminDimension(s_snapshot->places.at(place).level), { place }
            };
        }
        return engine::PivotEngine(*s_snapshot).run(q).grandTotal();
    }

    test::CliRun bulletin(const QStringList& options, const QString& out)
    {
        return test::runCli(QStringList { QStringLiteral("--db"), s_workspace->path(),
                                QStringLiteral("bulletin"), QStringLiteral("--produced-on"),
                                QStringLiteral("2026-11-03"), QStringLiteral("--out"), out }
            + options);
    }

    QString outPath(const QString& name) const { return QDir(m_dir.path()).filePath(name); }

    static inline std::unique_ptr<test::TestWorkspace> s_workspace;
    static inline std::shared_ptr<const engine::Snapshot> s_snapshot;
    QTemporaryDir m_dir;
};

QString latin(double value)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(qint64(std::llround(value)));
}

QString arabicDigits(double value)
{
    QString text = latin(value);
    for (QChar& c : text) {
        if (c.isDigit())
            c = QChar(char16_t(0x0660 + c.digitValue()));
        else if (c == QLatin1Char(','))
            c = QChar(char16_t(0x066C));
    }
    return text;
}

// The line of the text layer that holds `label` (the key-figures table prints one figure a line).
QString lineWith(const QString& text, const QString& label)
{
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (line.contains(label))
            return line;
    }
    return QString();
}

// Every figure token of a line (runs of digits and separators), so "1,2" does not match "31,25".
QStringList numbersOf(const QString& line)
{
    QStringList numbers;
    QString current;
    for (const QChar c : line + QLatin1Char(' ')) {
        const bool part = c.isDigit() || c == QLatin1Char(',') || c == QChar(char16_t(0x066C));
        if (part) {
            current += c;
        } else if (!current.isEmpty()) {
            numbers << current;
            current.clear();
        }
    }
    return numbers;
}

} // namespace

TEST_F(BulletinCli, EnglishKeyFiguresAreTheEngineFigures)
{
    const QString path = outPath(QStringLiteral("sy09-en.pdf"));
    const auto run
        = bulletin({ QStringLiteral("--month"), QStringLiteral("2026-10"), QStringLiteral("--lang"),
                       QStringLiteral("en"), QStringLiteral("--area"), QStringLiteral("SY09") },
            path);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString text = test::pdfText(path);
    const QString area = QStringLiteral("SY09");
    const struct {
        const char* label;
        double value;
    } figures[] = {
        { "Active partners", engineFigure(engine::Measure::Organisations, area) },
        { "Activities", engineFigure(engine::Measure::Activities, area) },
        { "People reached (unique estimate)", engineFigure(engine::Measure::ReachedUnique, area) },
        { "People reached (sum of reports)", engineFigure(engine::Measure::Reached, area) },
    };
    for (const auto& f : figures) {
        ASSERT_GT(f.value, 0) << f.label
                              << ": the demo should have activities in Deir-ez-Zor in October 2026";
        const QString line = lineWith(text, QString::fromUtf8(f.label));
        EXPECT_TRUE(numbersOf(line).contains(latin(f.value)))
            << f.label << " " << latin(f.value).toStdString() << " in: " << line.toStdString();
    }
    EXPECT_TRUE(text.contains(QStringLiteral("Deir-ez-Zor")));
    EXPECT_TRUE(text.contains(QStringLiteral("October 2026")));
    EXPECT_TRUE(text.contains(QStringLiteral("3 November 2026")));
    const auto fonts = test::pdfFonts(path);
    ASSERT_FALSE(fonts.isEmpty());
    for (const auto& font : fonts)
        EXPECT_TRUE(font.embedded) << font.name.toStdString();
    const int pages = test::pdfPageCount(path);
    EXPECT_GE(pages, 6); // cover and figures, maps, summary, gaps, duplication, partners, methods
    EXPECT_LE(pages, 25);
}

TEST_F(BulletinCli, ArabicBulletinForTheCountryPrintsArabicDigitsAndNames)
{
    const QString path = outPath(QStringLiteral("sy-ar.pdf"));
    const auto run = bulletin({ QStringLiteral("--month"), QStringLiteral("2026-10"),
                                  QStringLiteral("--lang"), QStringLiteral("ar") },
        path);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString text = test::pdfText(path);
    const report::BulletinText arabic(Language::Arabic);
    const QString partnersLabel = arabic.translate("tansiq::Bulletin", "Active partners");
    ASSERT_NE(partnersLabel, QStringLiteral("Active partners"))
        << "the Arabic catalogue is linked into the CLI";
    const double partners = engineFigure(engine::Measure::Organisations, QString());
    const double activities = engineFigure(engine::Measure::Activities, QString());
    const double reached = engineFigure(engine::Measure::ReachedUnique, QString());
    EXPECT_TRUE(numbersOf(lineWith(text, partnersLabel)).contains(arabicDigits(partners)))
        << arabicDigits(partners).toStdString()
        << " in: " << lineWith(text, partnersLabel).toStdString();
    EXPECT_TRUE(text.contains(arabicDigits(activities))) << arabicDigits(activities).toStdString();
    EXPECT_TRUE(text.contains(arabicDigits(reached))) << arabicDigits(reached).toStdString();
    EXPECT_TRUE(text.contains(
        QStringLiteral("تشرين"))); // October (تشرين الأول), Levantine; lam-alef left out
    EXPECT_TRUE(text.contains(QStringLiteral("دير الزور"))); // a governorate of the summary
    // The sectors' column heads and lists are short Arabic names, never the codes.
    for (const char* code :
        { "CCCM", "EDU", "ERL", "FSL", "HLT", "LOG", "NUT", "PRT", "SHL", "WASH" }) {
        EXPECT_FALSE(
            text.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(QLatin1String(code)))))
            << code << " printed in the Arabic bulletin";
    }
    EXPECT_TRUE(text.contains(QStringLiteral("المخيمات")));
    bool naskh = false;
    for (const auto& font : test::pdfFonts(path)) {
        EXPECT_TRUE(font.embedded) << font.name.toStdString();
        naskh = naskh || font.name.contains(QStringLiteral("NotoNaskhArabic"));
    }
    EXPECT_TRUE(naskh);
    EXPECT_GE(test::pdfPageCount(path), 6);
    EXPECT_LE(test::pdfPageCount(path), 25);
}

TEST_F(BulletinCli, TheSameOptionsGiveTheSameText)
{
    const QStringList options { QStringLiteral("--month"), QStringLiteral("2026-09"),
        QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--area"),
        QStringLiteral("SY0901") };
    const QString first = outPath(QStringLiteral("first.pdf"));
    const QString second = outPath(QStringLiteral("second.pdf"));
    ASSERT_EQ(bulletin(options, first).exitCode, 0);
    ASSERT_EQ(bulletin(options, second).exitCode, 0);
    EXPECT_EQ(test::pdfText(first), test::pdfText(second));
}

TEST_F(BulletinCli, ABadMonthOrAnUnknownAreaIsRefusedWithoutAFile)
{
    const QString path = outPath(QStringLiteral("refused.pdf"));
    auto run = bulletin({ QStringLiteral("--month"), QStringLiteral("2026-13"),
                            QStringLiteral("--lang"), QStringLiteral("en") },
        path);
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("2026-13"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("YYYY-MM"))) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(path));

    run = bulletin({ QStringLiteral("--month"), QStringLiteral("2026-10"), QStringLiteral("--area"),
                       QStringLiteral("SY99") },
        path);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("SY99"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("P-code"))) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(path));

    run = bulletin({ QStringLiteral("--month"), QStringLiteral("1999-01") }, path);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("1999-01"))) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(path));
}
