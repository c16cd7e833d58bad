#include "ui/common/SnapshotService.h"

#include "core/engine/Snapshot.h"
#include "core/registry/ActivityRepository.h"
#include "core/registry/Registry.h"
#include "core/workspace/Workspace.h"
#include "tests/ui/GuiFixture.h"

#include <QSignalSpy>

namespace tansiq::test {
namespace {

using SnapshotServiceTest = GuiFixture;

qint64 liveRowsVia(ui::SnapshotService& service, QObject& receiver, GuiFixture& fixture)
{
    qint64 answer = -1;
    service.run<qint64>(
        &receiver, [](const engine::Snapshot& s) { return s.liveCount(); },
        [&answer](qint64 rows) { answer = rows; });
    QSignalSpy never(&service, &ui::SnapshotService::buildFailed);
    while (answer < 0 && never.isEmpty())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    (void)fixture;
    return answer;
}

TEST_F(SnapshotServiceTest, AnswersFromTheDatabaseOffTheGuiThreadAndFollowsEdits)
{
    ui::SnapshotService& service = session().context().snapshots;
    QObject receiver;
    const qint64 before = liveRowsVia(service, receiver, *this);
    EXPECT_EQ(before, workspace().registry().activities().count());
    EXPECT_GT(before, 0);
    ASSERT_NE(service.current(), nullptr);

    // A deletion through the write path publishes a new snapshot without the row.
    const auto snapshot = service.current();
    const auto& firstId = snapshot->id.front();
    const QUuid victim = QUuid::fromRfc4122(
        QByteArrayView(reinterpret_cast<const char*>(firstId.data()), qsizetype(firstId.size())));
    const quint64 generation = service.generation();
    QSignalSpy changed(&service, &ui::SnapshotService::snapshotChanged);
    ASSERT_TRUE(workspace().registry().activities().remove(victim).ok());
    ASSERT_TRUE(changed.wait(20000));
    EXPECT_GT(service.generation(), generation);
    EXPECT_EQ(liveRowsVia(service, receiver, *this), before - 1);
}

TEST_F(SnapshotServiceTest, DropsAnAnswerWhenTheAskingObjectIsGone)
{
    ui::SnapshotService& service = session().context().snapshots;
    bool delivered = false;
    {
        QObject receiver;
        service.run<int>(
            &receiver, [](const engine::Snapshot&) { return 1; },
            [&delivered](int) { delivered = true; });
        service.waitForIdle();
    } // the receiver is destroyed before the queued answer is processed
    settle();
    EXPECT_FALSE(delivered);
    EXPECT_FALSE(service.busy());
}

} // namespace
} // namespace tansiq::test
