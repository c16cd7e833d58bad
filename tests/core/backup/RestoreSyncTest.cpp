// A field office restores an older backup, then goes on exchanging bundles with the head
// office: the restore renews its replica by itself, so the head office (which already holds
// newer changes from the old replica) sees no contradiction, and the offices converge.

#include "core/backup/BackupStore.h"
#include "core/backup/Restore.h"
#include "core/registry/Registry.h"
#include "core/storage/Database.h"
#include "tests/core/sync/SyncNetwork.h"
#include "tests/support/DatabaseDump.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace tansiq::test {
namespace {

void addOrganisations(SimOffice& office, int count, const QString& prefix)
{
    for (int i = 0; i < count; ++i) {
        Organisation org;
        org.acronym = QStringLiteral("%1-%2").arg(prefix).arg(i);
        org.nameEn = QStringLiteral("Organisation %1 %2").arg(prefix).arg(i);
        org.nameAr = QStringLiteral("منظمة %1 %2").arg(prefix).arg(i);
        auto created = office.registry().organisations().create(org);
        ASSERT_TRUE(created.ok()) << created.errorText().toStdString();
    }
}

sync::ImportSummary deliver(SimOffice& from, SimOffice& to)
{
    auto bundle = from.exportTo(to);
    EXPECT_TRUE(bundle.ok()) << bundle.errorText().toStdString();
    if (!bundle.ok())
        return {};
    auto imported = to.import(bundle->bytes);
    EXPECT_TRUE(imported.ok()) << imported.errorText().toStdString();
    return imported.ok() ? imported.value() : sync::ImportSummary {};
}

qint64 alerts(SimOffice& office)
{
    Statement count(
        office.db().handle(), "SELECT count(*) FROM sync_alert WHERE kind = 'equivocation'");
    count.step();
    return count.int64(0);
}

qint64 organisations(SimOffice& office)
{
    return office.registry().organisations().list().size();
}

TEST(RestoreAtFieldOffice, AnOlderBackupRestoredThenSyncedConvergesWithoutAlerts)
{
    SimNetwork network(1);
    SimOffice& ho = network.headOffice();
    SimOffice& field = network.office(1);
    QTemporaryDir root;
    backup::BackupStore store(root.path(), field.workspace->clock());

    addOrganisations(field, 2, QStringLiteral("before"));
    deliver(field, ho);
    deliver(ho, field);
    // (A daily backup of the same day as the restore: the "before restore" backup must not
    // rotate away the very backup being restored.)
    auto older = store.backUp(field.db(), backup::Reason::Daily);
    ASSERT_TRUE(older.ok()) << older.errorText().toStdString();

    // After the backup: more work, already sent to the head office; then the laptop fails.
    field.workspace->clock().advance(3600 * 1000);
    addOrganisations(field, 3, QStringLiteral("lost"));
    const auto sent = deliver(field, ho);
    EXPECT_EQ(sent.applied, 3);
    addOrganisations(ho, 1, QStringLiteral("ho"));
    ASSERT_EQ(organisations(ho), 6);

    field.context.reset();
    field.workspace->close();
    auto restored = backup::restoreBackup(older->path, field.workspace->path(), store);
    ASSERT_TRUE(restored.ok()) << restored.errorText().toStdString();
    EXPECT_TRUE(restored->replicaRenewed);
    EXPECT_EQ(restored->restored.counts.organisations, 2);
    field.workspace->reopen();
    field.context = std::make_unique<sync::SyncContext>(field.registry(), field.workspace->clock());
    ASSERT_EQ(organisations(field), 2);

    // The restored office works on, and exchanges bundles as usual: no hand step.
    addOrganisations(field, 1, QStringLiteral("after"));
    const auto fromHo = deliver(ho, field);
    EXPECT_EQ(fromHo.equivocations, 0);
    const auto fromField = deliver(field, ho);
    EXPECT_EQ(fromField.equivocations, 0);
    deliver(ho, field);
    deliver(field, ho);

    EXPECT_EQ(organisations(field), 7);
    EXPECT_EQ(organisations(ho), 7);
    EXPECT_EQ(field.stateHash().toHex(), ho.stateHash().toHex());
    EXPECT_EQ(alerts(ho), 0);
    EXPECT_EQ(alerts(field), 0);
}

} // namespace
} // namespace tansiq::test
