// The Sync page and Settings → Office and keys, driven as a coordinator would: two offices in
// two temporary workspaces, bundles exported and imported through the page's operations.

#include "ui/sync/SyncPage.h"

#include "core/registry/Registry.h"
#include "core/workspace/Workspace.h"
#include "tests/support/DatabaseDump.h"
#include "tests/support/TestRecords.h"
#include "tests/ui/SyncTestSupport.h"
#include "ui/common/BackgroundJob.h"
#include "ui/common/Prompts.h"
#include "ui/sync/BundleOperations.h"
#include "ui/sync/ConflictModel.h"
#include "ui/sync/OfficeKeysWidget.h"
#include "ui/sync/OfficeOperations.h"
#include "ui/sync/OfficeSetupForm.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

#include <gtest/gtest.h>

namespace tansiq::test {

namespace {

const QByteArray kPassphrase = "olive-tree-2026";

void renameOrganisation(Workspace& workspace, const QUuid& id, const QString& nameEn)
{
    auto organisation = workspace.registry().organisations().get(id);
    ASSERT_TRUE(organisation.has_value());
    organisation->nameEn = nameEn;
    const Status updated = workspace.registry().organisations().update(*organisation);
    ASSERT_TRUE(updated.ok()) << updated.errorText().toStdString();
}

class SyncPageTest : public ::testing::Test {
protected:
    void SetUp() override { enrolPair(m_head, m_field, m_files.path(), kPassphrase); }

    // Exports from `from` to the only other office through its Sync page; returns the file.
    QString exportVia(OfficeOnScreen& from, const QString& name)
    {
        from.prompts().savePath = QDir(m_files.path()).filePath(name);
        from.prompts().passphraseAnswer = kPassphrase;
        from.syncPage().exportBundle();
        from.settle();
        return from.prompts().savePath;
    }
    void importVia(
        OfficeOnScreen& at, const QString& file, const QByteArray& passphrase = kPassphrase)
    {
        at.prompts().openPath = file;
        at.prompts().passphraseAnswer = passphrase;
        at.syncPage().importBundle();
        at.settle();
    }

    QTemporaryDir m_files;
    OfficeOnScreen m_head;
    OfficeOnScreen m_field;
};

} // namespace

TEST_F(SyncPageTest, ShowsThisOfficeAndTheOtherOneAfterEnrolment)
{
    const sync::SyncOverview& head = m_head.syncPage().overview();
    EXPECT_TRUE(head.hasKeys);
    EXPECT_TRUE(head.headOffice);
    ASSERT_EQ(head.offices.size(), 1);
    EXPECT_EQ(head.offices.first().name, QStringLiteral("Aleppo"));
    const sync::SyncOverview& field = m_field.syncPage().overview();
    EXPECT_FALSE(field.headOffice);
    EXPECT_TRUE(field.enrolled);
    auto* identity = named<QLabel>(m_field.syncPage(), "syncIdentity");
    ASSERT_NE(identity, nullptr);
    EXPECT_TRUE(identity->text().contains(QStringLiteral("Aleppo")));
    EXPECT_TRUE(identity->text().contains(QStringLiteral("field office")));
    EXPECT_EQ(m_field.syncPage().officesView()->model()->rowCount(), 1);
    EXPECT_EQ(m_field.syncPage().officesView()->model()->index(0, 0).data().toString(),
        QStringLiteral("Damascus HO"));
}

TEST_F(SyncPageTest, ExportAtHeadOfficeImportAtFieldOfficeShowsTheSummary)
{
    const QUuid id = addOrganisation(m_head.workspace().registry(), QStringLiteral("SARC"));
    const QString bundle = exportVia(m_head, QStringLiteral("to-aleppo.tqb"));
    ASSERT_TRUE(m_head.prompts().refusals.isEmpty())
        << m_head.prompts().refusals.join(QStringLiteral("\n")).toStdString();
    ASSERT_EQ(m_head.prompts().informed.size(), 1);
    EXPECT_TRUE(m_head.prompts().informed.first().contains(QStringLiteral("“Aleppo”")));
    EXPECT_TRUE(m_head.prompts().informed.first().contains(QStringLiteral("read back correctly")));
    EXPECT_TRUE(QFile::exists(bundle));
    // The table now shows when the last bundle was sent.
    EXPECT_NE(m_head.syncPage().overview().offices.first().lastSentMs, 0);

    EXPECT_FALSE(m_field.workspace().registry().organisations().get(id).has_value());
    importVia(m_field, bundle);
    ASSERT_TRUE(m_field.prompts().refusals.isEmpty())
        << m_field.prompts().refusals.join(QStringLiteral("\n")).toStdString();
    ASSERT_EQ(m_field.prompts().informed.size(), 1);
    const QString summary = m_field.prompts().informed.first();
    EXPECT_TRUE(summary.contains(QStringLiteral("Bundle from “Damascus HO” imported.")))
        << summary.toStdString();
    EXPECT_FALSE(summary.contains(QStringLiteral("Changes applied: 0"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("Conflicts to review: 0")))
        << summary.toStdString();
    const auto arrived = m_field.workspace().registry().organisations().get(id);
    ASSERT_TRUE(arrived.has_value());
    EXPECT_EQ(arrived->nameEn, QStringLiteral("SARC Relief"));
    EXPECT_NE(m_field.syncPage().overview().offices.first().lastReceivedMs, 0);

    // The same bundle again: said plainly, nothing changes.
    const QString before = logicalDump(m_field.workspace().database());
    importVia(m_field, bundle);
    ASSERT_EQ(m_field.prompts().informed.size(), 2);
    EXPECT_TRUE(m_field.prompts().informed.last().contains(QStringLiteral("already imported")));
    EXPECT_EQ(logicalDump(m_field.workspace().database()), before);
}

TEST_F(SyncPageTest, AStickThatCannotBeWrittenIsNamedAndNothingCountsAsSent)
{
    addOrganisation(m_head.workspace().registry(), QStringLiteral("NRC"));
    // /proc refuses new files even to root: the page goes through the same checked writer as
    // export-bundle, so the folder is named and no bundle is recorded as sent.
    m_head.prompts().savePath = QStringLiteral("/proc/tansiq-to-aleppo.tqb");
    m_head.prompts().passphraseAnswer = kPassphrase;
    m_head.syncPage().exportBundle();
    m_head.settle();
    EXPECT_TRUE(m_head.prompts().informed.isEmpty());
    ASSERT_EQ(m_head.prompts().refusals.size(), 1);
    const QString message = m_head.prompts().refusals.first();
    EXPECT_TRUE(message.contains(QStringLiteral("“/proc”"))) << message.toStdString();
    EXPECT_FALSE(QFile::exists(m_head.prompts().savePath));
    EXPECT_EQ(m_head.syncPage().overview().offices.first().lastSentMs, 0);
}

TEST_F(SyncPageTest, AWrongPassphraseIsSaidInWordsAndChangesNothing)
{
    addOrganisation(m_head.workspace().registry(), QStringLiteral("IRC"));
    const QString bundle = exportVia(m_head, QStringLiteral("to-aleppo.tqb"));
    const QString before = logicalDump(m_field.workspace().database());
    importVia(m_field, bundle, "not-the-passphrase");
    EXPECT_TRUE(m_field.prompts().informed.isEmpty());
    ASSERT_EQ(m_field.prompts().refusals.size(), 1);
    const QString message = m_field.prompts().refusals.first();
    EXPECT_TRUE(message.contains(QStringLiteral("not imported"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("passphrase"), Qt::CaseInsensitive))
        << message.toStdString();
    EXPECT_EQ(logicalDump(m_field.workspace().database()), before);
}

TEST_F(SyncPageTest, ADamagedBundleIsRefusedWithTheReasonAndChangesNothing)
{
    addOrganisation(m_head.workspace().registry(), QStringLiteral("MSF"));
    const QString bundle = exportVia(m_head, QStringLiteral("to-aleppo.tqb"));
    QFile file(bundle); // one flipped bit, as a failing stick gives
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x40);
    file.seek(0);
    file.write(bytes);
    file.close();
    const QString before = logicalDump(m_field.workspace().database());
    importVia(m_field, bundle);
    ASSERT_EQ(m_field.prompts().refusals.size(), 1);
    EXPECT_TRUE(
        m_field.prompts().refusals.first().contains(QStringLiteral("damaged"), Qt::CaseInsensitive))
        << m_field.prompts().refusals.first().toStdString();
    EXPECT_EQ(logicalDump(m_field.workspace().database()), before);
}

TEST_F(SyncPageTest, TheConflictsListShowsAConflictAndKeepingAValueRemovesIt)
{
    const QUuid id = addOrganisation(m_head.workspace().registry(), QStringLiteral("WFP"));
    importVia(m_field, exportVia(m_head, QStringLiteral("first.tqb")));
    renameOrganisation(m_head.workspace(), id, QStringLiteral("Name from Damascus"));
    renameOrganisation(m_field.workspace(), id, QStringLiteral("Name from Aleppo"));
    importVia(m_head, exportVia(m_field, QStringLiteral("back.tqb")));
    ASSERT_TRUE(m_head.prompts().refusals.isEmpty())
        << m_head.prompts().refusals.join(QStringLiteral("\n")).toStdString();
    EXPECT_TRUE(m_head.prompts().informed.last().contains(QStringLiteral("Conflicts to review: 1")))
        << m_head.prompts().informed.last().toStdString();

    ui::SyncPage& page = m_head.syncPage();
    ui::ConflictModel& model = *page.conflictModel();
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, ui::ConflictModel::Record).data().toString(),
        QStringLiteral("Organisation: WFP — ")
            + m_head.workspace().registry().organisations().get(id)->nameEn);
    EXPECT_EQ(model.index(0, ui::ConflictModel::Field).data().toString(),
        QStringLiteral("Name (English)"));
    const QModelIndex conflictRow = model.index(0, 0);
    ASSERT_EQ(model.rowCount(conflictRow), 2);
    QStringList values;
    QStringList offices;
    int aleppoChoice = -1;
    for (int i = 0; i < 2; ++i) {
        values << model.index(i, ui::ConflictModel::Value, conflictRow).data().toString();
        offices << model.index(i, ui::ConflictModel::Office, conflictRow).data().toString();
        if (offices.last() == u"Aleppo")
            aleppoChoice = i;
        EXPECT_FALSE(
            model.index(i, ui::ConflictModel::When, conflictRow).data().toString().isEmpty());
    }
    values.sort();
    EXPECT_EQ(values,
        QStringList(
            { QStringLiteral("“Name from Aleppo”"), QStringLiteral("“Name from Damascus”") }));
    ASSERT_GE(aleppoChoice, 0) << offices.join(QStringLiteral(",")).toStdString();

    page.conflictsView()->setCurrentIndex(model.choiceIndex(0, aleppoChoice));
    page.keepSelectedValue();
    m_head.settle();
    EXPECT_TRUE(m_head.prompts().refusals.isEmpty())
        << m_head.prompts().refusals.join(QStringLiteral("\n")).toStdString();
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(page.overview().openConflicts, 0);
    EXPECT_EQ(m_head.workspace().registry().organisations().get(id)->nameEn,
        QStringLiteral("Name from Aleppo"));
}

TEST(SyncBundleOperations, ACancelledImportChangesNothing)
{
    OfficeOnScreen head;
    OfficeOnScreen field;
    QTemporaryDir files;
    enrolPair(head, field, files.path(), kPassphrase);
    addOrganisation(head.workspace().registry(), QStringLiteral("UNHCR"));
    head.prompts().savePath = QDir(files.path()).filePath(QStringLiteral("b.tqb"));
    head.prompts().passphraseAnswer = kPassphrase;
    head.syncPage().exportBundle();
    head.settle();
    ui::JobControl control;
    control.cancel();
    const QString before = logicalDump(field.workspace().database());
    const auto outcome = ui::bundles::importBundle(
        field.workspace(), head.prompts().savePath, kPassphrase, control);
    ASSERT_FALSE(outcome.ok());
    EXPECT_TRUE(ui::wasCancelled(outcome.issues()));
    EXPECT_EQ(logicalDump(field.workspace().database()), before);
}

TEST(OfficeKeysWidget, TheSetupFormChecksThePassphraseTwiceThenCreatesTheOffice)
{
    OfficeOnScreen office;
    ui::OfficeKeysWidget& keys = office.officeKeys();
    ui::OfficeSetupForm& form = *keys.setupForm();
    EXPECT_FALSE(keys.overview().hasKeys);
    form.nameField()->setText(QStringLiteral("Idlib"));
    for (const char* weak : { "short-one", "Password2024!" }) {
        form.passphraseField()->setText(QString::fromLatin1(weak));
        form.repeatField()->setText(QString::fromLatin1(weak));
        form.createButton()->click();
        office.settle();
        EXPECT_FALSE(form.message().isEmpty()) << weak;
        EXPECT_FALSE(keys.overview().hasKeys) << weak;
    }
    form.passphraseField()->setText(QStringLiteral("first-passphrase"));
    form.repeatField()->setText(QStringLiteral("other-passphrase"));
    form.createButton()->click();
    office.settle();
    EXPECT_TRUE(form.message().contains(QStringLiteral("not the same")));
    EXPECT_FALSE(keys.overview().hasKeys);

    form.repeatField()->setText(QStringLiteral("first-passphrase"));
    form.createButton()->click();
    office.settle();
    ASSERT_TRUE(keys.overview().hasKeys) << form.message().toStdString();
    EXPECT_FALSE(keys.overview().headOffice);
    ASSERT_EQ(office.prompts().informed.size(), 1);
    // The fingerprint is shown in groups to read out, the same one the Sync page shows.
    const QString fingerprint = keys.overview().fingerprint;
    EXPECT_EQ(fingerprint.size(), 19);
    EXPECT_TRUE(keys.fingerprintLabel()->text().contains(
        QString(fingerprint).replace(u'-', QStringLiteral("  "))));
    EXPECT_TRUE(office.prompts().informed.first().contains(QStringLiteral("“Idlib”")));
    EXPECT_TRUE(office.syncPage().overview().hasKeys);
    EXPECT_TRUE(form.passphraseField()->text().isEmpty());
}

TEST(OfficeKeysWidget, TheHeadOfficeConfirmsTheFingerprintSignsAndRevokes)
{
    OfficeOnScreen head;
    OfficeOnScreen field;
    QTemporaryDir files;
    const auto headOffice
        = ui::offices::create(head.workspace(), QStringLiteral("HO"), true, kPassphrase);
    ASSERT_TRUE(headOffice.ok());
    const auto fieldOffice
        = ui::offices::create(field.workspace(), QStringLiteral("Homs"), false, kPassphrase);
    ASSERT_TRUE(fieldOffice.ok());
    const QString request = QDir(files.path()).filePath(QStringLiteral("homs.tqr"));
    field.prompts().savePath = request;
    field.prompts().passphraseAnswer = kPassphrase;
    field.officeKeys().makeRequest();
    field.settle();
    ASSERT_EQ(field.prompts().informed.size(), 1)
        << field.prompts().refusals.join(QStringLiteral("\n")).toStdString();

    head.officeKeys().refresh();
    head.settle();
    head.prompts().openPath = request;
    head.prompts().savePath = QDir(files.path()).filePath(QStringLiteral("homs.tqa"));
    head.prompts().passphraseAnswer = kPassphrase;
    head.prompts().confirmAnswer = false; // the fingerprints did not match on the phone
    head.officeKeys().signRequest();
    head.settle();
    ASSERT_EQ(head.prompts().confirmations.size(), 1);
    EXPECT_TRUE(head.prompts().confirmations.first().contains(
        ui::offices::spacedFingerprint(fieldOffice->fingerprint)));
    EXPECT_FALSE(QFile::exists(head.prompts().savePath));
    head.prompts().confirmAnswer = true;
    head.officeKeys().signRequest();
    head.settle();
    ASSERT_TRUE(QFile::exists(head.prompts().savePath))
        << head.prompts().refusals.join(QStringLiteral("\n")).toStdString();
    QTableView* roster = head.officeKeys().rosterView();
    ASSERT_EQ(roster->model()->rowCount(), 1);
    EXPECT_EQ(roster->model()->index(0, 0).data().toString(), QStringLiteral("Homs"));

    // The field office compares the head office's fingerprint by phone before anything is stored.
    field.prompts().openPath = head.prompts().savePath;
    field.prompts().confirmAnswer = false;
    field.prompts().confirmations.clear();
    field.officeKeys().acceptAnswer();
    field.settle();
    ASSERT_EQ(field.prompts().confirmations.size(), 1)
        << field.prompts().refusals.join(QStringLiteral("\n")).toStdString();
    EXPECT_TRUE(field.prompts().confirmations.first().contains(
        ui::offices::spacedFingerprint(headOffice->fingerprint)));
    field.officeKeys().refresh();
    field.settle();
    EXPECT_FALSE(field.officeKeys().overview().enrolled);
    field.prompts().confirmAnswer = true;
    field.officeKeys().acceptAnswer();
    field.settle();
    EXPECT_TRUE(field.officeKeys().overview().enrolled)
        << field.prompts().refusals.join(QStringLiteral("\n")).toStdString();

    roster->setCurrentIndex(roster->model()->index(0, 0));
    head.officeKeys().revokeSelected();
    head.settle();
    EXPECT_TRUE(head.officeKeys().overview().offices.first().revoked)
        << head.prompts().refusals.join(QStringLiteral("\n")).toStdString();
    EXPECT_EQ(roster->model()->index(0, 3).data().toString(), QStringLiteral("Revoked"));
}

TEST(Prompts, ThePassphraseIsAskedInAPasswordField)
{
    ui::WidgetPrompts prompts;
    QLineEdit::EchoMode echo = QLineEdit::Normal;
    QTimer answerer; // answers as soon as the dialog is up
    answerer.setInterval(10);
    QObject::connect(&answerer, &QTimer::timeout, [&answerer, &echo] {
        auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        answerer.stop();
        echo = dialog->textEchoMode();
        dialog->setTextValue(QStringLiteral("secret words"));
        dialog->accept();
    });
    answerer.start();
    const auto answer = prompts.passphrase(
        nullptr, QStringLiteral("Import bundle"), QStringLiteral("Passphrase:"));
    EXPECT_EQ(echo, QLineEdit::Password);
    ASSERT_TRUE(answer.has_value());
    EXPECT_EQ(*answer, QByteArray("secret words"));
}

} // namespace tansiq::test
