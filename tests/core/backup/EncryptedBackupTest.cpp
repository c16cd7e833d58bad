// A lost laptop: the office's encrypted backup on a USB stick brings the office back on a new
// computer, keys included; a wrong passphrase or a damaged file changes nothing.

#include "core/backup/BackupCipher.h"
#include "core/storage/Database.h"
#include "tests/support/CliRunner.h"
#include "tests/support/DatabaseDump.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace tansiq::test {
namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class LostLaptop : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_db = QDir(m_office.path()).filePath(QStringLiteral("office.db"));
        m_pass = QDir(m_office.path()).filePath(QStringLiteral("pass.txt"));
        m_wrong = QDir(m_office.path()).filePath(QStringLiteral("wrong.txt"));
        m_backup = QDir(m_stick.path()).filePath(QStringLiteral("office.tansiq-backup"));
        writeFile(m_pass, "cedar lantern over the euphrates 47\n");
        writeFile(m_wrong, "cedar lantern over the euphrates 48\n");
        m_officeEnv = { QStringLiteral("XDG_DATA_HOME=%1/share").arg(m_office.path()) };
        m_newEnv = { QStringLiteral("XDG_DATA_HOME=%1/share").arg(m_newLaptop.path()) };
        run({ QStringLiteral("--db"), m_db, QStringLiteral("init") }, m_officeEnv);
        // The head office's certification key stays on its own stick (docs/decisions/0061).
        m_root = QDir(m_stick.path()).filePath(QStringLiteral("root.key"));
        run({ QStringLiteral("office"), QStringLiteral("create-certification-key"),
                QStringLiteral("--out"), m_root, QStringLiteral("--certification-passphrase-file"),
                m_wrong },
            m_officeEnv);
        run({ QStringLiteral("--db"), m_db, QStringLiteral("office"), QStringLiteral("init"),
                QStringLiteral("--name"), QStringLiteral("Deir-ez-Zor"),
                QStringLiteral("--head-office"), QStringLiteral("--passphrase-file"), m_pass,
                QStringLiteral("--certification-key"), m_root,
                QStringLiteral("--certification-passphrase-file"), m_wrong },
            m_officeEnv);
        run({ QStringLiteral("--db"), m_db, QStringLiteral("demo"), QStringLiteral("--activities"),
                QStringLiteral("300") },
            m_officeEnv);
        run({ QStringLiteral("--db"), m_db, QStringLiteral("backup"), QStringLiteral("--out"),
                m_backup, QStringLiteral("--encrypt"), QStringLiteral("--passphrase-file"),
                m_pass },
            m_officeEnv);
    }

    CliRun run(const QStringList& args, const QStringList& env, int expectedExit = 0)
    {
        CliRun result = runCli(args, 300000, env);
        EXPECT_EQ(result.exitCode, expectedExit) << args.join(u' ').toStdString() << "\n"
                                                 << result.err.toStdString();
        return result;
    }

    // Every file on the new laptop's profile.
    QStringList newLaptopFiles() const
    {
        QStringList found;
        QDirIterator it(
            m_newLaptop.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            found << it.next();
        return found;
    }
    // The per-user default database there (XDG_DATA_HOME/<organisation>/<application>/tansiq.db).
    QString newDatabase() const
    {
        for (const QString& file : newLaptopFiles()) {
            if (file.endsWith(QStringLiteral("/tansiq.db")))
                return file;
        }
        return QString();
    }

    QTemporaryDir m_office;
    QTemporaryDir m_stick;
    QTemporaryDir m_newLaptop;
    QString m_db, m_pass, m_wrong, m_backup, m_root;
    QStringList m_officeEnv, m_newEnv;
};

TEST_F(LostLaptop, TheEncryptedBackupRestoresTheOfficeWithItsKeysOnAFreshProfile)
{
    ASSERT_TRUE(QFile::exists(m_backup));
    EXPECT_TRUE(backup::cipher::isEncrypted(m_backup));
    // No readable SQLite inside: the stick reveals nothing without the passphrase.
    EXPECT_FALSE(readFile(m_backup).contains("SQLite format 3"));
    EXPECT_FALSE(readFile(m_backup).contains("Deir-ez-Zor"));

    // The new laptop has no database at all; restore uses the per-user default path.
    ASSERT_EQ(newLaptopFiles(), QStringList());
    const CliRun restored
        = run({ QStringLiteral("restore"), m_backup, QStringLiteral("--passphrase-file"), m_pass },
            m_newEnv);
    EXPECT_TRUE(restored.out.contains(QStringLiteral("new replica id")))
        << restored.out.toStdString();
    ASSERT_FALSE(newDatabase().isEmpty());

    const auto stats = [&](const QStringList& db, const QStringList& env) {
        return QJsonDocument::fromJson(
            run(db + QStringList { QStringLiteral("stats"), QStringLiteral("--json") }, env)
                .out.toUtf8())
            .object();
    };
    const QJsonObject original = stats({ QStringLiteral("--db"), m_db }, m_officeEnv);
    const QJsonObject back = stats({}, m_newEnv);
    EXPECT_EQ(back.value(QStringLiteral("activities")).toInt(), 300);
    EXPECT_EQ(back, original);

    // The keys came back: they unlock with the office passphrase and sign an enrolment file.
    const QString request = QDir(m_newLaptop.path()).filePath(QStringLiteral("check.request"));
    run({ QStringLiteral("office"), QStringLiteral("enrol-request"), QStringLiteral("--out"),
            request, QStringLiteral("--passphrase-file"), m_pass },
        m_newEnv);
    EXPECT_TRUE(QFile::exists(request));
}

TEST_F(LostLaptop, AWrongPassphraseIsRefusedAndNothingIsCreated)
{
    const CliRun refused
        = run({ QStringLiteral("restore"), m_backup, QStringLiteral("--passphrase-file"), m_wrong },
            m_newEnv, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("Wrong passphrase")))
        << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("Nothing was changed")));
    EXPECT_EQ(newLaptopFiles(), QStringList());
}

TEST_F(LostLaptop, ADamagedOrTruncatedFileIsRefusedAndNothingIsReplaced)
{
    const QByteArray good = readFile(m_backup);
    ASSERT_GT(good.size(), 200 * 1024);
    QByteArray flipped = good;
    flipped[flipped.size() / 2] = char(flipped.at(flipped.size() / 2) ^ 0x01);
    const QString damaged = QDir(m_stick.path()).filePath(QStringLiteral("damaged.tansiq-backup"));
    const QString truncated
        = QDir(m_stick.path()).filePath(QStringLiteral("truncated.tansiq-backup"));
    writeFile(damaged, flipped);
    writeFile(truncated, good.left(good.size() - 1000));

    // Over an existing database (with --yes): it must stay byte for byte as it was.
    run({ QStringLiteral("--db"), m_db, QStringLiteral("state-hash") }, m_officeEnv);
    const QByteArray before = readFile(m_db);
    for (const QString& bad : { damaged, truncated }) {
        const CliRun refused
            = run({ QStringLiteral("--db"), m_db, QStringLiteral("restore"), bad,
                      QStringLiteral("--yes"), QStringLiteral("--passphrase-file"), m_pass },
                m_officeEnv, 1);
        EXPECT_TRUE(refused.err.contains(QStringLiteral("damaged"))) << refused.err.toStdString();
        EXPECT_EQ(readFile(m_db), before);
        EXPECT_EQ(QDir(m_office.path())
                      .entryList({ QStringLiteral(".restore-*") }, QDir::Files | QDir::Hidden),
            QStringList());
    }
    // Without --yes an existing database is never replaced.
    run({ QStringLiteral("--db"), m_db, QStringLiteral("restore"), m_backup,
            QStringLiteral("--passphrase-file"), m_pass },
        m_officeEnv, 1);
    EXPECT_EQ(readFile(m_db), before);
}

TEST_F(LostLaptop, OnlyTheOfficePassphraseEncryptsAndBackupsAreListed)
{
    const QString other = QDir(m_stick.path()).filePath(QStringLiteral("other.tansiq-backup"));
    const CliRun refused = run(
        { QStringLiteral("--db"), m_db, QStringLiteral("backup"), QStringLiteral("--out"), other,
            QStringLiteral("--encrypt"), QStringLiteral("--passphrase-file"), m_wrong },
        m_officeEnv, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("office passphrase")))
        << refused.err.toStdString();
    EXPECT_FALSE(QFile::exists(other));

    const QJsonObject listed
        = QJsonDocument::fromJson(run({ QStringLiteral("--db"), m_db, QStringLiteral("backups"),
                                          QStringLiteral("list"), QStringLiteral("--json") },
                                      m_officeEnv)
                                      .out.toUtf8())
              .object();
    const auto backups = listed.value(QStringLiteral("backups")).toArray();
    ASSERT_EQ(backups.size(), 1); // the encrypted one's plain copy, kept on this computer
    EXPECT_EQ(backups.at(0).toObject().value(QStringLiteral("reason")).toString(),
        QStringLiteral("manual"));
    EXPECT_EQ(backups.at(0).toObject().value(QStringLiteral("activities")).toInt(), 300);
    EXPECT_TRUE(listed.value(QStringLiteral("folder")).toString().startsWith(m_office.path()));
}

} // namespace
} // namespace tansiq::test
