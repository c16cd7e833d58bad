// The 4W import wizard and export dialog, driven as a user would (File menu → steps), on the
// partner-file fixtures of tests/fixtures/interop.

#include "ui/interop/ImportWizard.h"

#include "core/registry/Registry.h"
#include "core/storage/Database.h"
#include "tests/support/DatabaseDump.h"
#include "tests/ui/GuiFixture.h"
#include "ui/common/SnapshotService.h"
#include "ui/interop/ColumnMappingModel.h"
#include "ui/interop/ColumnMappingPage.h"
#include "ui/interop/ImportDetectionPage.h"
#include "ui/interop/ImportFilePage.h"
#include "ui/interop/ImportReviewPage.h"
#include "ui/interop/InteropActions.h"
#include "ui/interop/ValueChoicesPanel.h"
#include "ui/registry/OrganisationCombo.h"
#include "ui/shell/MainWindow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>

namespace tansiq::test {

namespace {

QString interopFixture(const char* name)
{
    return fixturePath(QStringLiteral("interop/") + QLatin1String(name));
}

void waitWhileBusy(const ui::ImportWizard& wizard)
{
    QDeadlineTimer deadline(30000);
    while (wizard.busy() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    QCoreApplication::processEvents();
}

} // namespace

class ImportWizardTest : public GuiFixture {
protected:
    void SetUp() override
    {
        GuiFixture::SetUp();
        Registry& registry = workspace().registry();
        const auto add = [&](const char* acronym, const char* en, const char* ar) {
            Organisation org;
            org.acronym = QString::fromUtf8(acronym);
            org.nameEn = QString::fromUtf8(en);
            org.nameAr = QString::fromUtf8(ar);
            auto created = registry.organisations().create(org);
            EXPECT_TRUE(created.ok()) << created.errorText().toStdString();
            return created.ok() ? created.value() : QUuid();
        };
        add("SARC", "Syrian Arab Red Crescent", "الهلال الأحمر العربي السوري");
        m_jsr = add("JSR", "Jusoor Relief", "جسور للإغاثة");
        add("UNICEF", "United Nations Children's Fund", "منظمة الأمم المتحدة للطفولة");
        settle();
    }

    ui::InteropActions& actions() { return *named<ui::InteropActions>(window(), "interopActions"); }

    // Opens the wizard from the File menu (it is window-modal: the test keeps running).
    ui::ImportWizard& openWizard(const QString& path, const QUuid& partner = {})
    {
        actions().importAction()->trigger();
        ui::ImportWizard& wizard = *newest<ui::ImportWizard>(window(), "importWizard");
        EXPECT_TRUE(wizard.isVisible());
        wizard.filePage().setPath(path);
        if (!partner.isNull())
            wizard.filePage().partner()->setOrganisationId(partner);
        return wizard;
    }

    void nextAndWait(ui::ImportWizard& wizard)
    {
        wizard.nextButton()->click();
        waitWhileBusy(wizard);
    }

    static QString count(ui::ImportWizard& wizard, interop::RowAction action)
    {
        return wizard.reviewPage().countLabel(action)->text();
    }

    qint64 activities() { return workspace().registry().activities().count(); }

    QUuid m_jsr;
};

TEST_F(ImportWizardTest, FileMenuOffersImportAndExportWithShortcuts)
{
    QAction* import = actions().importAction();
    QAction* exportAction = actions().exportAction();
    EXPECT_EQ(import->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    EXPECT_EQ(exportAction->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    const QList<QAction*> menus = window().menuBar()->actions();
    ASSERT_FALSE(menus.isEmpty());
    const QList<QAction*> file = menus.first()->menu()->actions();
    EXPECT_TRUE(file.contains(import));
    EXPECT_TRUE(file.contains(exportAction));
    EXPECT_TRUE(import->text().contains(QStringLiteral("Import")));
}

TEST_F(ImportWizardTest, TaggedFileIsReviewedThenAppliedAndThePagesRefresh)
{
    const qint64 before = activities();
    ui::ImportWizard& wizard = openWizard(interopFixture("arabic_headers_hxl.csv"));
    nextAndWait(wizard);
    ASSERT_EQ(wizard.step(), ui::ImportWizard::DetectionStep)
        << wizard.filePage().problem().toStdString();
    const QString detected = wizard.detectionPage().text();
    EXPECT_TRUE(detected.contains(QStringLiteral("found in row 2"))) << detected.toStdString();
    EXPECT_TRUE(detected.contains(QStringLiteral("UTF-8"))) << detected.toStdString();
    EXPECT_TRUE(detected.contains(QStringLiteral("#population+total"))); // ignored column

    nextAndWait(wizard);
    ASSERT_EQ(wizard.step(), ui::ImportWizard::ReviewStep);
    EXPECT_EQ(count(wizard, interop::RowAction::Create), QStringLiteral("4"));
    EXPECT_EQ(count(wizard, interop::RowAction::Error), QStringLiteral("0"));
    EXPECT_EQ(wizard.reviewPage().rows()->model()->rowCount(), 4);
    EXPECT_TRUE(wizard.nextButton()->isEnabled());
    EXPECT_EQ(activities(), before); // the review wrote nothing

    const quint64 generation = session().context().snapshots.generation();
    nextAndWait(wizard);
    ASSERT_EQ(wizard.step(), ui::ImportWizard::ResultStep);
    EXPECT_TRUE(wizard.resultText().contains(QStringLiteral("4 activities created")))
        << wizard.resultText().toStdString();
    EXPECT_EQ(activities(), before + 4);
    QDeadlineTimer deadline(20000); // the analysis snapshot is rebuilt after a short pause
    while (session().context().snapshots.generation() == generation && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    EXPECT_GT(session().context().snapshots.generation(), generation);
}

TEST_F(ImportWizardTest, FileWithoutTagsIsMappedAndTheMappingIsRememberedForThePartner)
{
    const qint64 before = activities();
    ui::ImportWizard& first = openWizard(interopFixture("no_tag_row.csv"), m_jsr);
    nextAndWait(first);
    ASSERT_EQ(first.step(), ui::ImportWizard::DetectionStep);
    EXPECT_TRUE(first.detectionPage().text().contains(QStringLiteral("not found")))
        << first.detectionPage().text().toStdString();
    nextAndWait(first);
    ASSERT_EQ(first.step(), ui::ImportWizard::MappingStep);
    EXPECT_EQ(first.mappingPage().headerRowBox()->value(), 2); // under the title row
    ui::ColumnMappingModel& model = first.mappingPage().model();
    ASSERT_EQ(model.rowCount(), 6);
    EXPECT_EQ(model.mappedCount(), 0);
    // Going on without a mapping is refused with a message, not a crash or a write.
    nextAndWait(first);
    EXPECT_EQ(first.step(), ui::ImportWizard::MappingStep);
    EXPECT_FALSE(first.mappingPage().problem().isEmpty());
    const std::pair<const char*, const char*> chosen[]
        = { { "Cluster", "#sector+cluster+code" }, { "Subdistrict code", "#adm3+code" },
              { "Activity start", "#date+start" }, { "Month of report", "#date+reported" },
              { "Total beneficiaries", "#reached+ind" } }; // "Remarks" stays ignored
    for (const auto& [header, tag] : chosen)
        ASSERT_TRUE(
            model.setTag(model.rowOfHeader(QString::fromUtf8(header)), QString::fromUtf8(tag)));
    nextAndWait(first);
    ASSERT_EQ(first.step(), ui::ImportWizard::ReviewStep)
        << first.mappingPage().problem().toStdString();
    EXPECT_EQ(count(first, interop::RowAction::Create), QStringLiteral("2"));
    nextAndWait(first);
    ASSERT_EQ(first.step(), ui::ImportWizard::ResultStep);
    EXPECT_TRUE(first.resultText().contains(QStringLiteral("remembered")))
        << first.resultText().toStdString();
    EXPECT_EQ(activities(), before + 2);
    first.close();

    // Next month's file from the same partner: the mapping step comes pre-filled.
    QFile october(interopFixture("no_tag_row.csv"));
    ASSERT_TRUE(october.open(QIODevice::ReadOnly));
    QTemporaryDir dir;
    const QString november = dir.filePath(QStringLiteral("november.csv"));
    QFile out(november);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(october.readAll().replace("2026-10", "2026-11"));
    out.close();
    ui::ImportWizard& second = openWizard(november, m_jsr);
    nextAndWait(second);
    nextAndWait(second);
    ASSERT_EQ(second.step(), ui::ImportWizard::MappingStep);
    ui::ColumnMappingModel& remembered = second.mappingPage().model();
    for (const auto& [header, tag] : chosen)
        EXPECT_EQ(remembered.tagAt(remembered.rowOfHeader(QString::fromUtf8(header))),
            QString::fromUtf8(tag))
            << header;
    EXPECT_EQ(remembered.tagAt(remembered.rowOfHeader(QStringLiteral("Remarks"))), QString());
    nextAndWait(second);
    ASSERT_EQ(second.step(), ui::ImportWizard::ReviewStep);
    EXPECT_EQ(count(second, interop::RowAction::Create), QStringLiteral("2"));
    EXPECT_EQ(count(second, interop::RowAction::Error), QStringLiteral("0"));
}

TEST_F(ImportWizardTest, MalformedFilesShowAReadableMessageAndWriteNothing)
{
    const QString dump = logicalDump(workspace().database());
    QTemporaryDir dir;
    const QString binary = dir.filePath(QStringLiteral("photo.csv"));
    QFile file(binary);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    for (int i = 0; i < 4096; ++i)
        file.putChar(char(i * 37 % 256));
    file.close();
    for (const QString& path : { interopFixture("truncated.xlsx"), binary }) {
        ui::ImportWizard& wizard = openWizard(path);
        nextAndWait(wizard);
        EXPECT_EQ(wizard.step(), ui::ImportWizard::FileStep) << path.toStdString();
        const QString problem = wizard.filePage().problem();
        EXPECT_TRUE(problem.contains(QFileInfo(path).fileName())) << problem.toStdString();
        EXPECT_TRUE(problem.contains(QStringLiteral("Nothing was written")))
            << problem.toStdString();
        wizard.close();
    }
    EXPECT_EQ(logicalDump(workspace().database()), dump);
}

TEST_F(ImportWizardTest, UnmatchedNamesAreListedWithSuggestionsAndImportIsRefused)
{
    ui::ImportWizard& wizard = openWizard(interopFixture("unknown_places.csv"));
    nextAndWait(wizard);
    nextAndWait(wizard);
    ASSERT_EQ(wizard.step(), ui::ImportWizard::ReviewStep);
    EXPECT_EQ(count(wizard, interop::RowAction::Create), QStringLiteral("2"));
    EXPECT_EQ(count(wizard, interop::RowAction::Error), QStringLiteral("3"));
    QAbstractItemModel* unmatched = wizard.reviewPage().unmatched()->model();
    ASSERT_EQ(unmatched->rowCount(), 3);
    EXPECT_EQ(unmatched->index(2, 1).data().toString(), QStringLiteral("SARCC"));
    ASSERT_TRUE(wizard.reviewPage().valueChoices().selectValue(
        QStringLiteral("organisation"), QStringLiteral("SARCC")));
    ASSERT_GT(wizard.reviewPage().valueChoices().suggestions()->count(), 0);
    EXPECT_TRUE(wizard.reviewPage().valueChoices().suggestions()->itemText(0).contains(
        QStringLiteral("SARC")));
    wizard.reviewPage().problemsOnly()->setChecked(true);
    EXPECT_EQ(wizard.reviewPage().rows()->model()->rowCount(), 3);
    EXPECT_FALSE(wizard.nextButton()->isEnabled());
    EXPECT_TRUE(wizard.reviewPage().verdict().contains(QStringLiteral("Rows with errors: 3")));
}

TEST_F(ImportWizardTest, CancelDuringApplyLeavesTheDatabaseUnchanged)
{
    ui::ImportWizard& wizard = openWizard(interopFixture("arabic_headers_hxl.csv"));
    nextAndWait(wizard);
    nextAndWait(wizard);
    ASSERT_EQ(wizard.step(), ui::ImportWizard::ReviewStep);
    const QString dump = logicalDump(workspace().database());
    // Another writer holds the database, so the import waits for it: Cancel arrives mid-apply.
    ASSERT_TRUE(workspace().database().execScript("BEGIN IMMEDIATE").ok());
    wizard.nextButton()->click();
    QCoreApplication::processEvents();
    ASSERT_TRUE(wizard.busy());
    EXPECT_FALSE(wizard.nextButton()->isEnabled());
    wizard.cancelButton()->click();
    EXPECT_TRUE(wizard.isVisible()); // Cancel stops the work, not the wizard
    ASSERT_TRUE(workspace().database().execScript("ROLLBACK").ok());
    waitWhileBusy(wizard);
    ASSERT_EQ(wizard.step(), ui::ImportWizard::ResultStep);
    EXPECT_TRUE(wizard.resultText().contains(QStringLiteral("cancelled")))
        << wizard.resultText().toStdString();
    EXPECT_EQ(logicalDump(workspace().database()), dump);
    // Back to the review: the same plan can still be imported.
    EXPECT_TRUE(wizard.backButton()->isEnabled());
    wizard.backButton()->click();
    EXPECT_EQ(wizard.step(), ui::ImportWizard::ReviewStep);
}

// Renders every step in English and Arabic (PNG files in $TANSIQ_WIZARD_SHOTS when set, for
// looking at them) and checks that the Arabic wizard mirrors: the forward button sits on the
// reading side's end, i.e. left of "Back".
TEST_F(ImportWizardTest, EveryStepRendersInBothLanguagesAndArabicMirrors)
{
    QTemporaryDir scratch;
    const QString dir = qEnvironmentVariableIsSet("TANSIQ_WIZARD_SHOTS")
        ? qEnvironmentVariable("TANSIQ_WIZARD_SHOTS")
        : scratch.path();
    QDir().mkpath(dir);
    for (const QString& lang : { QStringLiteral("en"), QStringLiteral("ar") }) {
        display().setLanguage(lang);
        settle();
        ui::ImportWizard& wizard = openWizard(interopFixture("no_tag_row.csv"), m_jsr);
        int shot = 0;
        const auto grab = [&](const char* name) {
            QCoreApplication::processEvents();
            const QString file = QStringLiteral("%1/%2-%3-%4.png")
                                     .arg(dir, lang)
                                     .arg(++shot)
                                     .arg(QLatin1String(name));
            const QImage image = wizard.grab().toImage();
            EXPECT_FALSE(image.isNull());
            image.save(file);
        };
        grab("file");
        nextAndWait(wizard);
        grab("detected");
        nextAndWait(wizard);
        ui::ColumnMappingModel& model = wizard.mappingPage().model();
        model.setTag(
            model.rowOfHeader(QStringLiteral("Cluster")), QStringLiteral("#sector+cluster+code"));
        model.setTag(
            model.rowOfHeader(QStringLiteral("Subdistrict code")), QStringLiteral("#adm3+code"));
        model.setTag(
            model.rowOfHeader(QStringLiteral("Activity start")), QStringLiteral("#date+start"));
        model.setTag(
            model.rowOfHeader(QStringLiteral("Month of report")), QStringLiteral("#date+reported"));
        grab("mapping");
        nextAndWait(wizard);
        ASSERT_EQ(wizard.step(), ui::ImportWizard::ReviewStep)
            << wizard.mappingPage().problem().toStdString();
        grab("review");
        const bool arabic = lang == u"ar";
        EXPECT_EQ(wizard.layoutDirection(), arabic ? Qt::RightToLeft : Qt::LeftToRight);
        EXPECT_EQ(wizard.nextButton()->x() < wizard.backButton()->x(), arabic);
        wizard.close();

        ui::ImportWizard& errors = openWizard(interopFixture("unknown_places.csv"));
        nextAndWait(errors);
        nextAndWait(errors);
        const QImage review = errors.grab().toImage();
        review.save(QStringLiteral("%1/%2-%3-review-errors.png").arg(dir, lang).arg(++shot));
        errors.close();
        actions().exportAction()->trigger();
        QWidget* exportDialog = newest<QDialog>(window(), "exportDialog");
        ASSERT_NE(exportDialog, nullptr);
        QCoreApplication::processEvents();
        exportDialog->grab().save(QStringLiteral("%1/%2-%3-export.png").arg(dir, lang).arg(++shot));
        exportDialog->close();
        QCoreApplication::processEvents();
    }
    display().setLanguage(QStringLiteral("en"));
}

} // namespace tansiq::test
