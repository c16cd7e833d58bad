// The shell around the open file: a second Tansiq on the same file is refused (a crashed one's
// lock is taken over), Open refuses what is not a Tansiq registry and keeps the current one,
// recent files, the window's state between runs, and a window that fits small laptop screens.

#include "core/backup/BackupStore.h"
#include "core/registry/Organisation.h"
#include "core/registry/Registry.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "core/workspace/Workspace.h"
#include "tests/support/TestWorkspace.h"
#include "tests/ui/SyncTestSupport.h"
#include "ui/common/DisplaySettings.h"
#include "ui/common/Page.h"
#include "ui/common/SnapshotService.h"
#include "ui/common/UiContext.h"
#include "ui/shell/DatabaseLock.h"
#include "ui/shell/FileActions.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/RecentFiles.h"
#include "ui/shell/Session.h"
#include "ui/shell/SessionHost.h"
#include "ui/shell/WindowState.h"

#include <QAbstractScrollArea>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QProcess>
#include <QSettings>
#include <QSplitter>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <gtest/gtest.h>
#include <string>

namespace tansiq::test {
namespace {

class FileMenu : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_store = std::make_unique<QSettings>(
            m_profile.filePath(QStringLiteral("Tansiq.conf")), QSettings::IniFormat);
        m_display = std::make_unique<ui::DisplaySettings>(*m_store);
        m_display->setLanguage(QStringLiteral("en"));
        // Two registries on disk, made and closed again (as another session would leave them).
        for (const QString& name : { QStringLiteral("a.db"), QStringLiteral("b.db") }) {
            auto made = Workspace::open(path(name), m_clock);
            ASSERT_TRUE(made.ok()) << made.errorText().toStdString();
        }
    }
    QString path(const QString& name) const { return m_profile.filePath(name); }
    ui::SessionHost& host()
    {
        return *(m_host
            = std::make_unique<ui::SessionHost>(*m_store, *m_display, m_hostPrompts, m_clock));
    }
    static void settle(ui::SessionHost& host)
    {
        QDeadlineTimer deadline(20000);
        while (host.isOpen() && !deadline.hasExpired()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            bool busy = host.session()->context().snapshots.busy();
            for (const ui::Page* page : host.session()->window().pages())
                busy = busy || page->busy();
            if (!busy)
                break;
            QThread::msleep(5);
        }
    }

    QTemporaryDir m_profile;
    SystemClock m_clock;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<ui::DisplaySettings> m_display;
    ScriptedPrompts m_hostPrompts;
    std::unique_ptr<ui::SessionHost> m_host;
};

TEST_F(FileMenu, ASecondInstanceOnTheSameFileIsRefusedAndOpensNothing)
{
    ui::SessionHost first(*m_store, *m_display, m_hostPrompts, m_clock);
    ASSERT_TRUE(first.open(path(QStringLiteral("a.db")), false).ok());
    EXPECT_TRUE(QFile::exists(ui::DatabaseLock::lockPathFor(path(QStringLiteral("a.db")))));

    ui::SessionHost second(*m_store, *m_display, m_hostPrompts, m_clock);
    const Status refused = second.open(path(QStringLiteral("a.db")), false);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.issues().first().code, QStringLiteral("database-in-use"));
    EXPECT_TRUE(refused.errorText().contains(QStringLiteral("a.db")))
        << refused.errorText().toStdString();
    EXPECT_TRUE(refused.errorText().contains(QStringLiteral("already open")))
        << refused.errorText().toStdString();
    EXPECT_FALSE(second.isOpen());
    // Another file is fine; once the first closes, the second may open it.
    EXPECT_TRUE(second.open(path(QStringLiteral("b.db")), false).ok());
    first.close();
    EXPECT_FALSE(QFile::exists(ui::DatabaseLock::lockPathFor(path(QStringLiteral("a.db")))));
    EXPECT_TRUE(second.open(path(QStringLiteral("a.db")), false).ok());
}

TEST_F(FileMenu, TheLockOfACrashedTansiqIsTakenOver)
{
    // A lock file written by a process that has ended (as after a power cut or a crash).
    QProcess ended;
    ended.start(QStringLiteral("true"), {});
    ASSERT_TRUE(ended.waitForStarted(10000));
    const qint64 deadPid = ended.processId();
    ASSERT_TRUE(ended.waitForFinished(10000));
    ASSERT_GT(deadPid, 0);
    QFile lock(ui::DatabaseLock::lockPathFor(path(QStringLiteral("a.db"))));
    ASSERT_TRUE(lock.open(QIODevice::WriteOnly));
    lock.write(QByteArray::number(deadPid) + "\ntansiq\n\n");
    lock.close();

    ui::SessionHost& opened = host();
    const Status status = opened.open(path(QStringLiteral("a.db")), false);
    EXPECT_TRUE(status.ok()) << status.errorText().toStdString();
}

TEST_F(FileMenu, OpenRefusesAFileThatIsNotATansiqRegistryAndKeepsTheCurrentOne)
{
    ui::SessionHost& opened = host();
    ASSERT_TRUE(opened.open(path(QStringLiteral("a.db")), false).ok());
    QFile text(path(QStringLiteral("notes.db")));
    ASSERT_TRUE(text.open(QIODevice::WriteOnly));
    text.write("These are meeting notes, not a database.\n");
    text.close();
    const Status notTansiq = opened.open(path(QStringLiteral("notes.db")), false);
    ASSERT_FALSE(notTansiq.ok());
    EXPECT_TRUE(notTansiq.errorText().contains(QStringLiteral("not a Tansiq database")))
        << notTansiq.errorText().toStdString();
    EXPECT_EQ(opened.path(), path(QStringLiteral("a.db")));
    EXPECT_TRUE(opened.isOpen());
    EXPECT_FALSE(QFile::exists(ui::DatabaseLock::lockPathFor(path(QStringLiteral("notes.db")))));

    { // a registry written by a newer Tansiq
        auto db = Database::open(path(QStringLiteral("b.db")));
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(db.value()->execScript("PRAGMA user_version = 999;").ok());
    }
    const Status newer = opened.open(path(QStringLiteral("b.db")), false);
    ASSERT_FALSE(newer.ok());
    EXPECT_EQ(newer.issues().first().code, QStringLiteral("schema-too-new"));
    EXPECT_EQ(opened.path(), path(QStringLiteral("a.db")));

    const Status missing = opened.open(path(QStringLiteral("gone.db")), false);
    EXPECT_FALSE(missing.ok());
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("gone.db"))));
    EXPECT_EQ(opened.path(), path(QStringLiteral("a.db")));
}

TEST_F(FileMenu, OpeningAnotherFileReplacesTheWindowAndRemembersRecentFiles)
{
    ui::SessionHost& opened = host();
    ASSERT_TRUE(opened.open(path(QStringLiteral("a.db")), false).ok());
    ASSERT_TRUE(opened.open(path(QStringLiteral("b.db")), false).ok());
    EXPECT_EQ(opened.path(), path(QStringLiteral("b.db")));
    EXPECT_FALSE(QFile::exists(ui::DatabaseLock::lockPathFor(path(QStringLiteral("a.db")))));
    EXPECT_TRUE(opened.session()->window().windowTitle().contains(QStringLiteral("b.db")));
    ui::RecentFiles recent(*m_store);
    EXPECT_EQ(recent.list(),
        (QStringList { path(QStringLiteral("b.db")), path(QStringLiteral("a.db")) }));
    opened.close();
    ASSERT_TRUE(QFile::remove(path(QStringLiteral("b.db"))));
    EXPECT_EQ(
        recent.list(), QStringList { path(QStringLiteral("a.db")) }); // the missing one is pruned
}

TEST_F(FileMenu, WithClosedRunsOnTheClosedFileAndReopensIt)
{
    ui::SessionHost& opened = host();
    ASSERT_TRUE(opened.open(path(QStringLiteral("a.db")), false).ok());
    settle(opened);
    bool couldRename = false;
    const Status status = opened.withClosed([&](const QString& file) {
        // No connection is left: the file can be moved away and back (as a restore replaces it).
        couldRename = QFile::rename(file, file + QStringLiteral(".moved"))
            && QFile::rename(file + QStringLiteral(".moved"), file);
        EXPECT_FALSE(QFile::exists(file + QStringLiteral("-wal")));
        return success();
    });
    EXPECT_TRUE(status.ok()) << status.errorText().toStdString();
    EXPECT_TRUE(couldRename);
    EXPECT_TRUE(opened.isOpen());
    EXPECT_EQ(opened.path(), path(QStringLiteral("a.db")));
}

// File → Restore from backup… on the open registry: the shell closes every connection, the
// backup replaces the file, and the registry reopens as it was when the backup was made.
TEST_F(FileMenu, RestoreFromBackupReplacesTheOpenRegistryAndReopensIt)
{
    ui::SessionHost& opened = host();
    ScriptedPrompts prompts;
    ui::FileActions files(opened, *m_display, prompts, m_clock, *m_store,
        { path(QStringLiteral("a.db")), path(QStringLiteral("sample.db")) });
    opened.setWindowDecorator([&files](ui::MainWindow& window) { files.decorate(window); });
    ASSERT_TRUE(opened.open(path(QStringLiteral("a.db")), false).ok());
    settle(opened);
    const QString root = m_profile.filePath(QStringLiteral("backups"));
    backup::BackupStore store(root, m_clock);
    const auto made = store.backUp(opened.workspace()->database(), backup::Reason::Manual);
    ASSERT_TRUE(made.ok()) << made.errorText().toStdString();
    Organisation added;
    added.acronym = QStringLiteral("SARC");
    added.nameEn = QStringLiteral("SARC Relief");
    added.nameAr = QStringLiteral("إغاثة SARC");
    ASSERT_TRUE(opened.workspace()->registry().organisations().create(added).ok());
    const auto organisations = [&opened] {
        Statement count(opened.workspace()->database().handle(),
            "SELECT count(*) FROM organisation WHERE deleted = 0");
        count.step();
        return count.int64(0);
    };
    ASSERT_EQ(organisations(), 1);

    files.restoreOpenDatabase(made.value().path, root);
    QDeadlineTimer deadline(30000);
    while (prompts.informed.isEmpty() && prompts.refusals.isEmpty() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    ASSERT_TRUE(prompts.refusals.isEmpty()) << prompts.refusals.join(u'\n').toStdString();
    ASSERT_EQ(prompts.informed.size(), 1);
    EXPECT_TRUE(prompts.informed.first().contains(QStringLiteral("restored")))
        << prompts.informed.first().toStdString();
    ASSERT_TRUE(opened.isOpen());
    EXPECT_EQ(opened.path(), path(QStringLiteral("a.db")));
    EXPECT_EQ(organisations(), 0); // the organisation added after the backup is gone
    // The registry as it was just before is kept, as a backup of its own.
    bool keptBefore = false;
    for (const backup::BackupInfo& info : store.list(path(QStringLiteral("a.db"))))
        keptBefore = keptBefore
            || (info.reason == backup::Reason::BeforeRestore && info.counts.organisations == 1);
    EXPECT_TRUE(keptBefore);
}

TEST_F(FileMenu, GeometryMaximisedStateSplittersAndTheLastPageAreRestored)
{
    QSize chosen;
    {
        ui::SessionHost first(*m_store, *m_display, m_hostPrompts, m_clock);
        ASSERT_TRUE(first.open(path(QStringLiteral("a.db"))).ok());
        ui::MainWindow& window = first.session()->window();
        // The first window takes the (small, offscreen) screen; the user makes it smaller.
        EXPECT_TRUE(window.isMaximized());
        window.showNormal();
        chosen = QSize(window.minimumSizeHint().width() + 10, 640);
        window.resize(chosen);
        window.showPage(QStringLiteral("duplication"));
        settle(first);
        auto* splitter = named<QSplitter>(window, "duplicationSplitter");
        ASSERT_NE(splitter, nullptr);
        splitter->setSizes({ 100, 400 });
        window.showPage(QStringLiteral("gaps"));
        settle(first);
        first.close();
    }
    ui::SessionHost second(*m_store, *m_display, m_hostPrompts, m_clock);
    ASSERT_TRUE(second.open(path(QStringLiteral("a.db"))).ok());
    ui::MainWindow& window = second.session()->window();
    EXPECT_EQ(window.size(), chosen);
    ASSERT_NE(window.currentPage(), nullptr);
    EXPECT_EQ(window.currentPage()->pageId(), QStringLiteral("gaps"));
    window.showPage(QStringLiteral("duplication"));
    settle(second);
    const QList<int> sizes = named<QSplitter>(window, "duplicationSplitter")->sizes();
    ASSERT_EQ(sizes.size(), 2);
    EXPECT_LT(sizes[0] * 2, sizes[1]);

    window.showMaximized();
    settle(second);
    second.close();
    ui::SessionHost third(*m_store, *m_display, m_hostPrompts, m_clock);
    ASSERT_TRUE(third.open(path(QStringLiteral("a.db"))).ok());
    EXPECT_TRUE(third.session()->window().isMaximized());
    settle(third);
}

TEST_F(FileMenu, TheFirstWindowTakesALaptopsScreenAndIsGenerousOnALargeOne)
{
    // Available areas: the screen less a panel (28 px) along one edge.
    for (const QSize screen : { QSize(1366, 768), QSize(1280, 720), QSize(1440, 900),
             QSize(1600, 900), QSize(1280, 800), QSize(1100, 650) }) {
        const QRect available(QPoint(0, 28), screen - QSize(0, 28));
        const ui::windowstate::FirstWindow first = ui::windowstate::firstWindow(available);
        EXPECT_TRUE(first.maximized) << screen.width() << "x" << screen.height();
        // Not maximised by the window manager (or by none), it still covers the screen.
        EXPECT_EQ(first.geometry, available) << screen.width() << "x" << screen.height();
    }
    for (const QSize screen :
        { QSize(1920, 1080), QSize(1680, 1050), QSize(2560, 1440), QSize(3840, 2160) }) {
        const QRect available(QPoint(0, 0), screen - QSize(0, 40));
        const ui::windowstate::FirstWindow first = ui::windowstate::firstWindow(available);
        const std::string name
            = std::to_string(screen.width()) + "x" + std::to_string(screen.height());
        EXPECT_FALSE(first.maximized) << name;
        // Generous: at least 1280x800 and most of the screen, with room for the frame.
        EXPECT_GE(first.geometry.width(), 1280) << name;
        EXPECT_GE(first.geometry.height(), 800) << name;
        EXPECT_GE(first.geometry.width(), std::min(available.width() * 8 / 10, 1920)) << name;
        EXPECT_LE(first.geometry.width() + 16, available.width()) << name;
        EXPECT_LE(first.geometry.height() + 40, available.height()) << name;
        EXPECT_LE(first.geometry.width(), 1920) << name;
        EXPECT_LE(first.geometry.height(), 1200) << name;
        EXPECT_LE((first.geometry.center() - available.center()).manhattanLength(), 2) << name;
    }

    // A first launch (nothing saved) on the offscreen screen (800x600): maximised. Closed
    // maximised, it comes back maximised; made smaller, it comes back as the user left it.
    {
        ui::SessionHost first(*m_store, *m_display, m_hostPrompts, m_clock);
        ASSERT_TRUE(first.open(path(QStringLiteral("a.db"))).ok());
        EXPECT_TRUE(first.session()->window().isMaximized());
        settle(first);
        first.close();
    }
    ui::SessionHost second(*m_store, *m_display, m_hostPrompts, m_clock);
    ASSERT_TRUE(second.open(path(QStringLiteral("a.db"))).ok());
    ui::MainWindow& window = second.session()->window();
    EXPECT_TRUE(window.isMaximized());
    window.showNormal();
    window.resize(window.minimumSizeHint().width() + 20, 620);
    const QSize chosen = window.size();
    settle(second);
    second.close();
    ui::SessionHost third(*m_store, *m_display, m_hostPrompts, m_clock);
    ASSERT_TRUE(third.open(path(QStringLiteral("a.db"))).ok());
    EXPECT_FALSE(third.session()->window().isMaximized());
    EXPECT_EQ(third.session()->window().size(), chosen);
    settle(third);
}

TEST_F(FileMenu, TheWindowFits1366x768And1280x720Screens)
{
    for (const QSize screen : { QSize(1366, 768), QSize(1280, 720) }) {
        const QRect available(QPoint(0, 0), screen - QSize(0, 28)); // a panel along one edge
        const QSize size = ui::windowstate::defaultSize(available);
        EXPECT_LE(size.width() + 16, available.width()) << screen.width();
        EXPECT_LE(size.height() + 40, available.height()) << screen.height(); // with the title bar
    }
    ui::SessionHost& opened = host();
    ASSERT_TRUE(opened.open(path(QStringLiteral("a.db"))).ok());
    ui::MainWindow& window = opened.session()->window();
    const QSize smallest = ui::windowstate::defaultSize(QRect(0, 0, 1280, 720 - 28));
    window.resize(smallest);
    for (ui::Page* page : window.pages()) {
        window.showPage(page->pageId());
        settle(opened);
        const QSize needed = window.minimumSizeHint();
        EXPECT_LE(needed.width(), smallest.width()) << page->pageId().toStdString();
        EXPECT_LE(needed.height(), smallest.height()) << page->pageId().toStdString();
    }
    // Every page's name is visible in the navigation list without scrolling.
    QListWidget* navigation = window.navigation();
    const QRect last = navigation->visualItemRect(navigation->item(navigation->count() - 1));
    EXPECT_LE(last.bottom(), navigation->viewport()->height());
}

} // namespace
} // namespace tansiq::test
