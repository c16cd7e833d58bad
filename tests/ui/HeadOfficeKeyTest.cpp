// Issue 12, the GUI as a first-class head office (docs/decisions/0085): the setup assistant and
// Settings → Office and keys create the offline certification key file (where the person
// chooses, with its own passphrase); signing, renewing and revoking offices and a new key for
// this computer ask for that file and its passphrase and use it through the same core calls
// as the CLI. A wrong passphrase or another network's key is refused and changes nothing.

#include "core/storage/Database.h"
#include "core/sync/BundleFile.h"
#include "core/sync/CertificationKey.h"
#include "core/sync/Roster.h"
#include "core/workspace/Workspace.h"
#include "tests/support/DatabaseDump.h"
#include "tests/ui/SyncTestSupport.h"
#include "ui/common/DisplaySettings.h"
#include "ui/common/LanguageSwitcher.h"
#include "ui/setup/CertificationKeyStep.h"
#include "ui/setup/ChoiceStep.h"
#include "ui/setup/OfficeStep.h"
#include "ui/setup/ReadyStep.h"
#include "ui/setup/SetupAssistant.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Session.h"
#include "ui/sync/CertificationOperations.h"
#include "ui/sync/OfficeKeysWidget.h"
#include "ui/sync/OfficeOperations.h"
#include "ui/sync/OfficeSetupForm.h"

#include <QCheckBox>
#include <QCommandLinkButton>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

namespace tansiq::test {
namespace {

const QByteArray kOffice = "olive grove by the river";
const QByteArray kKey = "cedar stick kept apart 77";

QString joined(const QStringList& texts)
{
    return texts.join(QStringLiteral("\n"));
}

QByteArray keyPublic(const QString& path)
{
    const auto bytes = sync::bundlefile::read(path, 64 * 1024);
    if (!bytes.ok())
        return {};
    const auto info = sync::CertificationKey::readInfo(bytes.value(), path);
    return info.ok() ? info->publicKey : QByteArray();
}

// A head office created in Settings → Office and keys (the setup form, then the key file's
// place and passphrase asked through the prompts).
void createHeadInSettings(OfficeOnScreen& head, const QString& keyPath)
{
    ui::OfficeSetupForm& form = *head.officeKeys().setupForm();
    form.nameField()->setText(QStringLiteral("Damascus HO"));
    form.headOfficeBox()->setChecked(true);
    form.passphraseField()->setText(QString::fromUtf8(kOffice));
    form.repeatField()->setText(QString::fromUtf8(kOffice));
    head.prompts().savePaths = { keyPath };
    head.prompts().passphrases = { kKey, kKey };
    form.createButton()->click();
    head.settle();
}

// A field office with its request made through its own Settings section.
QString fieldRequest(OfficeOnScreen& field, const QString& dir, const QString& name)
{
    const auto created = ui::offices::create(field.workspace(), name, false, kOffice);
    EXPECT_TRUE(created.ok()) << created.errorText().toStdString();
    const QString request = QDir(dir).filePath(name + QStringLiteral(".tqr"));
    field.prompts().savePath = request;
    field.prompts().passphraseAnswer = kOffice;
    field.officeKeys().refresh();
    field.settle();
    field.officeKeys().makeRequest();
    field.settle();
    return request;
}

void selectFirstOffice(OfficeOnScreen& head)
{
    head.officeKeys().refresh();
    head.settle();
    QTableView* roster = head.officeKeys().rosterView();
    roster->setCurrentIndex(roster->model()->index(0, 0));
}

} // namespace

TEST(HeadOfficeKey, SettingsCreatesTheKeyThenSignsRenewsAndRevokesWithIt)
{
    QTemporaryDir stick; // the USB stick kept apart
    OfficeOnScreen head;
    OfficeOnScreen field;
    const QString keyPath = QDir(stick.path()).filePath(QStringLiteral("root.key"));
    createHeadInSettings(head, keyPath);
    ui::OfficeKeysWidget& keys = head.officeKeys();
    ASSERT_TRUE(keys.overview().headOffice) << joined(head.prompts().refusals).toStdString();
    EXPECT_TRUE(keys.overview().certificationKey);
    ASSERT_TRUE(QFile::exists(keyPath));
    EXPECT_EQ(sync::Roster(head.workspace().database()).rootPublic(), keyPublic(keyPath));
    // What field offices confirm is the key's fingerprint, shown in Settings.
    const QString rootFingerprint = sync::CertificationKey::fingerprintOf(keyPublic(keyPath));
    EXPECT_EQ(keys.overview().fingerprint, rootFingerprint);
    EXPECT_TRUE(keys.rootNote()->isVisibleTo(&keys));
    EXPECT_TRUE(keys.newKeyButton()->isVisibleTo(&keys));

    // Signing: the request, the phone check, the answer's place, then the key file and its
    // passphrase (not the office's).
    const QString request = fieldRequest(field, stick.path(), QStringLiteral("Homs"));
    const QString answer = QDir(stick.path()).filePath(QStringLiteral("homs.tqa"));
    head.prompts().openPaths = { request, keyPath };
    head.prompts().savePath = answer;
    head.prompts().passphrases = { kKey };
    head.prompts().passphraseLabels.clear();
    keys.signRequest();
    head.settle();
    ASSERT_TRUE(QFile::exists(answer)) << joined(head.prompts().refusals).toStdString();
    ASSERT_EQ(head.prompts().passphraseLabels.size(), 1);
    EXPECT_TRUE(
        head.prompts().passphraseLabels.first().contains(QStringLiteral("certification key")));

    field.prompts().openPath = answer;
    field.prompts().confirmations.clear();
    field.officeKeys().acceptAnswer();
    field.settle();
    ASSERT_EQ(field.prompts().confirmations.size(), 1)
        << joined(field.prompts().refusals).toStdString();
    EXPECT_TRUE(field.prompts().confirmations.first().contains(
        ui::offices::spacedFingerprint(rootFingerprint)));
    field.officeKeys().refresh();
    field.settle();
    EXPECT_TRUE(field.officeKeys().overview().enrolled)
        << joined(field.prompts().refusals).toStdString();
    EXPECT_EQ(sync::Roster(field.workspace().database()).rootPublic(), keyPublic(keyPath));

    // Renewing: a later expiry, certified by the key.
    selectFirstOffice(head);
    const sync::OfficeEntry before
        = *sync::Roster(head.workspace().database()).officeByName(QStringLiteral("Homs"));
    head.testWorkspace().clock().advance(24 * 3600 * 1000);
    head.prompts().openPaths = { keyPath };
    head.prompts().passphrases = { kKey };
    head.prompts().informed.clear();
    keys.renewSelected();
    head.settle();
    ASSERT_EQ(head.prompts().informed.size(), 1) << joined(head.prompts().refusals).toStdString();
    const sync::OfficeEntry after
        = *sync::Roster(head.workspace().database()).officeByName(QStringLiteral("Homs"));
    EXPECT_GT(after.expiresAt, before.expiresAt);

    // Revoking, with the key again.
    selectFirstOffice(head);
    head.prompts().openPaths = { keyPath };
    head.prompts().passphrases = { kKey };
    keys.revokeSelected();
    head.settle();
    keys.refresh();
    head.settle();
    ASSERT_FALSE(keys.overview().offices.isEmpty());
    EXPECT_TRUE(keys.overview().offices.first().revoked)
        << joined(head.prompts().refusals).toStdString();
    EXPECT_EQ(sync::Roster(head.workspace().database()).revocations().version, 1u);
}

TEST(HeadOfficeKey, AWrongKeyPassphraseOrAnotherNetworksKeyIsRefusedAndNothingChanges)
{
    QTemporaryDir stick;
    OfficeOnScreen head;
    OfficeOnScreen field;
    const QString keyPath = QDir(stick.path()).filePath(QStringLiteral("root.key"));
    createHeadInSettings(head, keyPath);
    ASSERT_TRUE(head.officeKeys().overview().certificationKey)
        << joined(head.prompts().refusals).toStdString();
    // Another network's key file, with the very passphrase the person will type.
    const QString foreignPath = QDir(stick.path()).filePath(QStringLiteral("other.key"));
    const QByteArray foreign
        = sync::CertificationKey::generate().toFile(kKey, QStringLiteral("Other network"), 1);
    ASSERT_TRUE(sync::bundlefile::write(foreignPath, foreign).ok());

    const QString request = fieldRequest(field, stick.path(), QStringLiteral("Hama"));
    const QString answer = QDir(stick.path()).filePath(QStringLiteral("hama.tqa"));
    const QString before = logicalDump(head.workspace().database());

    // The wrong passphrase for the right key.
    head.prompts().openPaths = { request, keyPath };
    head.prompts().savePath = answer;
    head.prompts().passphrases = { "not the key passphrase" };
    head.officeKeys().signRequest();
    head.settle();
    ASSERT_EQ(head.prompts().refusals.size(), 1);
    EXPECT_TRUE(head.prompts().refusals.first().contains(QStringLiteral("passphrase is wrong")))
        << head.prompts().refusals.first().toStdString();
    EXPECT_FALSE(QFile::exists(answer));
    EXPECT_EQ(logicalDump(head.workspace().database()), before);

    // Another network's key: refused before any passphrase is asked.
    head.prompts().refusals.clear();
    head.prompts().passphraseLabels.clear();
    head.prompts().openPaths = { request, foreignPath };
    head.prompts().passphrases = { kKey };
    head.officeKeys().signRequest();
    head.settle();
    ASSERT_EQ(head.prompts().refusals.size(), 1);
    EXPECT_TRUE(head.prompts().refusals.first().contains(QStringLiteral("not this network's")))
        << head.prompts().refusals.first().toStdString();
    EXPECT_TRUE(head.prompts().refusals.first().contains(QStringLiteral("Other network")));
    EXPECT_TRUE(head.prompts().passphraseLabels.isEmpty());
    EXPECT_FALSE(QFile::exists(answer));
    EXPECT_EQ(logicalDump(head.workspace().database()), before);

    // The same for a new key for this computer: the wrong passphrase changes nothing.
    head.prompts().refusals.clear();
    head.prompts().openPaths = { keyPath };
    head.prompts().passphrases
        = { "not the key passphrase", "a brand new office phrase", "a brand new office phrase" };
    head.officeKeys().certifyNewKey();
    head.settle();
    ASSERT_EQ(head.prompts().refusals.size(), 1);
    EXPECT_TRUE(head.prompts().refusals.first().contains(QStringLiteral("passphrase is wrong")));
    EXPECT_EQ(logicalDump(head.workspace().database()), before);
}

TEST(HeadOfficeKey, ANewKeyForThisComputerRetiresTheOldOne)
{
    QTemporaryDir stick;
    OfficeOnScreen head;
    const QString keyPath = QDir(stick.path()).filePath(QStringLiteral("root.key"));
    createHeadInSettings(head, keyPath);
    const QByteArray oldKey = sync::Roster(head.workspace().database())
                                  .office(head.officeKeys().overview().office)
                                  ->signPublic;
    head.prompts().openPaths = { keyPath };
    head.prompts().passphrases = { kKey, "a brand new office phrase", "a brand new office phrase" };
    head.prompts().informed.clear();
    head.officeKeys().certifyNewKey();
    head.settle();
    ASSERT_EQ(head.prompts().informed.size(), 1) << joined(head.prompts().refusals).toStdString();
    sync::Roster roster(head.workspace().database());
    ASSERT_EQ(roster.revocations().keys.size(), 1);
    EXPECT_EQ(roster.revocations().keys.first().signPublic, oldKey);
    EXPECT_TRUE(roster.unlock("a brand new office phrase").ok());
    EXPECT_FALSE(roster.unlock(kOffice).ok());
}

TEST(HeadOfficeKey, TheKeyPassphraseIsCheckedAndIsNotTheOfficesAndNoFileIsLeft)
{
    QTemporaryDir stick;
    OfficeOnScreen head;
    const QString keyPath = QDir(stick.path()).filePath(QStringLiteral("root.key"));
    ui::OfficeSetupForm& form = *head.officeKeys().setupForm();
    form.nameField()->setText(QStringLiteral("Damascus HO"));
    form.headOfficeBox()->setChecked(true);
    for (const QByteArray& weak : { kOffice, QByteArray("Password2024!") }) {
        form.passphraseField()->setText(QString::fromUtf8(kOffice));
        form.repeatField()->setText(QString::fromUtf8(kOffice));
        head.prompts().savePaths = { keyPath };
        head.prompts().passphrases = { weak, weak };
        head.prompts().refusals.clear();
        form.createButton()->click();
        head.settle();
        EXPECT_EQ(head.prompts().refusals.size(), 1) << weak.constData();
        EXPECT_FALSE(QFile::exists(keyPath));
        head.officeKeys().refresh();
        head.settle();
        EXPECT_FALSE(head.officeKeys().overview().hasKeys);
    }
    EXPECT_TRUE(head.prompts().refusals.first().contains(QStringLiteral("not common"))
        || head.prompts().refusals.first().contains(QStringLiteral("common")))
        << head.prompts().refusals.first().toStdString();
}

TEST(HeadOfficeKey, ASelfRootedHeadOfficeKeepsWorkingAndIsToldWhyItHasNoKey)
{
    OfficeOnScreen head;
    ASSERT_TRUE(
        ui::offices::create(head.workspace(), QStringLiteral("Old HO"), true, kOffice).ok());
    head.officeKeys().refresh();
    head.settle();
    ui::OfficeKeysWidget& keys = head.officeKeys();
    EXPECT_TRUE(keys.overview().headOffice);
    EXPECT_FALSE(keys.overview().certificationKey);
    EXPECT_FALSE(keys.newKeyButton()->isVisibleTo(&keys));
    EXPECT_TRUE(keys.rootNote()->text().contains(QStringLiteral("before certification keys")));
    EXPECT_TRUE(keys.rootNote()->text().contains(QStringLiteral("enrol again")));
}

namespace {
// A button shows its whole text when it is at least as wide as it asks to be.
void expectWhole(QPushButton* button, const QString& language)
{
    EXPECT_GE(button->width(), button->sizeHint().width())
        << language.toStdString() << ": " << button->text().toStdString();
}
} // namespace

// The new screens in Arabic (right to left) and English: every new button shows its whole text
// in Settings → Office and keys of a certified head office with an enrolled office, and in the
// assistant's certification key step. With TANSIQ_TRUST_SHOTS=DIR they are saved as PNGs.
TEST(HeadOfficeKey, TheNewScreensShowTheirWholeTextInArabicAndEnglish)
{
    QTemporaryDir stick;
    OfficeOnScreen head;
    OfficeOnScreen field;
    const QString keyPath = QDir(stick.path()).filePath(QStringLiteral("root.key"));
    createHeadInSettings(head, keyPath);
    const QString request = fieldRequest(field, stick.path(), QStringLiteral("Homs"));
    head.prompts().openPaths = { request, keyPath };
    head.prompts().savePath = QDir(stick.path()).filePath(QStringLiteral("homs.tqa"));
    head.prompts().passphrases = { kKey };
    head.officeKeys().signRequest();
    head.settle();
    OfficeOnScreen old;
    ASSERT_TRUE(ui::offices::create(old.workspace(), QStringLiteral("Old HO"), true, kOffice).ok());

    const QString shots = qEnvironmentVariable("TANSIQ_TRUST_SHOTS");
    ui::LanguageSwitcher language;
    for (const QString& lang : { QStringLiteral("ar"), QStringLiteral("en") }) {
        language.apply(lang);
        QSettings store(QDir(stick.path()).filePath(QStringLiteral("ui-%1.ini").arg(lang)),
            QSettings::IniFormat);
        ui::DisplaySettings display(store);
        display.setLanguage(lang, false);
        for (OfficeOnScreen* office : { &head, &old }) {
            ui::OfficeKeysWidget& keys = office->officeKeys();
            keys.refresh();
            office->settle();
            office->session().window().resize(1366, 768);
            office->session().window().show();
            ASSERT_TRUE(office->session().window().showPage(QStringLiteral("settings")));
            office->settle();
            ASSERT_TRUE(keys.rootNote()->isVisible());
            for (QPushButton* button : keys.findChildren<QPushButton*>()) {
                if (button->isVisible())
                    expectWhole(button, lang);
            }
            EXPECT_TRUE(keys.rootNote()->wordWrap());
            if (!shots.isEmpty()) {
                QDir().mkpath(shots);
                keys.grab().save(
                    QDir(shots).filePath(QStringLiteral("%1-trust-settings-%2.png")
                                             .arg(lang,
                                                 office == &head ? QStringLiteral("certified")
                                                                 : QStringLiteral("self-rooted"))));
            }
        }
        ScriptedPrompts prompts;
        SystemClock clock;
        ui::setup::SetupAssistant setup(display, prompts, clock,
            ui::setup::SetupAssistant::Start::Office,
            { QDir(stick.path()).filePath(QStringLiteral("x-%1.db").arg(lang)),
                QDir(stick.path()).filePath(QStringLiteral("s.db")) });
        setup.show();
        setup.officeStep()->arabicName()->setText(QStringLiteral("مكتب دمشق الرئيسي"));
        setup.officeStep()->headOffice()->click();
        setup.officeStep()->passphrase()->setText(QString::fromUtf8(kOffice));
        setup.officeStep()->repeat()->setText(QString::fromUtf8(kOffice));
        setup.next();
        setup.next(); // refused: no place chosen
        QCoreApplication::processEvents();
        ASSERT_EQ(setup.stepId(), QStringLiteral("certification"));
        EXPECT_EQ(setup.isLeftToRight(), lang == u"en");
        for (QPushButton* button : setup.findChildren<QPushButton*>()) {
            if (button->isVisible())
                expectWhole(button, lang);
        }
        if (!shots.isEmpty())
            setup.grab().save(
                QDir(shots).filePath(QStringLiteral("%1-trust-setup-key.png").arg(lang)));
    }
    language.apply(QStringLiteral("en"));
}

// The first-run assistant: choosing "the head office" adds the certification key step.
class HeadOfficeSetup : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_store = std::make_unique<QSettings>(
            m_profile.filePath(QStringLiteral("Tansiq.conf")), QSettings::IniFormat);
        m_display = std::make_unique<ui::DisplaySettings>(*m_store);
        m_display->setLanguage(QStringLiteral("en"));
        m_language.apply(QStringLiteral("en"));
    }
    static void waitWhileBusy(const ui::setup::SetupAssistant& assistant)
    {
        QDeadlineTimer deadline(120000);
        while (assistant.busy() && !deadline.hasExpired()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            QThread::msleep(10);
        }
        QCoreApplication::processEvents();
    }

    QTemporaryDir m_profile;
    QTemporaryDir m_stick;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<ui::DisplaySettings> m_display;
    ui::LanguageSwitcher m_language;
    ScriptedPrompts m_prompts;
    SystemClock m_clock;
};

TEST_F(HeadOfficeSetup, TheAssistantSavesTheCertificationKeyWhereChosenAndRootsTheRegistryInIt)
{
    const QString registry = m_profile.filePath(QStringLiteral("data/tansiq.db"));
    ui::setup::SetupAssistant setup(*m_display, m_prompts, m_clock,
        ui::setup::SetupAssistant::Start::Language,
        { registry, m_profile.filePath(QStringLiteral("data/sample-data.db")) });
    setup.show();
    setup.next();
    setup.choiceStep()->registryButton()->click();
    ui::setup::OfficeStep* office = setup.officeStep();
    office->arabicName()->setText(QStringLiteral("المكتب الرئيسي"));
    office->englishName()->setText(QStringLiteral("Damascus HO"));
    office->headOffice()->click();
    office->passphrase()->setText(QString::fromUtf8(kOffice));
    office->repeat()->setText(QString::fromUtf8(kOffice));
    setup.next();
    ASSERT_EQ(setup.stepId(), QStringLiteral("certification"));
    ui::setup::CertificationKeyStep* key = setup.certificationStep();

    setup.next(); // no place chosen yet
    EXPECT_EQ(setup.stepId(), QStringLiteral("certification"));
    EXPECT_TRUE(key->message().contains(QStringLiteral("Choose where")));
    const QString keyPath = QDir(m_stick.path()).filePath(QStringLiteral("certification-key.key"));
    m_prompts.savePath = keyPath;
    key->chooseButton()->click();
    EXPECT_EQ(key->keyPath(), keyPath);
    EXPECT_TRUE(key->pathLabel()->text().contains(QDir::toNativeSeparators(keyPath)));

    key->passphrase()->setText(QString::fromUtf8(kOffice)); // the office's: refused
    key->repeat()->setText(QString::fromUtf8(kOffice));
    setup.next();
    EXPECT_EQ(setup.stepId(), QStringLiteral("certification"));
    EXPECT_TRUE(key->message().contains(QStringLiteral("of its own")));
    key->passphrase()->setText(QString::fromUtf8(kKey));
    key->repeat()->setText(QStringLiteral("something else entirely"));
    setup.next();
    EXPECT_TRUE(key->message().contains(QStringLiteral("not the same")));
    EXPECT_FALSE(QFile::exists(keyPath));
    EXPECT_FALSE(QFile::exists(registry));

    key->repeat()->setText(QString::fromUtf8(kKey));
    setup.next();
    waitWhileBusy(setup);
    ASSERT_EQ(setup.stepId(), QStringLiteral("ready")) << key->message().toStdString();
    ASSERT_TRUE(QFile::exists(keyPath));
    const QString fingerprint = sync::CertificationKey::fingerprintOf(keyPublic(keyPath));
    EXPECT_TRUE(setup.readyStep()->fingerprintLabel()->text().contains(
        ui::offices::spacedFingerprint(fingerprint)));
    EXPECT_TRUE(key->passphrase()->text().isEmpty()); // cleared and wiped
    EXPECT_TRUE(office->passphrase()->text().isEmpty());

    auto db = Database::open(registry);
    ASSERT_TRUE(db.ok());
    sync::Roster roster(*db.value());
    EXPECT_EQ(roster.rootPublic(), keyPublic(keyPath));
    EXPECT_NE(roster.office(roster.headOfficeId())->signPublic, roster.rootPublic());
}

TEST_F(HeadOfficeSetup, AKeyFileThatIsAlreadyThereIsNeverWrittenOver)
{
    const QString keyPath = QDir(m_stick.path()).filePath(QStringLiteral("root.key"));
    QFile existing(keyPath);
    ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
    existing.write("precious");
    existing.close();
    const QString registry = m_profile.filePath(QStringLiteral("data/tansiq.db"));
    ui::setup::SetupAssistant setup(*m_display, m_prompts, m_clock,
        ui::setup::SetupAssistant::Start::Office,
        { registry, m_profile.filePath(QStringLiteral("data/sample-data.db")) });
    setup.show();
    ui::setup::OfficeStep* office = setup.officeStep();
    office->arabicName()->setText(QStringLiteral("المكتب الرئيسي"));
    office->headOffice()->click();
    office->passphrase()->setText(QString::fromUtf8(kOffice));
    office->repeat()->setText(QString::fromUtf8(kOffice));
    setup.next();
    ui::setup::CertificationKeyStep* key = setup.certificationStep();
    key->setKeyPath(keyPath);
    key->passphrase()->setText(QString::fromUtf8(kKey));
    key->repeat()->setText(QString::fromUtf8(kKey));
    setup.next();
    waitWhileBusy(setup);
    EXPECT_EQ(setup.stepId(), QStringLiteral("certification"));
    EXPECT_TRUE(key->message().contains(QStringLiteral("never written")));
    QFile kept(keyPath);
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_EQ(kept.readAll(), QByteArray("precious"));
    EXPECT_FALSE(QFile::exists(registry));
}

} // namespace tansiq::test
