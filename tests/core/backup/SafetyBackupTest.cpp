// The operations that change much at once make their own backup first, wherever they are
// started from (CLI, GUI worker, tests): a bundle import and a 4W import.

#include "core/backup/BackupStore.h"
#include "core/demo/DemoGenerator.h"
#include "core/interop/ImportApplier.h"
#include "core/registry/Registry.h"
#include "core/storage/Database.h"
#include "tests/core/sync/SyncNetwork.h"
#include "tests/support/DatabaseDump.h"
#include "tests/support/TestWorkspace.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace tansiq::test {
namespace {

TEST(SafetyBackup, A4WImportThatChangesSomethingIsPrecededByABackup)
{
    QTemporaryDir root;
    Workspace::Options options;
    options.backupRoot = root.path(); // safety backups on, into this folder
    TestWorkspace workspace(options);
    DemoOptions demo;
    demo.activities = 50;
    demo.projects = 5;
    ASSERT_TRUE(DemoGenerator(workspace->registry(), demo).run().ok());
    backup::BackupStore store(root.path(), workspace.clock());
    ASSERT_TRUE(store.list(workspace.path()).isEmpty());

    Statement first(workspace->database().handle(), "SELECT id FROM activity LIMIT 1");
    ASSERT_EQ(first.step(), Statement::Step::Row);
    std::optional<Activity> existing = workspace->registry().activities().get(first.uuid(0));
    ASSERT_TRUE(existing.has_value());

    // A plan that changes nothing writes nothing and needs no backup.
    interop::ImportPlan unchanged;
    unchanged.file = QStringLiteral("partner.csv");
    unchanged.rows.append({ 2, interop::RowAction::Unchanged, *existing, {} });
    ASSERT_TRUE(
        interop::ImportApplier(workspace->registry(), workspace.clock()).apply(unchanged).ok());
    EXPECT_TRUE(store.list(workspace.path()).isEmpty());

    interop::ImportPlan plan = unchanged;
    Activity copy = *existing;
    copy.meta = RecordMeta {};
    plan.rows = { { 2, interop::RowAction::Create, copy, {} } };
    auto applied = interop::ImportApplier(workspace->registry(), workspace.clock()).apply(plan);
    ASSERT_TRUE(applied.ok()) << applied.errorText().toStdString();
    const QList<backup::BackupInfo> backups = store.list(workspace.path());
    ASSERT_EQ(backups.size(), 1);
    EXPECT_EQ(backups.first().reason, backup::Reason::BeforeFourWImport);
    EXPECT_EQ(backups.first().counts.activities, 50); // as it was before the import
    EXPECT_EQ(workspace->registry().activities().count(), 51);
}

TEST(SafetyBackup, ABundleImportIsPrecededByABackupAndARepeatIsNot)
{
    SimNetwork network(1);
    SimOffice& ho = network.headOffice();
    SimOffice& field = network.office(1);
    QTemporaryDir root;
    auto store = std::make_shared<backup::BackupStore>(root.path(), ho.workspace->clock());
    ho.db().setSafetyBackup(backup::BackupStore::safetyHook(store));

    Organisation org;
    org.acronym = QStringLiteral("SARC");
    org.nameEn = QStringLiteral("Syrian Arab Red Crescent");
    org.nameAr = QStringLiteral("الهلال الأحمر العربي السوري");
    ASSERT_TRUE(field.registry().organisations().create(org).ok());
    auto bundle = field.exportTo(ho);
    ASSERT_TRUE(bundle.ok());
    ASSERT_TRUE(ho.import(bundle->bytes).ok());
    QList<backup::BackupInfo> backups = store->list(ho.workspace->path());
    ASSERT_EQ(backups.size(), 1);
    EXPECT_EQ(backups.first().reason, backup::Reason::BeforeBundleImport);
    EXPECT_EQ(backups.first().counts.organisations, 0);

    auto repeat = ho.import(bundle->bytes);
    ASSERT_TRUE(repeat.ok());
    EXPECT_TRUE(repeat->alreadyImported);
    EXPECT_EQ(store->list(ho.workspace->path()).size(), 1);
}

// Several bundles in one import session (docs/decisions/0110): one backup, of the database as
// it was before the first bundle that changed anything; a damaged bundle changes nothing and
// takes no backup; the others land; a repeat changes nothing and takes no backup.
TEST(SafetyBackup, SeveralBundlesInOneSessionShareOneBackup)
{
    SimNetwork network(2);
    SimOffice& ho = network.headOffice();
    QTemporaryDir root;
    auto store = std::make_shared<backup::BackupStore>(root.path(), ho.workspace->clock());
    ho.db().setSafetyBackup(backup::BackupStore::safetyHook(store));

    QList<QByteArray> bundles;
    for (int i = 1; i <= 2; ++i) {
        Organisation org;
        org.acronym = QStringLiteral("ORG%1").arg(i);
        org.nameEn = QStringLiteral("Organisation %1").arg(i);
        org.nameAr = QStringLiteral("المنظمة %1").arg(i);
        ASSERT_TRUE(network.office(i).registry().organisations().create(org).ok());
        auto bundle = network.office(i).exportTo(ho);
        ASSERT_TRUE(bundle.ok());
        bundles << bundle->bytes;
    }
    QByteArray damaged = bundles.at(1);
    damaged[damaged.size() / 2] = char(damaged[damaged.size() / 2] ^ 0x20);

    sync::ImportSession session(*ho.context);
    const QString before = logicalDump(ho.db());
    EXPECT_FALSE(session.import(damaged, ho.keys).ok());
    EXPECT_EQ(logicalDump(ho.db()), before);
    EXPECT_TRUE(store->list(ho.workspace->path()).isEmpty());
    for (const QByteArray& bundle : bundles) {
        auto imported = session.import(bundle, ho.keys);
        ASSERT_TRUE(imported.ok()) << imported.errorText().toStdString();
        EXPECT_GT(imported->applied, 0);
    }
    ASSERT_TRUE(session.finish().ok());
    QList<backup::BackupInfo> backups = store->list(ho.workspace->path());
    ASSERT_EQ(backups.size(), 1);
    EXPECT_EQ(backups.first().reason, backup::Reason::BeforeBundleImport);
    EXPECT_EQ(backups.first().counts.organisations, 0);
    EXPECT_EQ(ho.registry().organisations().list().size(), 2);

    sync::ImportSession repeat(*ho.context);
    for (const QByteArray& bundle : bundles) {
        auto again = repeat.import(bundle, ho.keys);
        ASSERT_TRUE(again.ok());
        EXPECT_TRUE(again->alreadyImported);
    }
    ASSERT_TRUE(repeat.finish().ok());
    EXPECT_EQ(store->list(ho.workspace->path()).size(), 1);
}

} // namespace
} // namespace tansiq::test
