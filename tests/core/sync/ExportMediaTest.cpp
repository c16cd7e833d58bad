// sync.md cases 19 (disk full) and 20 (read-only or full stick) for export, and importing from a
// medium nothing can be written to. These run as root in CI, where file permissions stop
// nothing: the failures come from the kernel (/dev/full, /sys, /proc), or from a save file that
// fails halfway so the clean-up of the real atomic writer is what is tested.

#include "core/storage/Database.h"
#include "core/sync/BundleFile.h"
#include "tests/core/sync/AdversarialSupport.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>

#include <cerrno>

namespace tansiq::test {
namespace {

// The real atomic writer, whose device refuses writes after `limit` bytes as a full stick
// would.
class SaveFileThatFills : public QSaveFile {
public:
    SaveFileThatFills(const QString& path, qint64 limit) : QSaveFile(path), m_limit(limit) { }
    // Unbuffered, so every write reaches writeData (a buffer would go straight to the file).
    bool open(OpenMode mode) override { return QSaveFile::open(mode | QIODevice::Unbuffered); }

protected:
    qint64 writeData(const char* data, qint64 length) override
    {
        const qint64 room = m_limit - m_written;
        if (room <= 0) {
            errno = ENOSPC;
            return -1;
        }
        const qint64 n = QSaveFile::writeData(data, qMin(length, room));
        m_written += qMax<qint64>(n, 0);
        return n;
    }

private:
    qint64 m_limit;
    qint64 m_written = 0;
};

} // namespace

class SyncExportMedia : public SyncAdversarial {
protected:
    // The database before an export attempt, after pending changes were sealed into batches
    // (bookkeeping any export attempt does first, and the next one would do anyway).
    QString dumpAfterSealing(SimOffice& office)
    {
        sync::Exporter exporter(*office.context);
        EXPECT_TRUE(exporter.sealPending(office.keys).ok());
        return logicalDump(office.db());
    }
    Result<sync::ExportedBundle> exportTo(
        const QString& path, const sync::bundlefile::DeviceFactory& open = {})
    {
        sync::Exporter exporter(*f1().context);
        return exporter.writeTo(ho().id(), f1().keys, path, open);
    }
    static qint64 sent(SimOffice& office)
    {
        Statement count(
            office.db().handle(), "SELECT count(*) FROM sync_bundle_log WHERE direction = 'sent'");
        count.step();
        return count.int64(0);
    }
    void expectNothingSent(const QString& before)
    {
        EXPECT_EQ(logicalDump(f1().db()), before) << "a failed export changed the database";
        EXPECT_EQ(sent(f1()), 0);
    }

    QTemporaryDir m_stick;
};

// Case 19: the disk fills up while the bundle is written (a real ENOSPC from /dev/full).
TEST_F(SyncExportMedia, Case19_DiskFullIsNamedAndNothingIsRecordedAsSent)
{
    const QString before = dumpAfterSealing(f1());
    const QString path = QDir(m_stick.path()).filePath(QStringLiteral("f1-to-ho.tqb"));
    auto failed = exportTo(path, [](const QString&) {
        return std::unique_ptr<QFileDevice>(std::make_unique<QFile>(QStringLiteral("/dev/full")));
    });
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.issues().first().code, QStringLiteral("bundle-disk-full"));
    EXPECT_TRUE(failed.issues().first().message.contains(path)) << failed.errorText().toStdString();
    EXPECT_TRUE(failed.issues().first().message.contains(QStringLiteral("full")));
    EXPECT_FALSE(QFile::exists(path));
    expectNothingSent(before);
}

// Case 20: a stick that fills up halfway through the bundle leaves no partial file, not even
// the temporary one, and an older bundle of the same name stays as it was.
TEST_F(SyncExportMedia, Case20_AStickFullHalfwayLeavesNoPartialFileBehind)
{
    const QString path = QDir(m_stick.path()).filePath(QStringLiteral("f1-to-ho.tqb"));
    {
        QFile older(path);
        ASSERT_TRUE(older.open(QIODevice::WriteOnly));
        older.write("an older bundle");
    }
    addOrganisations(f1(), 40, 4096); // a bundle of some 30 KB
    const QString before = dumpAfterSealing(f1());
    auto failed = exportTo(path, [](const QString& target) {
        return std::unique_ptr<QFileDevice>(std::make_unique<SaveFileThatFills>(target, 8000));
    });
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.issues().first().code, QStringLiteral("bundle-disk-full"));
    EXPECT_EQ(QDir(m_stick.path()).entryList(QDir::Files | QDir::Hidden),
        QStringList { QStringLiteral("f1-to-ho.tqb") });
    QFile older(path);
    ASSERT_TRUE(older.open(QIODevice::ReadOnly));
    EXPECT_EQ(older.readAll(), QByteArray("an older bundle"));
    expectNothingSent(before);
}

// Case 20: a medium that cannot be written, even by root: /sys is read-only in containers and
// refuses new files elsewhere; /proc refuses them everywhere.
TEST_F(SyncExportMedia, Case20_AReadOnlyMediumIsNamedAndNothingIsRecordedAsSent)
{
    const QString before = dumpAfterSealing(f1());
    for (const QString& folder : { QStringLiteral("/sys"), QStringLiteral("/proc") }) {
        const QString path = folder + QStringLiteral("/tansiq-f1-to-ho.tqb");
        auto failed = exportTo(path);
        ASSERT_FALSE(failed.ok()) << path.toStdString();
        const Issue& issue = failed.issues().first();
        EXPECT_TRUE(
            issue.code == u"bundle-medium-read-only" || issue.code == u"bundle-no-permission")
            << issue.code.toStdString();
        EXPECT_TRUE(issue.message.contains(QStringLiteral("“%1”").arg(folder)))
            << issue.message.toStdString();
        EXPECT_FALSE(QFile::exists(path));
    }
    expectNothingSent(before);
}

// Case 20: the stick was removed (its folder is gone).
TEST_F(SyncExportMedia, Case20_ARemovedStickIsNamed)
{
    const QString before = dumpAfterSealing(f1());
    const QString path = QDir(m_stick.path()).filePath(QStringLiteral("gone/f1-to-ho.tqb"));
    auto failed = exportTo(path);
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.issues().first().code, QStringLiteral("bundle-folder-missing"));
    expectNothingSent(before);
}

// A bundle on a write-protected stick imports: it is read through /proc/self/fd, where not even
// root can create a file, and nothing appears next to the original either.
TEST_F(SyncExportMedia, Case20_ABundleOnAReadOnlyMediumImports)
{
    const QString path = QDir(m_stick.path()).filePath(QStringLiteral("f1-to-ho.tqb"));
    auto written = exportTo(path);
    ASSERT_TRUE(written.ok()) << written.errorText().toStdString();
    EXPECT_EQ(sent(f1()), 1);
    const QStringList listing = QDir(m_stick.path()).entryList(QDir::AllEntries | QDir::Hidden);
    QFile original(path);
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    const QString readOnlyPath = QStringLiteral("/proc/self/fd/%1").arg(original.handle());
    auto bytes = sync::bundlefile::read(readOnlyPath, 1 << 30);
    ASSERT_TRUE(bytes.ok()) << bytes.errorText().toStdString();
    auto imported = ho().import(bytes.value());
    ASSERT_TRUE(imported.ok()) << imported.errorText().toStdString();
    EXPECT_EQ(imported->applied, 3);
    EXPECT_EQ(QDir(m_stick.path()).entryList(QDir::AllEntries | QDir::Hidden), listing);
}

} // namespace tansiq::test
