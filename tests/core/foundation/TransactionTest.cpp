// One transaction idiom (docs/decisions/0107): inTransaction() runs a body, and a failure
// anywhere (from the body, nested or joined) leaves nothing of what the body wrote.

#include "core/storage/Transaction.h"

#include "core/registry/Registry.h"
#include "core/storage/Database.h"
#include "tests/support/DatabaseDump.h"
#include "tests/support/TestWorkspace.h"

#include <gtest/gtest.h>

using namespace tansiq;

namespace {

Organisation organisation(const QString& acronym)
{
    Organisation org;
    org.acronym = acronym;
    org.nameEn = acronym + QStringLiteral(" Society");
    org.nameAr = QStringLiteral("جمعية ") + acronym;
    org.type = QStringLiteral("nngo");
    return org;
}

Issue refusal()
{
    return Issue::error(QStringLiteral("refused"), QStringLiteral("field"), QStringLiteral("value"),
        QStringLiteral("The test refused the write."));
}

class TransactionIdiom : public ::testing::Test {
protected:
    Registry& registry() { return ws->registry(); }
    Database& db() { return ws->database(); }
    bool has(const QString& acronym)
    {
        for (const Organisation& org : registry().organisations().list()) {
            if (org.acronym == acronym)
                return true;
        }
        return false;
    }

    test::TestWorkspace ws;
};

} // namespace

TEST_F(TransactionIdiom, AFailedBodyLeavesNothingAndReturnsItsIssues)
{
    const QString before = test::logicalDump(db());
    const Result<QUuid> outcome = inTransaction(db(), [&]() -> Result<QUuid> {
        const Result<QUuid> created
            = registry().organisations().create(organisation(QStringLiteral("AAA")));
        if (!created.ok())
            return created;
        return refusal(); // after the record, its op and its audit entry were written
    });
    ASSERT_FALSE(outcome.ok());
    ASSERT_EQ(outcome.issues().size(), 1);
    EXPECT_EQ(outcome.issues().first().code, QStringLiteral("refused"));
    EXPECT_EQ(test::logicalDump(db()), before) << "a failed write left something behind";
}

TEST_F(TransactionIdiom, ASucceedingBodyCommitsAndReturnsItsValue)
{
    const Result<QUuid> outcome = inTransaction(db(),
        [&] { return registry().organisations().create(organisation(QStringLiteral("BBB"))); });
    ASSERT_TRUE(outcome.ok()) << outcome.errorText().toStdString();
    EXPECT_FALSE(outcome.value().isNull());
    EXPECT_TRUE(has(QStringLiteral("BBB")));
}

TEST_F(TransactionIdiom, AWriteThatJoinedTheCallersTransactionRollsBackWithIt)
{
    const QString before = test::logicalDump(db());
    const Status outcome = inTransaction(db(), [&]() -> Status {
        for (const QString& acronym : { QStringLiteral("CCC"), QStringLiteral("DDD") }) {
            const Result<QUuid> created = registry().organisations().create(organisation(acronym));
            if (!created.ok())
                return created;
        }
        return refusal();
    });
    EXPECT_FALSE(outcome.ok());
    EXPECT_EQ(test::logicalDump(db()), before);
    EXPECT_FALSE(has(QStringLiteral("CCC")));
}

TEST_F(TransactionIdiom, ANestedFailureUndoesOnlyItsOwnWrites)
{
    const Status outcome = inTransaction(db(), [&]() -> Status {
        const Result<QUuid> kept
            = registry().organisations().create(organisation(QStringLiteral("EEE")));
        if (!kept.ok())
            return kept;
        const Status inner = inTransaction(db(), [&]() -> Status {
            const Result<QUuid> created
                = registry().organisations().create(organisation(QStringLiteral("FFF")));
            if (!created.ok())
                return created;
            return refusal();
        });
        EXPECT_FALSE(inner.ok());
        return success(); // the outer body carries on without the inner one's record
    });
    ASSERT_TRUE(outcome.ok()) << outcome.errorText().toStdString();
    EXPECT_TRUE(has(QStringLiteral("EEE")));
    EXPECT_FALSE(has(QStringLiteral("FFF")));
    EXPECT_FALSE(db().inTransaction());
}

TEST_F(TransactionIdiom, AJoiningScopeOutsideAnyTransactionOpensItsOwn)
{
    const QString before = test::logicalDump(db());
    const Status outcome = inTransaction(db(), Transaction::Nesting::Join, [&]() -> Status {
        EXPECT_TRUE(db().inTransaction());
        const Result<QUuid> created
            = registry().organisations().create(organisation(QStringLiteral("GGG")));
        if (!created.ok())
            return created;
        return refusal();
    });
    EXPECT_FALSE(outcome.ok());
    EXPECT_EQ(test::logicalDump(db()), before);
    EXPECT_FALSE(db().inTransaction());
}
