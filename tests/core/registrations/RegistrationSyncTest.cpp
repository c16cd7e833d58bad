// Registrations travel in sync bundles like the rest of the registry, and concurrent edits to
// one registration show as a field-level conflict a person resolves (issue 16, item 6).

#include "core/sync/Conflicts.h"
#include "tests/core/registrations/RegistrationTestSupport.h"
#include "tests/core/sync/SyncNetwork.h"

#include <gtest/gtest.h>

using namespace tansiq;
using namespace tansiq::test;

namespace {

void deliver(SimOffice& from, SimOffice& to)
{
    auto bundle = from.exportTo(to);
    ASSERT_TRUE(bundle.ok()) << bundle.errorText().toStdString();
    auto imported = to.import(bundle->bytes);
    ASSERT_TRUE(imported.ok()) << imported.errorText().toStdString();
}

std::optional<PartnerRegistration> registrationAt(SimOffice& office, const QUuid& id)
{
    return office.registry().registrations().get(id);
}

TEST(RegistrationSync, ARegistrationMadeAtOneOfficeReachesAnotherThroughABundle)
{
    SimNetwork network(2);
    SimOffice& deirEzZor = network.office(1);
    SimOffice& raqqa = network.office(2);
    const QUuid org = addOrganisation(deirEzZor.registry(), QStringLiteral("FDS"));
    PartnerRegistration r = registration(
        org, QStringLiteral("DZ-412"), QStringLiteral("2025-02-01"), QStringLiteral("2027-02-01"));
    r.authority = QStringLiteral("mosal_directorate");
    r.authorityName = QStringLiteral("مديرية الشؤون الاجتماعية والعمل في دير الزور");
    const QUuid id = deirEzZor.registry().registrations().create(r).value();

    deliver(deirEzZor, network.headOffice());
    deliver(network.headOffice(), raqqa);

    const auto atRaqqa = registrationAt(raqqa, id);
    ASSERT_TRUE(atRaqqa.has_value());
    EXPECT_EQ(atRaqqa->number, QStringLiteral("DZ-412"));
    EXPECT_EQ(atRaqqa->authorityName, r.authorityName);
    EXPECT_EQ(atRaqqa->orgId, org);
    EXPECT_EQ(atRaqqa->meta.originOffice, deirEzZor.id());
    EXPECT_EQ(raqqa.stateHash().toHex(), deirEzZor.stateHash().toHex());
}

TEST(RegistrationSync, ConcurrentEditsToOneRegistrationShowAsAFieldLevelConflict)
{
    SimNetwork network(2);
    SimOffice& ho = network.headOffice();
    SimOffice& f1 = network.office(1);
    SimOffice& f2 = network.office(2);
    const QUuid org = addOrganisation(f1.registry(), QStringLiteral("FDS"));
    const QUuid id = f1.registry()
                         .registrations()
                         .create(registration(org, QStringLiteral("DZ-412"),
                             QStringLiteral("2025-02-01"), QStringLiteral("2027-02-01")))
                         .value();
    deliver(f1, ho);
    deliver(ho, f2);

    // F1 suspends it; F2 corrects the expiry and, at the same time, also sets the status.
    PartnerRegistration atF1 = *registrationAt(f1, id);
    atF1.status = QStringLiteral("suspended");
    ASSERT_TRUE(f1.registry().registrations().update(atF1).ok());
    f2.workspace->clock().advance(10);
    PartnerRegistration atF2 = *registrationAt(f2, id);
    atF2.status = QStringLiteral("expired");
    atF2.expiresOn = QStringLiteral("2026-02-01");
    ASSERT_TRUE(f2.registry().registrations().update(atF2).ok());

    for (int round = 0; round < 2; ++round) {
        deliver(f1, ho);
        deliver(f2, ho);
        deliver(ho, f1);
        deliver(ho, f2);
    }
    for (SimOffice* office : { &ho, &f1, &f2 }) {
        EXPECT_EQ(office->stateHash().toHex(), ho.stateHash().toHex());
        EXPECT_EQ(
            registrationAt(*office, id)->expiresOn, QStringLiteral("2026-02-01")); // no conflict
    }
    sync::Conflicts conflicts(ho.db(), ho.registry().writer());
    const QList<sync::Conflict> open = conflicts.list();
    ASSERT_EQ(open.size(), 1);
    EXPECT_EQ(open.first().table, QStringLiteral("partner_registration"));
    EXPECT_EQ(open.first().fieldName, QStringLiteral("status"));
    EXPECT_EQ(open.first().row, id);
    QStringList values;
    for (const auto& head : open.first().heads)
        values << head.value.toString();
    values.sort();
    EXPECT_EQ(values, (QStringList { QStringLiteral("expired"), QStringLiteral("suspended") }));

    // A person keeps "suspended"; the choice reaches every office and closes the conflict.
    int keep = 0;
    for (int i = 0; i < open.first().heads.size(); ++i)
        if (open.first().heads.at(i).value.toString() == u"suspended")
            keep = i + 1;
    ASSERT_TRUE(conflicts.resolve(open.first().id, QString::number(keep)).ok());
    deliver(ho, f1);
    deliver(ho, f2);
    for (SimOffice* office : { &ho, &f1, &f2 }) {
        EXPECT_EQ(registrationAt(*office, id)->status, QStringLiteral("suspended"));
        EXPECT_TRUE(sync::Conflicts(office->db(), office->registry().writer()).list().isEmpty());
    }
}

} // namespace
