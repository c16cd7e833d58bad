// The bulletin's "New partners and registrations" section (issue 16): a partner implementing
// for the first time in the month is listed as new, an expired registration of a partner at
// work is listed, in Arabic and in English, as of the month's end whatever the printing day.

#include "core/bulletin/BulletinRegistrations.h"

#include "core/bulletin/BulletinCollector.h"
#include "core/bulletin/BulletinDocument.h"
#include "core/demo/DemoGenerator.h"
#include "core/engine/Calendar.h"
#include "core/engine/SnapshotReader.h"
#include "core/registry/Registry.h"
#include "tests/report/PdfTools.h"
#include "tests/support/TestWorkspace.h"

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace tansiq;

namespace {

constexpr int kOctober2026 = engine::calendar::monthNumber(2026, 10);

class BulletinRegistrations : public ::testing::Test {
protected:
    void SetUp() override
    {
        DemoOptions options;
        options.seed = 11;
        options.activities = 400;
        options.projects = 20;
        ASSERT_TRUE(DemoGenerator(registry(), options).run().ok());
        // A partner that starts in October 2026, at Thiban (Deir ez-Zor), unregistered.
        Organisation org;
        org.acronym = QStringLiteral("NEWCO");
        org.nameEn = QStringLiteral("New Euphrates Committee");
        org.nameAr = QStringLiteral("لجنة الفرات الجديدة");
        newcomer = registry().organisations().create(org).value();
        Activity a;
        a.implementingOrgId = newcomer;
        for (const Sector& s : registry().reference().sectors())
            if (s.code == u"WASH")
                a.sectorId = s.id;
        a.adminPcode = QStringLiteral("SY090301");
        a.startDate = QStringLiteral("2026-10-05");
        a.endDate = QStringLiteral("2026-10-25");
        a.reportingMonth = QStringLiteral("2026-10");
        a.reached = 300;
        const auto created = registry().activities().create(a);
        ASSERT_TRUE(created.ok()) << created.errorText().toStdString();
        // A partner at work since long before, whose registration ran out in September.
        auto snapshot = engine::SnapshotReader(ws->database()).build();
        ASSERT_TRUE(snapshot.ok());
        m_snapshot = snapshot.value();
        for (const Organisation& o : registry().organisations().list()) {
            if (o.acronym == u"NEWCO")
                continue;
            PartnerRegistration r;
            r.orgId = o.meta.id;
            r.number = o.acronym + QStringLiteral("-1");
            r.registeredOn = QStringLiteral("2022-01-01");
            r.expiresOn
                = veteran.isNull() ? QStringLiteral("2026-09-15") : QStringLiteral("2029-01-01");
            ASSERT_TRUE(registry().registrations().create(r).ok());
            if (veteran.isNull())
                veteran = o.meta.id, veteranAcronym = o.acronym;
        }
    }
    Registry& registry() { return ws->registry(); }

    report::BulletinData collect(Language language, const QString& area = {})
    {
        report::BulletinRequest request;
        request.month = kOctober2026;
        request.language = language;
        request.areaPcode = area;
        request.producedOn = QDate(2027, 3, 1); // long after: the standings stay those of October
        request.registrations = report::registrationsAtMonthEnd(ws->database(), kOctober2026);
        auto data = report::BulletinCollector(*m_snapshot).collect(request);
        EXPECT_TRUE(data.ok()) << data.errorText().toStdString();
        return data.ok() ? data.value() : report::BulletinData {};
    }

    static QStringList firstColumn(const report::ReportTable& table)
    {
        QStringList cells;
        for (const QStringList& row : table.rows)
            cells << row.value(0).section(QStringLiteral(" — "), 0, 0);
        return cells;
    }

    test::TestWorkspace ws;
    std::shared_ptr<const engine::Snapshot> m_snapshot;
    QUuid newcomer;
    QUuid veteran;
    QString veteranAcronym;
};

TEST_F(BulletinRegistrations, NewPartnersAndExpiredRegistrationsAreListed)
{
    const report::BulletinData d = collect(Language::English);
    EXPECT_TRUE(firstColumn(d.newPartners).contains(QStringLiteral("NEWCO")));
    EXPECT_FALSE(firstColumn(d.newPartners).contains(veteranAcronym));
    EXPECT_TRUE(d.registrationsKnown);
    ASSERT_EQ(firstColumn(d.registrationAlerts), QStringList { veteranAcronym });
    EXPECT_EQ(d.registrationAlerts.rows.first().value(4), QStringLiteral("Registration expired"));
    EXPECT_TRUE(d.registrationsCaption.contains(QStringLiteral("October 2026")))
        << d.registrationsCaption.toStdString();
}

TEST_F(BulletinRegistrations, TheSectionIsPrintedInBothLanguages)
{
    QTemporaryDir dir;
    for (const Language language : { Language::English, Language::Arabic }) {
        const QString path = dir.filePath(
            language == Language::Arabic ? QStringLiteral("ar.pdf") : QStringLiteral("en.pdf"));
        ASSERT_TRUE(report::BulletinDocument::writePdf(collect(language), path).ok());
        const QString text = test::pdfText(path);
        if (language == Language::English) {
            EXPECT_TRUE(text.contains(QStringLiteral("New partners and registrations")));
            EXPECT_TRUE(text.contains(QStringLiteral("NEWCO")));
            EXPECT_TRUE(text.contains(veteranAcronym + QStringLiteral("-1")));
        } else {
            EXPECT_TRUE(text.contains(QStringLiteral("الشركاء الجدد والتسجيل")))
                << "Arabic heading";
            EXPECT_TRUE(text.contains(QStringLiteral("انتهى التسجيل")));
        }
        if (qEnvironmentVariableIsSet("TANSIQ_KEEP_BULLETINS"))
            QFile::copy(path,
                QDir(qEnvironmentVariable("TANSIQ_KEEP_BULLETINS"))
                    .filePath(QFileInfo(path).fileName()));
    }
}

} // namespace
