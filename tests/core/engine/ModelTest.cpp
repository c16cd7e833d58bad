// The result models pass QAbstractItemModelTester and show what the engine computed.

#include "core/engine/DuplicationScan.h"
#include "core/engine/DuplicationTableModel.h"
#include "core/engine/GapTableModel.h"
#include "core/engine/LiveSnapshot.h"
#include "core/engine/PivotEngine.h"
#include "core/engine/PivotTableModel.h"
#include "tests/core/engine/EngineFixtures.h"
#include "tests/support/TestWorkspace.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

using namespace tansiq;
using namespace tansiq::engine;

namespace {

class Models : public ::testing::Test {
protected:
    Models()
    {
        test::EngineData data(ws->registry());
        const QUuid a = data.org(QStringLiteral("AAA"));
        const QUuid b = data.org(QStringLiteral("BBB"));
        data.activity(a, QStringLiteral("WASH-WTR"), QStringLiteral("SY090301"),
            QStringLiteral("2026-03-01"), QStringLiteral("2026-05-31"), 100);
        data.activity(b, QStringLiteral("WASH-WTR"), QStringLiteral("SY090301"),
            QStringLiteral("2026-04-01"), QString(), 200);
        data.activity(b, QStringLiteral("HLT-PHC"), QStringLiteral("SY090302"),
            QStringLiteral("2026-04-01"), QString(), 50);
        data.need(QStringLiteral("SY090301"), QStringLiteral("WASH"), 4, 1000);
        data.need(QStringLiteral("SY090300"), QStringLiteral("SHL"), 3, 500);
        auto current = live.current();
        EXPECT_TRUE(current.ok());
        snapshot = current.value();
    }

    test::TestWorkspace ws;
    LiveSnapshot live { ws->database() };
    std::shared_ptr<const Snapshot> snapshot;
};

} // namespace

TEST_F(Models, PivotModelHasMembersAndTotals)
{
    PivotTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    PivotQuery q;
    q.rows = Dimension::ImplementingOrg;
    q.columns = Dimension::Sector;
    q.measure = Measure::ReachedUnique;
    model.setResult(snapshot, PivotEngine(*snapshot).run(q), Language::English);
    ASSERT_EQ(model.rowCount(), 3); // AAA, BBB, total
    ASSERT_EQ(model.columnCount(), 3); // HLT, WASH, total
    EXPECT_EQ(model.headerData(0, Qt::Vertical, PivotTableModel::CodeRole).toString(),
        QStringLiteral("AAA"));
    EXPECT_EQ(model.headerData(2, Qt::Vertical).toString(), QStringLiteral("Total"));
    EXPECT_EQ(model.headerData(1, Qt::Horizontal, PivotTableModel::CodeRole).toString(),
        QStringLiteral("WASH"));
    EXPECT_EQ(model.data(model.index(2, 1), PivotTableModel::ValueRole).toDouble(),
        200.0); // max in the place
    EXPECT_EQ(model.data(model.index(2, 2), PivotTableModel::ValueRole).toDouble(), 250.0);
    EXPECT_EQ(model.data(model.index(0, 0), PivotTableModel::ActivitiesRole).toLongLong(), 0);
    model.setResult(snapshot, PivotEngine(*snapshot).run(PivotQuery {}), Language::Arabic);
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("منظمة AAA"));
}

TEST_F(Models, GapModelListsPlacesInPriorityOrderWithTheFormula)
{
    GapTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows(snapshot, GapAnalysis(*snapshot).run(GapQuery {}), 3, Language::English);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(
        model.data(model.index(0, GapTableModel::PCode)).toString(), QStringLiteral("SY090301"));
    EXPECT_EQ(model.data(model.index(1, GapTableModel::SevereWithoutPartner)).toString(),
        QStringLiteral("gap"));
    EXPECT_FALSE(model.headerData(GapTableModel::Priority, Qt::Horizontal, Qt::ToolTipRole)
                     .toString()
                     .isEmpty());
}

TEST_F(Models, DuplicationModelCarriesTheGroupKey)
{
    DuplicationTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setGroups(
        snapshot, DuplicationScan(*snapshot).run(DuplicationQuery {}), Language::English);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.data(model.index(0, DuplicationTableModel::Organisations)).toString(),
        QStringLiteral("AAA, BBB"));
    EXPECT_EQ(model.data(model.index(0, DuplicationTableModel::SharedFrom)).toString(),
        QStringLiteral("2026-04-01"));
    EXPECT_TRUE(model.data(model.index(0, 0), DuplicationTableModel::KeyRole)
                    .toString()
                    .startsWith(QStringLiteral("SY090301/WASH-WTR/idp/")));
    model.setGroups(snapshot, {}, Language::English);
    EXPECT_EQ(model.rowCount(), 0);
}
