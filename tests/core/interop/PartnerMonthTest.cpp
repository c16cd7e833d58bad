// Issue 15: partner files as they really arrive — the month from the title, values
// reconciled once and remembered, synonyms, sex breakdowns (tests/fixtures/interop/
// make_month_fixtures.py).

#include "core/interop/FourWExporter.h"
#include "core/interop/ImportApplier.h"
#include "core/interop/ImportPlanner.h"
#include "core/interop/MonthText.h"
#include "core/interop/TableSink.h"
#include "core/interop/ValueMappingStore.h"
#include "core/registry/Registry.h"
#include "core/storage/Database.h"
#include "tests/core/interop/InteropTestSupport.h"
#include "tests/support/DatabaseDump.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

using namespace tansiq;
using namespace tansiq::interop;
using namespace tansiq::test;

namespace {

const char* const kSeptember = "interop/partner_sep_1256.csv";
const char* const kOctober = "interop/partner_oct_semicolon.csv";
const char* const kBySex = "interop/partner_sex_utf16.txt";

// The choices a coordinator makes once for this partner: the activity name Tansiq cannot
// guess, and the farm the gazetteer does not have (left out).
const char* const kValueMap = "; Deir ez-Zor partner, September\n"
                              "activity-type: جلسات توعية للأطفال = PRT-AWR\n"
                              "place: مزرعة الرشيد = !skip\n";

const PlannedRow* rowAt(const ImportPlan& plan, int fileRow)
{
    for (const PlannedRow& row : plan.rows) {
        if (row.row == fileRow)
            return &row;
    }
    ADD_FAILURE() << "no row " << fileRow;
    return nullptr;
}

QStringList unmatchedList(const ImportPlan& plan)
{
    QStringList out;
    for (const Unmatched& u : plan.unmatched)
        out << u.kind + QLatin1Char(':') + u.value;
    out.sort();
    return out;
}

struct PartnerMonths : ::testing::Test {
    PartnerMonths() { addPartners(*ws); }

    Result<ImportPlan> plan(const char* fixture, ImportOptions options = {})
    {
        return ImportPlanner(ws->registry())
            .planFile(fixturePath(QString::fromUtf8(fixture)), options);
    }
    ImportPlan planOk(const char* fixture, ImportOptions options = {})
    {
        auto planned = plan(fixture, std::move(options));
        EXPECT_TRUE(planned.ok()) << planned.errorText().toStdString();
        return planned.ok() ? *planned : ImportPlan {};
    }
    Result<ImportSummary> apply(const ImportPlan& p, const std::atomic_bool* cancel = nullptr)
    {
        return ImportApplier(ws->registry(), ws.clock()).apply(p, {}, cancel);
    }
    QString sectorCode(const QUuid& id)
    {
        for (const Sector& s : ws->registry().reference().sectors())
            if (s.id == id)
                return s.code;
        return QString();
    }
    QString typeCode(const QUuid& id)
    {
        for (const ActivityType& t : ws->registry().reference().activityTypes())
            if (t.id == id)
                return t.code;
        return QString();
    }
    ImportOptions firstMonthChoices()
    {
        ImportOptions options;
        options.createOrganisations = true;
        auto values = parseValueMap(QString::fromUtf8(kValueMap), u"choices.map"_qs);
        EXPECT_TRUE(values.ok()) << values.errorText().toStdString();
        options.values = values.ok() ? *values : ValueMap();
        return options;
    }

    TestWorkspace ws;
};

} // namespace

TEST(MonthText, ArabicEnglishAndNumericFormsInAnyDigits)
{
    EXPECT_EQ(monthInText(u"تقرير الأنشطة الشهري — دير الزور — أيلول ٢٠٢٦"_qs), u"2026-09"_qs);
    EXPECT_EQ(monthInText(u"تقرير شهر تشرين الأول 2026"_qs), u"2026-10"_qs);
    EXPECT_EQ(monthInText(u"تقرير شهر تشرين الثاني 2026"_qs), u"2026-11"_qs);
    EXPECT_EQ(monthInText(u"كانون الثاني ٢٠٢٧"_qs), u"2027-01"_qs);
    EXPECT_EQ(monthInText(u"لشهر أكتوبر ۲۰۲۶"_qs), u"2026-10"_qs); // Persian digits
    EXPECT_EQ(monthInText(u"سبتمبر 2026"_qs), u"2026-09"_qs);
    EXPECT_EQ(monthInText(u"إبريل 2026"_qs), u"2026-04"_qs);
    EXPECT_EQ(monthInText(u"Monthly report, SEPT 2026"_qs), u"2026-09"_qs);
    EXPECT_EQ(monthInText(u"reporting period: December 2026"_qs), u"2026-12"_qs);
    EXPECT_EQ(monthInText(u"الشهر: ٠٩/٢٠٢٦"_qs), u"2026-09"_qs);
    EXPECT_EQ(monthInText(u"Period 2026-11"_qs), u"2026-11"_qs);
    // Not a month: a range, a year alone, a full date among words, two numeric months.
    EXPECT_FALSE(monthInText(u"من أيلول إلى تشرين الأول 2026"_qs));
    EXPECT_FALSE(monthInText(u"التقرير السنوي 2026"_qs));
    EXPECT_FALSE(monthInText(u"تاريخ الإرسال 05/10/2026"_qs));
    EXPECT_FALSE(monthInText(u"أيلول"_qs)); // no year
}

TEST_F(PartnerMonths, TitleMonthSynonymsCloseNamesAndStatusWordsMatchWithoutHelp)
{
    const ImportPlan plan = planOk(kSeptember);
    EXPECT_EQ(plan.description.contains(u"1256"), true) << plan.description.toStdString();
    EXPECT_EQ(plan.monthSource, MonthSource::Title);
    EXPECT_EQ(plan.month, u"2026-09"_qs);
    EXPECT_EQ(plan.monthRow, 1);
    EXPECT_TRUE(plan.monthText.contains(u"أيلول"));

    // What is left for the coordinator: two organisations new to the registry, one activity
    // name, one place the gazetteer does not have. Sectors, statuses and the near activity
    // names matched.
    EXPECT_EQ(unmatchedList(plan),
        (QStringList { u"activity-type:جلسات توعية للأطفال"_qs,
            u"organisation:جمعية البر الخيرية"_qs, u"organisation:منظمة الأمل للتنمية"_qs,
            u"place:مزرعة الرشيد"_qs }));
    const PlannedRow* sarc = rowAt(plan, 8); // known organisation, "الصحة", "مكتمل"
    ASSERT_TRUE(sarc);
    EXPECT_EQ(sarc->action, RowAction::Create) << issueCodes(plan).join(u' ').toStdString();
    EXPECT_EQ(sarc->activity.reportingMonth, u"2026-09"_qs);
    EXPECT_EQ(sarc->activity.status, u"completed"_qs);
    EXPECT_EQ(sarc->activity.reached, 750); // 400 women and girls + 350 men and boys
    EXPECT_EQ(typeCode(sarc->activity.activityTypeId), u"HLT-MOB"_qs);
    // The rows with new organisations still had their sector and activity matched.
    const PlannedRow* wash = rowAt(plan, 5);
    ASSERT_TRUE(wash);
    EXPECT_EQ(sectorCode(wash->activity.sectorId), u"WASH"_qs); // المياه والإصحاح البيئي
    EXPECT_EQ(typeCode(wash->activity.activityTypeId), u"WASH-HYG"_qs); // توزيع سلال نظافة
    const PlannedRow* pss = rowAt(plan, 6);
    ASSERT_TRUE(pss);
    EXPECT_EQ(sectorCode(pss->activity.sectorId), u"PRT"_qs);
    EXPECT_EQ(typeCode(pss->activity.activityTypeId), u"PRT-PSS"_qs); // دعم نفسي اجتماعي
    const PlannedRow* child = rowAt(plan, 7);
    ASSERT_TRUE(child);
    EXPECT_EQ(
        sectorCode(child->activity.sectorId), u"PRT"_qs); // حماية الطفل: a sub-sector of protection
    EXPECT_EQ(child->activity.status, u"planned"_qs); // مخطط
    EXPECT_FALSE(plan.canApply());
}

TEST_F(PartnerMonths, OneRunWithChoicesThenNextMonthWithNoQuestions)
{
    // September: --create-organisations and a value map.
    const ImportPlan september = planOk(kSeptember, firstMonthChoices());
    EXPECT_TRUE(september.unmatched.isEmpty()) << unmatchedList(september).join(u' ').toStdString();
    EXPECT_EQ(september.count(RowAction::Create), 5)
        << issueCodes(september).join(u' ').toStdString();
    EXPECT_EQ(september.count(RowAction::Skipped), 1);
    EXPECT_EQ(september.newOrganisations.size(), 2);
    EXPECT_EQ(september.choices.size(), 4); // two creations, one mapping, one place left out
    ASSERT_TRUE(september.canApply());
    const auto done = apply(september);
    ASSERT_TRUE(done.ok()) << done.errorText().toStdString();
    EXPECT_EQ(done->created, 5);
    EXPECT_EQ(done->skipped, 1);
    EXPECT_EQ(done->organisationsCreated, 2);
    QHash<QString, QString> types;
    for (const Organisation& org : ws->registry().organisations().list())
        types.insert(org.nameAr, org.type);
    EXPECT_EQ(types.value(u"منظمة الأمل للتنمية"_qs), u"nngo"_qs); // no type in the file
    EXPECT_EQ(types.value(u"جمعية البر الخيرية"_qs), u"cbo"_qs); // منظمة مجتمعية

    // October, same partner, semicolons and UTF-8: no map, no flags, no questions.
    const ImportPlan october = planOk(kOctober);
    EXPECT_EQ(october.month, u"2026-10"_qs);
    EXPECT_TRUE(october.unmatched.isEmpty()) << unmatchedList(october).join(u' ').toStdString();
    EXPECT_EQ(october.count(RowAction::Create), 5) << issueCodes(october).join(u' ').toStdString();
    EXPECT_EQ(october.count(RowAction::Skipped), 1);
    EXPECT_TRUE(october.newOrganisations.isEmpty());
    const auto again = apply(october);
    ASSERT_TRUE(again.ok()) << again.errorText().toStdString();
    EXPECT_EQ(again->created, 5);
    EXPECT_EQ(ws->registry().activities().count(), 10);
    const PlannedRow* awareness = rowAt(october, 7);
    ASSERT_TRUE(awareness);
    EXPECT_EQ(typeCode(awareness->activity.activityTypeId), u"PRT-AWR"_qs); // remembered
    EXPECT_EQ(awareness->activity.reached, 155); // ٨٠ + ٧٥
}

TEST_F(PartnerMonths, CancelledApplyTakesTheNewOrganisationsAndChoicesBackToo)
{
    const ImportPlan september = planOk(kSeptember, firstMonthChoices());
    ASSERT_TRUE(september.canApply());
    const QString before = logicalDump(ws->database());
    std::atomic_bool cancel { true };
    const auto done = apply(september, &cancel);
    ASSERT_FALSE(done.ok());
    EXPECT_EQ(done.issues().first().code, u"cancelled"_qs);
    EXPECT_EQ(logicalDump(ws->database()), before);
    EXPECT_TRUE(ValueMappingStore(ws->database()).load(QUuid()).isEmpty());
}

TEST_F(PartnerMonths, WithoutAMonthTheFileIsRefusedNamingMonthAndAGivenMonthWins)
{
    // The UTF-16 file's title says "Sep 2026"; a copy without the title has no month at all.
    QFile source(fixturePath(QString::fromUtf8(kBySex)));
    ASSERT_TRUE(source.open(QIODevice::ReadOnly));
    // Sized: a QByteArray ends in one zero byte, not the two a UTF-16 terminator needs, so an
    // unsized read ran on into whatever followed it on the heap (a sixth row, once in a while).
    const QByteArray bytes = source.readAll();
    QString text = QString::fromUtf16(
        reinterpret_cast<const char16_t*>(bytes.constData() + 2), (bytes.size() - 2) / 2);
    text = text.section(u"\r\n"_qs, 2); // drop both title rows
    const QString path = writeFile(ws.dir(), u"untitled.csv"_qs, text.toUtf8());
    auto planned = ImportPlanner(ws->registry()).planFile(path, {});
    ASSERT_TRUE(planned.ok()) << planned.errorText().toStdString();
    EXPECT_FALSE(planned->canApply());
    ASSERT_FALSE(planned->fileIssues.isEmpty());
    bool named = false;
    for (const Issue& issue : planned->fileIssues)
        named = named || (issue.code == u"missing-month" && issue.message.contains(u"--month"));
    EXPECT_TRUE(named);
    EXPECT_EQ(issueCodes(*planned), QStringList()); // said once for the file, not per row
    EXPECT_FALSE(apply(*planned).ok());

    ImportOptions options;
    options.month = u"2026-08"_qs;
    const auto given = ImportPlanner(ws->registry()).planFile(path, options);
    ASSERT_TRUE(given.ok());
    EXPECT_TRUE(given->canApply()) << issueCodes(*given).join(u' ').toStdString();
    EXPECT_EQ(given->monthSource, MonthSource::Given);
    EXPECT_EQ(given->rows.at(0).activity.reportingMonth, u"2026-08"_qs);

    options.month = u"August"_qs;
    const auto bad = ImportPlanner(ws->registry()).planFile(path, options);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.issues().first().code, u"bad-month"_qs);
}

TEST_F(PartnerMonths, SexColumnsGiveTotalsAndDisagreementsAreRowWarnings)
{
    const ImportPlan plan = planOk(kBySex);
    EXPECT_TRUE(plan.description.contains(u"UTF-16")) << plan.description.toStdString();
    EXPECT_EQ(plan.month, u"2026-09"_qs); // "reporting period: Sep 2026" in row 2
    EXPECT_EQ(plan.monthRow, 2);
    EXPECT_TRUE(plan.layout.ignored.isEmpty()) << plan.layout.ignored.join(u' ').toStdString();
    ASSERT_TRUE(plan.canApply()) << issueCodes(plan).join(u' ').toStdString();

    const PlannedRow* first = rowAt(plan, 5);
    ASSERT_TRUE(first);
    EXPECT_EQ(sectorCode(first->activity.sectorId), u"WASH"_qs); // المياه والإصحاح
    EXPECT_EQ(first->activity.reached, 1350); // #reached+f 700 + #reached+m 650, total empty
    EXPECT_EQ(first->activity.targeted, 1600); // #targeted+f+ind + #targeted+ind+m
    EXPECT_EQ(first->activity.reachedGirls, 200); // #reached+children+f
    EXPECT_EQ(first->activity.reachedBoys, 180); // #reached+m+children

    const PlannedRow* second = rowAt(plan, 6);
    ASSERT_TRUE(second);
    EXPECT_EQ(sectorCode(second->activity.sectorId), u"SHL"_qs); // Shelter/NFI
    EXPECT_EQ(second->activity.reached, 200); // the total stands...
    EXPECT_EQ(issueCodes(plan, false).filter(u"6:"_qs),
        QStringList { u"6:breakdown-disagrees"_qs }); // ...with a warning

    const PlannedRow* third = rowAt(plan, 7);
    ASSERT_TRUE(third);
    EXPECT_EQ(sectorCode(third->activity.sectorId), u"FSL"_qs);
    EXPECT_FALSE(third->activity.targeted.has_value()); // one sex only: no total invented
}

TEST_F(PartnerMonths, ExportWritesReachedBySexFromTheAgeCells)
{
    const ImportPlan plan = planOk(kBySex);
    ASSERT_TRUE(apply(plan).ok());
    Activity a = rowAt(plan, 5)->activity;
    a.reachedWomen = 400;
    a.reachedMen = 380;
    a.reachedElderlyWomen = 100;
    a.reachedElderlyMen = 90;
    a.reached = 1350;
    ASSERT_TRUE(ws->registry().activities().update(a).ok());
    const QString path = QDir(ws.dir()).filePath(u"out.csv"_qs);
    auto sink = TableSink::csv(path);
    ASSERT_TRUE(
        FourWExporter(ws->registry()).write(*sink, ExportFilter {}, Language::English).ok());
    sink.reset();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u"\r\n"_qs);
    const QStringList tags = lines.at(1).split(u',');
    const int f = int(tags.indexOf(u"#reached+f"_qs)), m = int(tags.indexOf(u"#reached+m"_qs));
    ASSERT_GE(f, 0);
    ASSERT_GE(m, 0);
    EXPECT_EQ(m, f + 1);
    bool found = false; // names may hold commas (quoted): look for the two cells side by side
    for (const QString& line : lines.mid(2))
        found = found || line.contains(u",700,650,"_qs); // 200 + 400 + 100 and 180 + 380 + 90
    EXPECT_TRUE(found);
}

TEST(ValueMaps, FilesAreReadLineByLineAndBadLinesNamed)
{
    const auto map
        = parseValueMap(u"; comment\norganisation: منظمة الأمل = !create\nsector: مياه = WASH\n"
                        "place: مزرعة = !skip\n"_qs,
            u"m.txt"_qs);
    ASSERT_TRUE(map.ok()) << map.errorText().toStdString();
    EXPECT_EQ(map->size(), 3);
    ASSERT_TRUE(map->find(ValueKind::Sector, u"المياه"_qs) == nullptr);
    ASSERT_TRUE(map->find(ValueKind::Organisation, u"منظمه الامل"_qs)); // folded
    EXPECT_EQ(
        map->find(ValueKind::Organisation, u"منظمة الأمل"_qs)->action, ValueChoice::Action::Create);
    EXPECT_EQ(map->find(ValueKind::Place, u"مزرعة"_qs)->action, ValueChoice::Action::Skip);

    const auto bad = parseValueMap(u"sector: مياه = WASH\ncolour: red = 1\n"_qs, u"m.txt"_qs);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.issues().first().row, 2);
    EXPECT_TRUE(bad.issues().first().message.contains(u"m.txt"));
    EXPECT_FALSE(parseValueMap(u"sector: مياه = !create\n"_qs, u"m.txt"_qs)
                     .ok()); // sectors are not made from files
}

TEST(ValueMaps, VocabularyFilesCarryAVersionAndTheBundledOneLoads)
{
    EXPECT_GT(bundledVocabulary().size(), 50);
    EXPECT_FALSE(parseVocabulary(u"sector: مياه = WASH\n"_qs, u"v.txt"_qs).ok()); // no header
    const auto newer
        = parseVocabulary(u"tansiq-vocabulary 2\nsector: مياه = WASH\n"_qs, u"v.txt"_qs);
    ASSERT_FALSE(newer.ok());
    EXPECT_EQ(newer.issues().first().code, u"vocabulary-version"_qs);
    EXPECT_FALSE(
        parseVocabulary(u"tansiq-vocabulary 1\nsector: مياه = !skip\n"_qs, u"v.txt"_qs).ok());
    EXPECT_TRUE(parseVocabulary(
        u"; office words\ntansiq-vocabulary 1\nstatus: شغال = ongoing\n"_qs, u"v.txt"_qs)
                    .ok());
}

TEST_F(PartnerMonths, AnOfficeVocabularyFileBesideTheDatabaseExtendsTheBundledOne)
{
    // "شغال" (colloquial "running") is no status word Tansiq knows ...
    const QString csv
        = u"#org+impl+id,#sector+code,#adm3+code,#date+start,#date+reported,#status\r\n"
          "SARC,HLT,SY090301,2026-09-01,2026-09,شغال\r\n"_qs;
    const QString path = writeFile(ws.dir(), u"status.csv"_qs, csv.toUtf8());
    auto first = ImportPlanner(ws->registry()).planFile(path, {});
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(unmatchedList(*first), QStringList { u"status:شغال"_qs });
    // ... until the office adds it to its own vocabulary.
    writeFile(QFileInfo(ws->database().path()).dir().path(), u"import-vocabulary.txt"_qs,
        "tansiq-vocabulary 1\nstatus: شغال = ongoing\n");
    auto second = ImportPlanner(ws->registry()).planFile(path, {});
    ASSERT_TRUE(second.ok());
    EXPECT_TRUE(second->canApply()) << issueCodes(*second).join(u' ').toStdString();
    EXPECT_EQ(second->rows.at(0).activity.status, u"ongoing"_qs);
}
