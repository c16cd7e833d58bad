// The Sync page imports several bundles at once, as a head office does with a stick holding one
// from each field office: one import (one safety backup, each bundle all or nothing), a damaged
// bundle among them refused with its reason while the others land, one summary naming every file.

#include "core/backup/BackupStore.h"
#include "core/registry/Registry.h"
#include "core/workspace/Workspace.h"
#include "tests/support/DatabaseDump.h"
#include "tests/support/TestRecords.h"
#include "tests/ui/SyncTestSupport.h"
#include "ui/common/BackgroundJob.h"
#include "ui/common/DisplaySettings.h"
#include "ui/common/LanguageSwitcher.h"
#include "ui/common/UiContext.h"
#include "ui/shell/MainWindow.h"
#include "ui/sync/BundleSession.h"
#include "ui/sync/SyncPage.h"

#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace tansiq::test {

namespace {

const QByteArray kPassphrase = "olive-tree-2026";

// Until the office's jobs are done: a loaded machine can take longer than one settle() allows
// for a job that unlocks the keys and imports three bundles.
void settleLong(OfficeOnScreen& office)
{
    for (int i = 0; i < 10; ++i) {
        office.settle();
        if (!office.syncPage().busy())
            return;
    }
}

// A bundle for the head office written by `from`'s Sync page to `path`.
void exportTo(OfficeOnScreen& from, const QString& path)
{
    from.prompts().savePath = path;
    from.prompts().passphraseAnswer = kPassphrase;
    from.syncPage().exportBundle();
    settleLong(from);
    ASSERT_TRUE(from.prompts().refusals.isEmpty())
        << from.prompts().refusals.join(QStringLiteral("\n")).toStdString();
    ASSERT_TRUE(QFile::exists(path));
}

// One bit flipped in the middle of the file, as a failing stick gives.
void damage(const QString& path)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x40);
    file.seek(0);
    file.write(bytes);
}

class SyncSeveralBundles : public ::testing::Test {
protected:
    void SetUp() override
    {
        enrolPair(m_head, m_aleppo, m_files.path(), kPassphrase);
        const QString fingerprint = m_head.syncPage().overview().fingerprint;
        enrolField(
            m_head, m_homs, QStringLiteral("Homs"), fingerprint, m_files.path(), kPassphrase);
        enrolField(
            m_head, m_idlib, QStringLiteral("Idlib"), fingerprint, m_files.path(), kPassphrase);
        // One bundle from each field office on the stick; Idlib's, in the middle, damaged.
        m_aleppoOrg = addOrganisation(m_aleppo.workspace().registry(), QStringLiteral("SARC"));
        m_idlibOrg = addOrganisation(m_idlib.workspace().registry(), QStringLiteral("IDL"));
        m_homsOrg = addOrganisation(m_homs.workspace().registry(), QStringLiteral("HMS"));
        exportTo(m_aleppo, onStick(QStringLiteral("1-aleppo.tqb")));
        exportTo(m_idlib, onStick(QStringLiteral("2-idlib.tqb")));
        exportTo(m_homs, onStick(QStringLiteral("3-homs.tqb")));
        damage(onStick(QStringLiteral("2-idlib.tqb")));
    }

    QString onStick(const QString& name) const { return QDir(m_stick.path()).filePath(name); }
    QList<backup::BackupInfo> headBackups()
    {
        const backup::BackupStore store(
            backup::BackupStore::defaultRoot(), m_head.workspace().clock());
        return store.list(m_head.workspace().database().path());
    }
    void importStick(const QStringList& chosen)
    {
        m_head.prompts().openSeveral = chosen;
        m_head.prompts().passphraseAnswer = kPassphrase;
        m_head.syncPage().importBundle();
        settleLong(m_head);
    }

    QTemporaryDir m_files;
    QTemporaryDir m_stick;
    OfficeOnScreen m_head;
    OfficeOnScreen m_aleppo;
    OfficeOnScreen m_homs;
    OfficeOnScreen m_idlib;
    QUuid m_aleppoOrg;
    QUuid m_homsOrg;
    QUuid m_idlibOrg;
};

} // namespace

TEST_F(SyncSeveralBundles, AWholeStickLandsWithOneBackupAndTheDamagedBundleIsRefusedAlone)
{
    const auto organisations
        = [this] { return m_head.workspace().registry().organisations().list().size(); };
    const qsizetype before = organisations();
    ASSERT_TRUE(headBackups().isEmpty());

    importStick({ m_stick.path() }); // the whole folder of the stick
    ASSERT_TRUE(m_head.prompts().refusals.isEmpty())
        << m_head.prompts().refusals.join(QStringLiteral("\n")).toStdString();
    ASSERT_EQ(m_head.prompts().informed.size(), 1);
    const QString summary = m_head.prompts().informed.first();
    EXPECT_TRUE(summary.contains(QStringLiteral("Bundles imported: 2"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("Refused: 1"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("1-aleppo.tqb\u2069: imported, from “Aleppo”")))
        << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("3-homs.tqb\u2069: imported, from “Homs”")))
        << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("2-idlib.tqb\u2069: refused")))
        << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("damaged"), Qt::CaseInsensitive))
        << summary.toStdString();

    // The two good bundles landed (after the damaged one too); the damaged one changed nothing.
    EXPECT_TRUE(m_head.workspace().registry().organisations().get(m_aleppoOrg).has_value());
    EXPECT_TRUE(m_head.workspace().registry().organisations().get(m_homsOrg).has_value());
    EXPECT_FALSE(m_head.workspace().registry().organisations().get(m_idlibOrg).has_value());
    EXPECT_EQ(organisations(), before + 2);

    // One safety backup for the whole import, of the database as it was before it.
    const QList<backup::BackupInfo> backups = headBackups();
    ASSERT_EQ(backups.size(), 1);
    EXPECT_EQ(backups.first().reason, backup::Reason::BeforeBundleImport);
    EXPECT_EQ(backups.first().counts.organisations, before);

    // The same files again, chosen one by one: nothing changes, no new backup, each file said.
    const QString dump = logicalDump(m_head.workspace().database());
    importStick({ onStick(QStringLiteral("1-aleppo.tqb")), onStick(QStringLiteral("2-idlib.tqb")),
        onStick(QStringLiteral("3-homs.tqb")) });
    ASSERT_EQ(m_head.prompts().informed.size(), 2);
    const QString again = m_head.prompts().informed.last();
    EXPECT_TRUE(again.contains(QStringLiteral("Already imported before: 2")))
        << again.toStdString();
    EXPECT_TRUE(again.contains(QStringLiteral("Refused: 1"))) << again.toStdString();
    EXPECT_TRUE(again.contains(QStringLiteral("1-aleppo.tqb\u2069: this bundle from “Aleppo” was "
                                              "already imported before")))
        << again.toStdString();
    EXPECT_EQ(logicalDump(m_head.workspace().database()), dump);
    EXPECT_EQ(headBackups().size(), 1);
}

// The summary a head office reads after importing a stick, as the information box shows it, in
// both languages; written to $TANSIQ_SCREENSHOT_DIR when set (docs/screenshots/).
TEST_F(SyncSeveralBundles, TheSummaryInBothLanguages)
{
    const QString dir = qEnvironmentVariable("TANSIQ_SCREENSHOT_DIR");
    ui::DisplaySettings& display = m_head.session().context().display;
    ui::LanguageSwitcher catalogue;
    QStringList summaries;
    for (const QString& language : { QStringLiteral("en"), QStringLiteral("ar") }) {
        ASSERT_TRUE(catalogue.apply(language));
        display.setLanguage(language);
        m_head.settle();
        importStick({ m_stick.path() });
        ASSERT_FALSE(m_head.prompts().informed.isEmpty());
        const QString summary = m_head.prompts().informed.last();
        summaries << summary;
        QMessageBox box(QMessageBox::Information, QStringLiteral("Tansiq"), summary,
            QMessageBox::Ok, &m_head.session().window());
        box.show();
        m_head.settle();
        if (!dir.isEmpty())
            box.grab().save(dir + QStringLiteral("/%1-15-sync-several-bundles.png").arg(language));
    }
    catalogue.apply(QStringLiteral("en"));
    display.setLanguage(QStringLiteral("en"));
    m_head.settle();
    // In Arabic, the second time: every file named with what became of it.
    EXPECT_TRUE(summaries.last().contains(QStringLiteral("مستورَدة من قبل: ")))
        << summaries.last().toStdString();
    EXPECT_TRUE(summaries.last().contains(QStringLiteral("2-idlib.tqb\u2069\u2069: رُفض")))
        << summaries.last().toStdString();
}

TEST_F(SyncSeveralBundles, CancelledBeforeTheFirstBundleChangesNothing)
{
    const QString dump = logicalDump(m_head.workspace().database());
    ui::JobControl control;
    control.cancel();
    const auto outcome = ui::bundles::importBundles(
        m_head.workspace(), ui::bundles::bundleFiles({ m_stick.path() }), kPassphrase, control);
    ASSERT_FALSE(outcome.ok());
    EXPECT_TRUE(ui::wasCancelled(outcome.issues()));
    EXPECT_EQ(logicalDump(m_head.workspace().database()), dump);
    EXPECT_TRUE(headBackups().isEmpty());
}

TEST(SyncBundleFiles, AFolderStandsForTheBundlesInItEachFileOnce)
{
    QTemporaryDir stick;
    for (const char* name : { "b.tqb", "a.tansiq", "notes.txt", "office.tansiq-backup" }) {
        QFile file(QDir(stick.path()).filePath(QString::fromLatin1(name)));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    }
    const QString a = QDir(stick.path()).filePath(QStringLiteral("a.tansiq"));
    const QString b = QDir(stick.path()).filePath(QStringLiteral("b.tqb"));
    EXPECT_EQ(ui::bundles::bundleFiles({ stick.path() }), QStringList({ a, b }));
    EXPECT_EQ(ui::bundles::bundleFiles({ b, stick.path() }), QStringList({ b, a }));
}

} // namespace tansiq::test
