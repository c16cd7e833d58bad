#pragma once

// The command line's sync tests: a head office rooted in its certification key and one
// enrolled field office, each a database driven through tansiq-cli in a temporary folder.

#include "core/registry/Registry.h"
#include "core/storage/Database.h"
#include "core/sync/Batch.h"
#include "core/sync/Enrolment.h"
#include "core/sync/Envelope.h"
#include "core/sync/Manifest.h"
#include "core/sync/OpLogAudit.h"
#include "core/sync/Roster.h"
#include "tests/support/CliRunner.h"
#include "tests/support/TestWorkspace.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace tansiq::test {

class SyncCli : public ::testing::Test {
protected:
    QString path(const QString& name) const { return QDir(m_dir.path()).filePath(name); }

    QProcessEnvironment environment(const QByteArray& passphrase = "correct horse battery") const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TANSIQ_PASSPHRASE"), QString::fromUtf8(passphrase));
        env.insert(QStringLiteral("TANSIQ_CERTIFICATION_PASSPHRASE"),
            QStringLiteral("olive grove at dawn 77"));
        env.remove(QStringLiteral("TANSIQ_TEST_IMPORT_PAUSE"));
        return env;
    }

    // tansiq-cli on one of the offices' databases (tests/support/CliRunner: a private profile
    // folder, no standard input), with the passphrases and without the kill test's pause.
    CliRun cli(
        const QString& db, QStringList args, const QByteArray& passphrase = "correct horse battery")
    {
        return runCli(QStringList { QStringLiteral("--db"), path(db) } + args, 120000,
            { QStringLiteral("TANSIQ_PASSPHRASE=") + QString::fromUtf8(passphrase),
                QStringLiteral("TANSIQ_CERTIFICATION_PASSPHRASE=olive grove at dawn 77"),
                QStringLiteral("TANSIQ_TEST_IMPORT_PAUSE=") });
    }

    // The head office's certification key file, for the commands that certify.
    QStringList rootKey() const
    {
        return { QStringLiteral("--certification-key"), path(QStringLiteral("root.key")) };
    }

    static QString fingerprintIn(const QString& text)
    {
        static const QRegularExpression shape(
            QStringLiteral("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}"));
        return shape.match(text).captured(0);
    }

    // A head office (rooted in its certification key) and one enrolled field office with demo
    // data.
    void setUpOffices()
    {
        const CliRun root = cli(QStringLiteral("ho.db"),
            { QStringLiteral("office"), QStringLiteral("create-certification-key"),
                QStringLiteral("--out"), path(QStringLiteral("root.key")) });
        ASSERT_EQ(root.exitCode, 0) << root.err.toStdString();
        const CliRun head = cli(QStringLiteral("ho.db"),
            QStringList { QStringLiteral("office"), QStringLiteral("init"),
                QStringLiteral("--name"), QStringLiteral("HO"), QStringLiteral("--head-office") }
                + rootKey());
        ASSERT_EQ(head.exitCode, 0) << head.err.toStdString();
        m_headFingerprint = fingerprintIn(head.out);
        ASSERT_EQ(m_headFingerprint, fingerprintIn(root.out)) << "field offices confirm the root";
        ASSERT_EQ(cli(QStringLiteral("f1.db"),
                      { QStringLiteral("office"), QStringLiteral("init"), QStringLiteral("--name"),
                          QStringLiteral("Aleppo") })
                      .exitCode,
            0);
        const CliRun request = cli(QStringLiteral("f1.db"),
            { QStringLiteral("office"), QStringLiteral("enrol-request"), QStringLiteral("--out"),
                path(QStringLiteral("req")) });
        ASSERT_EQ(request.exitCode, 0) << request.err.toStdString();
        const QString fingerprint = request.out.section(QLatin1Char(' '), -1).trimmed();
        const CliRun signedAnswer = cli(QStringLiteral("ho.db"),
            QStringList { QStringLiteral("office"), QStringLiteral("enrol-sign"),
                path(QStringLiteral("req")), QStringLiteral("--out"),
                path(QStringLiteral("answer")), QStringLiteral("--expect-fingerprint"),
                fingerprint }
                + rootKey());
        ASSERT_EQ(signedAnswer.exitCode, 0) << signedAnswer.err.toStdString();
        const CliRun accepted = cli(QStringLiteral("f1.db"),
            { QStringLiteral("office"), QStringLiteral("enrol-accept"),
                path(QStringLiteral("answer")), QStringLiteral("--expect-fingerprint"),
                m_headFingerprint });
        ASSERT_EQ(accepted.exitCode, 0) << accepted.err.toStdString();
        ASSERT_EQ(
            cli(QStringLiteral("f1.db"),
                { QStringLiteral("demo"), QStringLiteral("--activities"), QStringLiteral("500") })
                .exitCode,
            0);
        const CliRun exported = cli(QStringLiteral("f1.db"),
            { QStringLiteral("export-bundle"), QStringLiteral("--to"), QStringLiteral("HO"),
                QStringLiteral("--out"), path(QStringLiteral("f1-to-ho.tqb")) });
        ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    }

    QString stateHash(const QString& db)
    {
        return cli(db, { QStringLiteral("state-hash") }).out.trimmed();
    }

    QTemporaryDir m_dir;
    QString m_headFingerprint;
};

} // namespace tansiq::test
