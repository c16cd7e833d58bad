// Capture happens in the write path, in the same transaction as the row: every replicated row
// written since the seed data is explained by the op-log, and a write that bypasses the write
// path is caught.

#include "core/registry/Registry.h"
#include "core/registry/TableSpec.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"
#include "core/sync/OpLogAudit.h"
#include "tests/support/TestRecords.h"
#include "tests/support/TestWorkspace.h"

#include <gtest/gtest.h>

namespace tansiq::test {
namespace {

qint64 count(Database& db, const char* sql)
{
    Statement statement(db.handle(), sql);
    statement.step();
    return statement.int64(0);
}

TEST(SyncCapture, EveryWriteThroughTheWritePathIsExplainedByTheOpLog)
{
    TestWorkspace workspace({ .createIfMissing = true, .seedGazetteer = false });
    Registry& registry = workspace->registry();
    const QUuid a = addOrganisation(registry, QStringLiteral("AAA"));
    const QUuid b = addOrganisation(registry, QStringLiteral("BBB"));
    Organisation edited = *registry.organisations().get(a);
    edited.contactPhone = QStringLiteral("+963 11 222");
    ASSERT_TRUE(registry.organisations().update(edited).ok());
    ASSERT_TRUE(registry.organisations().remove(b).ok());
    EXPECT_EQ(sync::auditOpLog(workspace->database()), QStringList());
    // One operation per written record: 2 creates, 1 update, 1 delete.
    EXPECT_EQ(count(workspace->database(), "SELECT count(*) FROM sync_op"), 4);
}

TEST(SyncCapture, AnUpdateBypassingTheWritePathIsCaught)
{
    TestWorkspace workspace({ .createIfMissing = true, .seedGazetteer = false });
    const QUuid id = addOrganisation(workspace->registry(), QStringLiteral("AAA"));
    Statement bypass(workspace->database().handle(),
        "UPDATE organisation SET name_en = 'changed behind sync' WHERE id = ?");
    bypass.bind(1, id);
    ASSERT_TRUE(bypass.run().ok());
    const QStringList problems = sync::auditOpLog(workspace->database());
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.first().contains(QStringLiteral("name_en")));
}

TEST(SyncCapture, AnInsertBypassingTheWritePathIsCaughtInAnyReplicatedTable)
{
    TestWorkspace workspace({ .createIfMissing = true, .seedGazetteer = false });
    addOrganisation(workspace->registry(), QStringLiteral("AAA"));
    Statement bypass(workspace->database().handle(),
        "INSERT INTO organisation (id, acronym, name_en, name_ar, org_type, "
        "origin_office, created_at, updated_at) VALUES (randomblob(16), 'X', 'X', "
        "'X', 'ingo', randomblob(16), 1, 1)");
    ASSERT_TRUE(bypass.run().ok());
    const QStringList problems = sync::auditOpLog(workspace->database());
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.first().contains(QStringLiteral("no operation")));
}

TEST(SyncCapture, ARolledBackWriteLeavesNeitherRowNorOperation)
{
    TestWorkspace workspace({ .createIfMissing = true, .seedGazetteer = false });
    Database& db = workspace->database();
    {
        Transaction tx(db);
        addOrganisation(workspace->registry(), QStringLiteral("GONE"));
        tx.rollback();
    }
    EXPECT_EQ(count(db, "SELECT count(*) FROM organisation"), 0);
    EXPECT_EQ(count(db, "SELECT count(*) FROM sync_op"), 0);
    EXPECT_EQ(count(db, "SELECT count(*) FROM sync_row"), 0);
    addOrganisation(workspace->registry(), QStringLiteral("KEPT"));
    EXPECT_EQ(count(db, "SELECT max(seq) FROM sync_op"), 1); // no gap in the sequence
}

TEST(SyncCapture, EveryReplicatedTableIsCoveredGenerically)
{
    // The demo writes every replicated table through the repositories.
    TestWorkspace workspace;
    Registry& registry = workspace->registry();
    const QUuid org = addOrganisation(registry, QStringLiteral("AAA"));
    Project project;
    project.code = QStringLiteral("P-1");
    project.titleEn = QStringLiteral("Project");
    project.titleAr = QStringLiteral("مشروع");
    project.leadOrgId = org;
    project.startDate = QStringLiteral("2026-01-01");
    project.partners = { { org, QStringLiteral("implementing") } };
    project.sectorIds = { registry.reference().sectors().first().id };
    ASSERT_TRUE(registry.projects().create(project).ok());
    for (const TableSpec* spec : tables::all()) {
        Statement rows(workspace->database().handle(),
            QByteArray("SELECT count(*) FROM ") + spec->name
                + " t WHERE origin_office != zeroblob(16) AND NOT EXISTS "
                  "(SELECT 1 FROM sync_op o WHERE o.row_id = t.id)");
        rows.step();
        EXPECT_EQ(rows.int64(0), 0) << spec->name;
    }
    EXPECT_EQ(sync::auditOpLog(workspace->database()), QStringList());
}

} // namespace
} // namespace tansiq::test
