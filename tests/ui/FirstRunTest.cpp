// The first launch: an empty profile gets the setup assistant (Arabic, right to left); "set up
// this office" makes a registry with reference data only and saves a field office's enrolment
// request; "sample data" makes a separate, marked file from which no bundle can be exported.

#include "core/office/LocalOffice.h"
#include "core/office/SampleData.h"
#include "core/registry/Registry.h"
#include "core/stats/RegistryStats.h"
#include "core/storage/Database.h"
#include "core/sync/Enrolment.h"
#include "core/sync/Exporter.h"
#include "core/sync/SyncContext.h"
#include "tests/ui/SyncTestSupport.h"
#include "ui/common/DisplaySettings.h"
#include "ui/common/LanguageSwitcher.h"
#include "ui/setup/CertificationKeyStep.h"
#include "ui/setup/ChoiceStep.h"
#include "ui/setup/LanguageStep.h"
#include "ui/setup/OfficeStep.h"
#include "ui/setup/ReadyStep.h"
#include "ui/setup/SetupAssistant.h"
#include "ui/shell/FileActions.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Session.h"
#include "ui/shell/SessionHost.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <gtest/gtest.h>

namespace tansiq::test {
namespace {

// An empty profile: settings, the per-user registry and the sample file all in a temporary
// folder; the display starts as a new user's (Arabic).
class FirstRun : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_store = std::make_unique<QSettings>(
            m_profile.filePath(QStringLiteral("Tansiq.conf")), QSettings::IniFormat);
        m_display = std::make_unique<ui::DisplaySettings>(*m_store);
        m_language.apply(m_display->language());
        QObject::connect(m_display.get(), &ui::DisplaySettings::changed, &m_language,
            [this] { m_language.apply(m_display->language()); });
    }
    void TearDown() override { m_language.apply(QStringLiteral("en")); }

    QString registryPath() const { return m_profile.filePath(QStringLiteral("data/tansiq.db")); }
    QString samplePath() const { return m_profile.filePath(QStringLiteral("data/sample-data.db")); }
    std::unique_ptr<ui::setup::SetupAssistant> assistant()
    {
        auto made = std::make_unique<ui::setup::SetupAssistant>(*m_display, m_prompts, m_clock,
            ui::setup::SetupAssistant::Start::Language,
            ui::setup::SetupAssistant::Paths { registryPath(), samplePath() });
        made->setSampleActivities(300);
        made->show();
        return made;
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
    static RegistryStats statsOf(const QString& path)
    {
        auto db = Database::open(path);
        EXPECT_TRUE(db.ok());
        return db.ok() ? RegistryStats::collect(*db.value()) : RegistryStats {};
    }

    QTemporaryDir m_profile;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<ui::DisplaySettings> m_display;
    ui::LanguageSwitcher m_language;
    ScriptedPrompts m_prompts;
    SystemClock m_clock;
};

TEST_F(FirstRun, AnEmptyProfileShowsTheAssistantInArabicAndCreatesNothing)
{
    ui::SessionHost host(*m_store, *m_display, m_prompts, m_clock);
    ui::FileActions files(
        host, *m_display, m_prompts, m_clock, *m_store, { registryPath(), samplePath() });
    QString seenStep;
    bool rightToLeft = false;
    QString title;
    QTimer::singleShot(0, [&] {
        auto* shown = qobject_cast<ui::setup::SetupAssistant*>(QApplication::activeModalWidget());
        ASSERT_NE(shown, nullptr);
        seenStep = shown->stepId();
        rightToLeft = shown->isRightToLeft();
        title = shown->windowTitle();
        shown->reject(); // the user closes it: nothing is created, the application ends
    });
    EXPECT_EQ(files.openAtStart(QString()), ui::FileActions::Start::Cancelled);
    EXPECT_EQ(seenStep, QStringLiteral("language"));
    EXPECT_TRUE(rightToLeft);
    EXPECT_EQ(title, QStringLiteral("مرحباً بكم في تنسيق"));
    EXPECT_FALSE(host.isOpen());
    EXPECT_FALSE(QFile::exists(registryPath()));
    EXPECT_FALSE(QFile::exists(samplePath()));
}

TEST_F(FirstRun, ChoosingEnglishSwitchesTheAssistantAtOnceAndIsRemembered)
{
    auto setup = assistant();
    EXPECT_TRUE(setup->isRightToLeft());
    setup->languageStep()->english()->click();
    QCoreApplication::processEvents();
    EXPECT_FALSE(setup->isRightToLeft());
    EXPECT_EQ(setup->windowTitle(), QStringLiteral("Welcome to Tansiq"));
    EXPECT_EQ(m_store->value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
}

TEST_F(FirstRun, SettingUpAFieldOfficeGivesAnEmptyRegistryWithTheGazetteerAndSavesItsRequest)
{
    m_display->setLanguage(QStringLiteral("en"));
    auto setup = assistant();
    setup->next();
    ASSERT_EQ(setup->stepId(), QStringLiteral("choice"));
    setup->choiceStep()->registryButton()->click();
    ASSERT_EQ(setup->stepId(), QStringLiteral("office"));
    ui::setup::OfficeStep* office = setup->officeStep();
    office->arabicName()->setText(QStringLiteral("مكتب حلب الميداني"));
    office->englishName()->setText(QStringLiteral("Aleppo field office"));
    office->fieldOffice()->click();
    office->passphrase()->setText(QStringLiteral("eleven char"));
    office->repeat()->setText(QStringLiteral("eleven char"));
    setup->next(); // refused: 11 characters
    EXPECT_EQ(setup->stepId(), QStringLiteral("office"));
    EXPECT_TRUE(office->message().contains(QStringLiteral("at least 12")))
        << office->message().toStdString();
    EXPECT_FALSE(QFile::exists(registryPath()));
    office->passphrase()->setText(QStringLiteral("river bridge orchard"));
    office->repeat()->setText(QStringLiteral("river bridge orchard"));
    setup->next();
    waitWhileBusy(*setup);
    ASSERT_EQ(setup->stepId(), QStringLiteral("ready")) << office->message().toStdString();

    // The fingerprint to read out by phone, in groups.
    const QString fingerprint = setup->readyStep()->fingerprintLabel()->text();
    EXPECT_GE(fingerprint.count(QStringLiteral("  ")), 3) << fingerprint.toStdString();
    m_prompts.savePath = m_profile.filePath(QStringLiteral("usb/aleppo.tqr"));
    QDir().mkpath(m_profile.filePath(QStringLiteral("usb")));
    setup->readyStep()->saveRequestButton()->click();
    waitWhileBusy(*setup);
    EXPECT_TRUE(QFile::exists(m_prompts.savePath));
    EXPECT_TRUE(setup->readyStep()->requestStatus()->text().contains(QStringLiteral("aleppo.tqr")));
    // The request is what the head office reads: the office's name and the same fingerprint.
    {
        QFile file(m_prompts.savePath);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const auto entry = sync::enrolment::readRequest(file.readAll());
        ASSERT_TRUE(entry.ok()) << entry.errorText().toStdString();
        EXPECT_EQ(entry->name, QStringLiteral("مكتب حلب الميداني"));
        EXPECT_TRUE(fingerprint.contains(
            entry->fingerprint().replace(QLatin1Char('-'), QStringLiteral("  "))));
    }
    setup->next();
    EXPECT_EQ(setup->result(), int(QDialog::Accepted));
    EXPECT_EQ(setup->chosenPath(), registryPath());
    EXPECT_FALSE(setup->chosenSample());

    const RegistryStats stats = statsOf(registryPath());
    EXPECT_EQ(stats.organisations, 0);
    EXPECT_EQ(stats.projects, 0);
    EXPECT_EQ(stats.activities, 0);
    EXPECT_EQ(stats.needs, 0);
    EXPECT_EQ(stats.adminUnits[0], 1);
    EXPECT_EQ(stats.adminUnits[1], 14);
    EXPECT_EQ(stats.adminUnits[2], 62);
    EXPECT_EQ(stats.adminUnits[3], 272);
    EXPECT_GT(stats.sectors, 0);
    auto db = Database::open(registryPath());
    ASSERT_TRUE(db.ok());
    EXPECT_FALSE(sampledata::isSample(*db.value()));
    EXPECT_EQ(LocalOffice::setting(*db.value(), QStringLiteral("office_name_en")),
        QStringLiteral("Aleppo field office"));
    EXPECT_FALSE(QFile::exists(samplePath()));
}

TEST_F(FirstRun, SettingUpTheHeadOfficeShowsItsFingerprintAndTheTitleNamesIt)
{
    m_display->setLanguage(QStringLiteral("en"));
    auto setup = assistant();
    setup->next();
    setup->choiceStep()->registryButton()->click();
    ui::setup::OfficeStep* office = setup->officeStep();
    office->arabicName()->setText(QStringLiteral("المكتب الرئيسي"));
    office->headOffice()->click();
    office->passphrase()->setText(QStringLiteral("twelve chars"));
    office->repeat()->setText(QStringLiteral("twelve charz"));
    setup->next(); // the two differ
    EXPECT_TRUE(office->message().contains(QStringLiteral("not the same")));
    office->repeat()->setText(QStringLiteral("twelve chars"));
    setup->next();
    // The head office's certification key: a file of its own with a passphrase of its own
    // (HeadOfficeKeyTest.cpp tests this step).
    ASSERT_EQ(setup->stepId(), QStringLiteral("certification"));
    QTemporaryDir stick;
    m_prompts.savePath = stick.filePath(QStringLiteral("root.key"));
    setup->certificationStep()->chooseButton()->click();
    setup->certificationStep()->passphrase()->setText(QStringLiteral("apricot well 1957"));
    setup->certificationStep()->repeat()->setText(QStringLiteral("apricot well 1957"));
    setup->next();
    waitWhileBusy(*setup);
    ASSERT_EQ(setup->stepId(), QStringLiteral("ready"))
        << setup->certificationStep()->message().toStdString();
    EXPECT_FALSE(setup->readyStep()->saveRequestButton()->isVisible());
    EXPECT_FALSE(setup->readyStep()->fingerprintLabel()->text().isEmpty());
    setup->next();

    ui::SessionHost host(*m_store, *m_display, m_prompts, m_clock);
    ASSERT_TRUE(host.open(setup->chosenPath(), false).ok());
    EXPECT_TRUE(host.session()->window().windowTitle().contains(QStringLiteral("المكتب الرئيسي")));
    EXPECT_FALSE(host.session()->window().isSampleData());
    sync::Roster roster(host.workspace()->database());
    EXPECT_EQ(roster.headOfficeId(),
        QUuid(LocalOffice::setting(host.workspace()->database(), QStringLiteral("office_id"))));
}

TEST_F(FirstRun, InArabicTheSampleIsCountedInArabicIndicDigits)
{
    m_display->setLanguage(QStringLiteral("ar"));
    m_language.apply(QStringLiteral("ar"));
    auto setup = assistant();
    setup->next();
    setup->choiceStep()->sampleButton()->click();
    waitWhileBusy(*setup);
    ASSERT_EQ(setup->stepId(), QStringLiteral("ready"));
    // "300 invented activities…" read "300" in Latin digits in an Arabic sentence.
    QString shown;
    for (const QLabel* label : setup->readyStep()->findChildren<QLabel*>())
        shown += label->text() + QLatin1Char('\n');
    EXPECT_TRUE(shown.contains(QStringLiteral("٣٠٠"))) << shown.toStdString();
    EXPECT_FALSE(shown.contains(QStringLiteral("300"))) << shown.toStdString();
    // The file's path keeps its order in the Arabic sentence ("/…/sample-data.db", the slash
    // first): it stands in a left-to-right isolate.
    EXPECT_TRUE(
        shown.contains(QChar(0x2066) + QDir::toNativeSeparators(samplePath()) + QChar(0x2069)))
        << shown.toStdString();
}

TEST_F(FirstRun, SampleDataIsASeparateMarkedFileFromWhichNoBundleCanBeExported)
{
    m_display->setLanguage(QStringLiteral("en"));
    auto setup = assistant();
    setup->next();
    setup->choiceStep()->sampleButton()->click();
    EXPECT_EQ(setup->stepId(), QStringLiteral("working"));
    waitWhileBusy(*setup);
    ASSERT_EQ(setup->stepId(), QStringLiteral("ready"));
    setup->next();
    EXPECT_TRUE(setup->chosenSample());
    EXPECT_EQ(setup->chosenPath(), samplePath());
    EXPECT_FALSE(QFile::exists(registryPath())); // never the office registry
    EXPECT_EQ(statsOf(samplePath()).activities, 300);

    ui::SessionHost host(*m_store, *m_display, m_prompts, m_clock);
    ASSERT_TRUE(host.open(samplePath(), false).ok());
    ui::MainWindow& window = host.session()->window();
    EXPECT_TRUE(window.isSampleData());
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("Sample data")))
        << window.windowTitle().toStdString();
    auto* mark = named<QLabel>(*window.statusBar(), "sampleDataMark");
    ASSERT_NE(mark, nullptr);
    EXPECT_EQ(mark->text(), QStringLiteral("Sample data"));
    m_display->setLanguage(QStringLiteral("ar"));
    QCoreApplication::processEvents(); // the language change reaches the window as an event
    EXPECT_EQ(mark->text(), QStringLiteral("بيانات تجريبية"));
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("بيانات تجريبية")));

    // Even made into an office, the sample refuses to make a bundle (core, not the window).
    Workspace& sample = *host.workspace();
    const auto keys = sync::enrolment::initOffice(sample.database(), QStringLiteral("Sample HO"),
        true, "river bridge orchard", m_clock.nowMs());
    ASSERT_TRUE(keys.ok());
    sync::SyncContext context(sample.registry(), m_clock);
    sync::Exporter exporter(context);
    const QString bundle = m_profile.filePath(QStringLiteral("out.tansiq"));
    const auto exported = exporter.writeTo(context.officeId(), keys.value(), bundle);
    ASSERT_FALSE(exported.ok());
    EXPECT_EQ(exported.issues().first().code, QStringLiteral("sample-data-export"));
    EXPECT_FALSE(QFile::exists(bundle));
}

TEST_F(FirstRun, CancellingTheSampleLeavesNoFileAndGoesBackToTheChoice)
{
    m_display->setLanguage(QStringLiteral("en"));
    auto setup = assistant();
    setup->setSampleActivities(500'000); // long enough to cancel halfway
    setup->next();
    setup->choiceStep()->sampleButton()->click();
    ASSERT_TRUE(setup->busy());
    setup->cancelButton()->click();
    waitWhileBusy(*setup);
    EXPECT_EQ(setup->stepId(), QStringLiteral("choice"));
    EXPECT_FALSE(QFile::exists(samplePath()));
    EXPECT_TRUE(setup->isVisible());
}

} // namespace
} // namespace tansiq::test
