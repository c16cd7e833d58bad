// Every schema version can be upgraded to the latest, one numbered step at a time.

#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/Migrator.h"
#include "tests/support/DatabaseDump.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace tansiq;

namespace {

int tableCount(Database& db)
{
    Statement q(db.handle(), "SELECT count(*) FROM sqlite_schema WHERE type = 'table'");
    q.step();
    return int(q.int64(0));
}

class MigrationFromEveryVersion : public ::testing::TestWithParam<int> { };

} // namespace

// Versions rise one step at a time and every script exists.
TEST(Migrations, VersionsRiseAndEachScriptExists)
{
    int previous = 0;
    for (const Migration& step : migrations()) {
        EXPECT_EQ(step.version, previous + 1);
        previous = step.version;
        EXPECT_TRUE(QFile::exists(step.sqlResource)) << step.sqlResource.toStdString();
    }
    EXPECT_EQ(latestSchemaVersion(), previous);
}

// Schema 6: the partner values the 4W import remembers (one row per partner, kind and value).
TEST(Migrations, Version6RemembersPartnerValuesOncePerPartnerKindAndValue)
{
    QTemporaryDir dir;
    auto opened = Database::open(QDir(dir.path()).filePath(QStringLiteral("v6.db")));
    ASSERT_TRUE(opened.ok()) << opened.errorText().toStdString();
    Database& db = *opened.value();
    ASSERT_GE(db.schemaVersion(), 6);
    const char* insert
        = "INSERT INTO interop_value_mapping (partner_org_id, kind, value_folded, value, action, "
          "target, updated_at) VALUES (zeroblob(16), 'sector', 'مياه واصحاح', 'المياه والإصحاح', "
          "'map', 'x', 1)";
    ASSERT_TRUE(db.execScript(insert).ok());
    EXPECT_FALSE(db.execScript(insert).ok()); // the same value twice for one partner
    EXPECT_FALSE(
        db.execScript(
              "INSERT INTO interop_value_mapping (partner_org_id, kind, value_folded, value, "
              "action, target, updated_at) VALUES (zeroblob(16), 'colour', 'x', 'x', 'map', "
              "'x', 1)")
            .ok()); // not a kind of value
    EXPECT_FALSE(
        db.execScript(
              "INSERT INTO interop_value_mapping (partner_org_id, kind, value_folded, value, "
              "action, target, updated_at) VALUES (zeroblob(16), 'place', 'x', 'x', 'create', "
              "'', 1)")
            .ok()); // created values are remembered as what they became
}

TEST_P(MigrationFromEveryVersion, UpgradesToLatestKeepingData)
{
    const int from = GetParam();
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("old.db"));
    {
        auto raw = Database::openRaw(path);
        ASSERT_TRUE(raw.ok()) << raw.errorText().toStdString();
        ASSERT_TRUE(Migrator(*raw.value()).migrateTo(from).ok());
        ASSERT_EQ(raw.value()->schemaVersion(), from);
        if (from >= 1) {
            // A record written at the old version must survive the upgrade.
            ASSERT_TRUE(
                raw.value()
                    ->execScript(
                        "INSERT INTO admin_unit (pcode, level, parent_pcode, name_en, name_ar) "
                        "VALUES ('SY', 0, NULL, 'Syria', 'سوريا');"
                        "INSERT INTO organisation (id, acronym, name_en, name_ar, org_type, "
                        "origin_office, "
                        "created_at, updated_at) VALUES (randomblob(16), 'OLD', 'Old NGO', 'منظمة "
                        "قديمة', "
                        "'nngo', randomblob(16), 1, 1);")
                    .ok());
        }
    }
    auto upgraded = Database::open(path);
    ASSERT_TRUE(upgraded.ok()) << upgraded.errorText().toStdString();
    Database& db = *upgraded.value();
    EXPECT_EQ(db.schemaVersion(), latestSchemaVersion());
    Statement fk(db.handle(), "PRAGMA foreign_key_check");
    EXPECT_EQ(fk.step(), Statement::Step::Done) << "foreign keys broken after upgrade";
    Statement integrity(db.handle(), "PRAGMA integrity_check");
    ASSERT_EQ(integrity.step(), Statement::Step::Row);
    EXPECT_EQ(integrity.text(0), QStringLiteral("ok"));
    if (from >= 1) {
        Statement old(db.handle(), "SELECT name_ar FROM organisation WHERE acronym = 'OLD'");
        ASSERT_EQ(old.step(), Statement::Step::Row);
        EXPECT_EQ(old.text(0), QStringLiteral("منظمة قديمة"));
    }
    // Opening again changes nothing.
    const QString before = test::logicalDump(db);
    EXPECT_TRUE(Migrator(db).migrateToLatest().ok());
    EXPECT_EQ(test::logicalDump(db), before);
    EXPECT_GT(tableCount(db), 8);
}

INSTANTIATE_TEST_SUITE_P(AllEarlierVersions, MigrationFromEveryVersion, [] {
    std::vector<int> versions;
    versions.push_back(0);
    for (const Migration& step : migrations()) {
        if (step.version < latestSchemaVersion())
            versions.push_back(step.version);
    }
    return ::testing::ValuesIn(versions);
}());

TEST(Migrations, ADatabaseFromANewerTansiqIsRefusedUntouched)
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("new.db"));
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(db.value()->execScript("PRAGMA user_version = 999").ok());
    }
    auto reopened = Database::open(path);
    ASSERT_FALSE(reopened.ok());
    EXPECT_EQ(reopened.issues().first().code, QStringLiteral("schema-too-new"));
    EXPECT_TRUE(reopened.errorText().contains(QStringLiteral("newer Tansiq")));
}

TEST(Migrations, AFileThatIsNotATansiqDatabaseIsRefused)
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("notes.db"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("These are meeting notes, not a database.\n");
    file.close();
    auto db = Database::open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.errorText().contains(QStringLiteral("not a Tansiq database")));
}

TEST(Database, NewDatabasesUseWalAndForeignKeys)
{
    QTemporaryDir dir;
    auto db = Database::open(QDir(dir.path()).filePath(QStringLiteral("w.db")));
    ASSERT_TRUE(db.ok());
    Statement journal(db.value()->handle(), "PRAGMA journal_mode");
    journal.step();
    EXPECT_EQ(journal.text(0), QStringLiteral("wal"));
    Statement fk(db.value()->handle(), "PRAGMA foreign_keys");
    fk.step();
    EXPECT_EQ(fk.int64(0), 1);
}
