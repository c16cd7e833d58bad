// Issue 15 in the import wizard: a partner's first monthly file (month in the title, new
// organisations, an activity name Tansiq cannot guess, a place the gazetteer lacks) resolved
// once in the review step, and the next month's file imported without a question.

#include "core/interop/ImportPlan.h"
#include "core/registry/Registry.h"
#include "tests/support/DatabaseDump.h"
#include "tests/ui/GuiFixture.h"
#include "ui/interop/ImportFilePage.h"
#include "ui/interop/ImportReviewPage.h"
#include "ui/interop/ImportWizard.h"
#include "ui/interop/InteropActions.h"
#include "ui/interop/ValueChoicesPanel.h"
#include "ui/shell/MainWindow.h"

#include <QAction>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>

namespace tansiq::test {

namespace {

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

class PartnerValuesWizardTest : public GuiFixture {
protected:
    void SetUp() override
    {
        GuiFixture::SetUp();
        Organisation sarc;
        sarc.acronym = QStringLiteral("SARC");
        sarc.nameEn = QStringLiteral("Syrian Arab Red Crescent");
        sarc.nameAr = QStringLiteral("الهلال الأحمر العربي السوري");
        ASSERT_TRUE(workspace().registry().organisations().create(sarc).ok());
        settle();
    }

    ui::ImportWizard& openWizard(const char* fixture)
    {
        named<ui::InteropActions>(window(), "interopActions")->importAction()->trigger();
        ui::ImportWizard& wizard = *newest<ui::ImportWizard>(window(), "importWizard");
        wizard.filePage().setPath(fixturePath(QStringLiteral("interop/") + QLatin1String(fixture)));
        next(wizard); // read and check
        next(wizard); // what the file holds → review
        EXPECT_EQ(wizard.step(), ui::ImportWizard::ReviewStep);
        return wizard;
    }
    static void next(ui::ImportWizard& wizard)
    {
        wizard.nextButton()->click();
        waitWhileBusy(wizard);
    }
    static QString count(ui::ImportWizard& wizard, interop::RowAction action)
    {
        return wizard.reviewPage().countLabel(action)->text();
    }
    static void choose(
        ui::ValueChoicesPanel& panel, const char* kind, const char* value, QPushButton* button)
    {
        ASSERT_TRUE(panel.selectValue(QLatin1String(kind), QString::fromUtf8(value))) << value;
        ASSERT_TRUE(button->isEnabled()) << value;
        button->click();
    }

    // Resolves September's values as a coordinator would; returns the screenshot of the step.
    QImage resolveSeptember(ui::ImportWizard& wizard)
    {
        ui::ImportReviewPage& review = wizard.reviewPage();
        ui::ValueChoicesPanel& panel = review.valueChoices();
        EXPECT_EQ(review.monthEdit()->text(), QStringLiteral("2026-09")); // proposed from the title
        EXPECT_EQ(panel.valueCount(), 4);
        EXPECT_FALSE(wizard.nextButton()->isEnabled());

        // The picker filters as you type, Latin or Arabic, folded (التوعيه finds التوعية).
        EXPECT_TRUE(panel.selectValue(
            QStringLiteral("activity-type"), QStringLiteral("جلسات توعية للأطفال")));
        panel.pickerFilter()->setText(QStringLiteral("awareness"));
        EXPECT_EQ(panel.picker()->model()->rowCount(), 1);
        panel.pickerFilter()->setText(QStringLiteral("جلسات التوعيه"));
        EXPECT_EQ(panel.picker()->model()->rowCount(), 1);
        EXPECT_TRUE(panel.picker()->model()->index(0, 0).data().toString().contains(
            QStringLiteral("PRT-AWR")));
        // ... but the suggestion is already the right one: take it.
        EXPECT_TRUE(panel.suggestions()->currentText().contains(QStringLiteral("PRT-AWR")))
            << panel.suggestions()->currentText().toStdString();
        choose(panel, "activity-type", "جلسات توعية للأطفال", panel.useSuggestionButton());
        choose(panel, "organisation", "منظمة الأمل للتنمية", panel.createButton());
        choose(panel, "organisation", "جمعية البر الخيرية", panel.createButton());
        EXPECT_TRUE(panel.selectValue(QStringLiteral("place"), QStringLiteral("مزرعة الرشيد")));
        EXPECT_FALSE(panel.createButton()->isVisible()); // places are not made from files
        choose(panel, "place", "مزرعة الرشيد", panel.skipButton());
        EXPECT_FALSE(wizard.nextButton()->isEnabled()); // check again first
        QCoreApplication::processEvents();
        const QImage chosen = wizard.grab().toImage();
        review.recheckButton()->click();
        waitWhileBusy(wizard);
        return chosen;
    }
};

TEST_F(PartnerValuesWizardTest, FirstMonthResolvedOnceNextMonthImportsWithoutQuestions)
{
    const qint64 activitiesBefore = workspace().registry().activities().count();
    const qsizetype organisationsBefore = workspace().registry().organisations().list().size();
    ui::ImportWizard& september = openWizard("partner_sep_1256.csv");
    ASSERT_EQ(september.step(), ui::ImportWizard::ReviewStep);
    const QString before = logicalDump(workspace().database());
    resolveSeptember(september);
    EXPECT_EQ(logicalDump(workspace().database()), before); // checking writes nothing
    EXPECT_EQ(count(september, interop::RowAction::Create), QStringLiteral("5"));
    EXPECT_EQ(count(september, interop::RowAction::Skipped), QStringLiteral("1"));
    EXPECT_EQ(count(september, interop::RowAction::Error), QStringLiteral("0"));
    ASSERT_TRUE(september.nextButton()->isEnabled())
        << september.reviewPage().verdict().toStdString();
    next(september);
    ASSERT_EQ(september.step(), ui::ImportWizard::ResultStep);
    EXPECT_TRUE(september.resultText().contains(QStringLiteral("5 activities created")))
        << september.resultText().toStdString();
    EXPECT_TRUE(september.resultText().contains(QStringLiteral("2 organisations")))
        << september.resultText().toStdString();
    september.close();
    EXPECT_EQ(workspace().registry().activities().count(), activitiesBefore + 5);
    EXPECT_EQ(workspace().registry().organisations().list().size(), organisationsBefore + 2);

    ui::ImportWizard& october = openWizard("partner_oct_semicolon.csv");
    ASSERT_EQ(october.step(), ui::ImportWizard::ReviewStep);
    EXPECT_EQ(october.reviewPage().valueChoices().valueCount(), 0); // no questions
    EXPECT_EQ(october.reviewPage().monthEdit()->text(), QStringLiteral("2026-10"));
    EXPECT_EQ(count(october, interop::RowAction::Create), QStringLiteral("5"));
    EXPECT_EQ(count(october, interop::RowAction::Skipped), QStringLiteral("1"));
    ASSERT_TRUE(october.nextButton()->isEnabled());
    next(october);
    ASSERT_EQ(october.step(), ui::ImportWizard::ResultStep);
    october.close();
    EXPECT_EQ(workspace().registry().activities().count(), activitiesBefore + 10);
}

// A file naming no month: the review says so and the month typed there is used.
TEST_F(PartnerValuesWizardTest, AMonthTypedInTheReviewIsUsedForTheWholeFile)
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("no_month.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(
        "#org+impl+id,#sector+code,#adm3+code,#date+start\r\nSARC,HLT,SY090301,2026-07-01\r\n");
    file.close();
    named<ui::InteropActions>(window(), "interopActions")->importAction()->trigger();
    ui::ImportWizard& wizard = *newest<ui::ImportWizard>(window(), "importWizard");
    wizard.filePage().setPath(path);
    next(wizard);
    next(wizard);
    ASSERT_EQ(wizard.step(), ui::ImportWizard::ReviewStep);
    EXPECT_FALSE(wizard.nextButton()->isEnabled());
    EXPECT_TRUE(wizard.reviewPage().monthEdit()->text().isEmpty());
    wizard.reviewPage().monthEdit()->setText(QStringLiteral("2026-07"));
    wizard.reviewPage().recheckButton()->click();
    waitWhileBusy(wizard);
    EXPECT_EQ(count(wizard, interop::RowAction::Create), QStringLiteral("1"));
    ASSERT_TRUE(wizard.nextButton()->isEnabled()) << wizard.reviewPage().verdict().toStdString();
    const qint64 before = workspace().registry().activities().count();
    next(wizard);
    ASSERT_EQ(wizard.step(), ui::ImportWizard::ResultStep);
    EXPECT_EQ(workspace().registry().activities().count(), before + 1);
}

// The review step in Arabic, with choices made (PNG in $TANSIQ_WIZARD_SHOTS when set): right
// to left, and the values and choices are listed.
TEST_F(PartnerValuesWizardTest, ReviewStepInArabicMirrors)
{
    display().setLanguage(QStringLiteral("ar"));
    settle();
    ui::ImportWizard& wizard = openWizard("partner_sep_1256.csv");
    QCoreApplication::processEvents();
    const QImage chosen = wizard.grab().toImage(); // the values to resolve, before any choice
    EXPECT_FALSE(chosen.isNull());
    EXPECT_EQ(wizard.reviewPage().valueChoices().valueCount(), 4);
    EXPECT_EQ(wizard.layoutDirection(), Qt::RightToLeft);
    EXPECT_TRUE(wizard.nextButton()->x() < wizard.backButton()->x());
    if (qEnvironmentVariableIsSet("TANSIQ_WIZARD_SHOTS")) {
        const QString dir = qEnvironmentVariable("TANSIQ_WIZARD_SHOTS");
        QDir().mkpath(dir);
        chosen.save(dir + QStringLiteral("/ar-values-chosen.png"));
        wizard.grab().save(dir + QStringLiteral("/ar-values-checked.png"));
    }
    wizard.close();
    display().setLanguage(QStringLiteral("en"));
}

// Issue 15: in Arabic the suggestions and the "pick any known value" list of an Arabic-only
// partner file were empty. Both are filled, the picker filters in Arabic, and organisations
// created from the file keep their Arabic name only (no English name or acronym invented).
TEST_F(PartnerValuesWizardTest, InArabicUnmatchedValuesHaveSuggestionsAndAPicker)
{
    display().setLanguage(QStringLiteral("ar"));
    settle();
    ui::ImportWizard& wizard = openWizard("partner_sep_1256.csv");
    ASSERT_EQ(wizard.step(), ui::ImportWizard::ReviewStep);
    ui::ValueChoicesPanel& panel = wizard.reviewPage().valueChoices();
    ASSERT_EQ(panel.valueCount(), 4);
    // The first value is selected as the step opens, with the organisations to pick from.
    EXPECT_EQ(panel.table()->selectionModel()->selectedRows().size(), 1);
    EXPECT_GT(panel.picker()->model()->rowCount(), 0);
    EXPECT_TRUE(panel.createButton()->isEnabled());
    ASSERT_TRUE(
        panel.selectValue(QStringLiteral("activity-type"), QStringLiteral("جلسات توعية للأطفال")));
    ASSERT_EQ(panel.table()->selectionModel()->selectedRows().size(), 1)
        << "selecting a row failed right to left";
    ASSERT_GT(panel.suggestions()->count(), 0) << "no suggestion in Arabic";
    EXPECT_TRUE(panel.suggestions()->currentText().contains(QStringLiteral("PRT-AWR")))
        << panel.suggestions()->currentText().toStdString();
    EXPECT_TRUE(panel.useSuggestionButton()->isEnabled());
    EXPECT_GT(panel.picker()->model()->rowCount(), 1) << "the picker lists every activity type";
    panel.pickerFilter()->setText(QStringLiteral("جلسات التوعيه"));
    EXPECT_EQ(panel.picker()->model()->rowCount(), 1);
    // Switching the language while the step is open keeps the selected value's choices.
    display().setLanguage(QStringLiteral("en"));
    settle();
    display().setLanguage(QStringLiteral("ar"));
    settle();
    EXPECT_GT(panel.suggestions()->count(), 0) << "a language change emptied the suggestions";
    EXPECT_GT(panel.picker()->model()->rowCount(), 0);

    choose(panel, "activity-type", "جلسات توعية للأطفال", panel.useSuggestionButton());
    choose(panel, "organisation", "منظمة الأمل للتنمية", panel.createButton());
    choose(panel, "organisation", "جمعية البر الخيرية", panel.createButton());
    choose(panel, "place", "مزرعة الرشيد", panel.skipButton());
    wizard.reviewPage().recheckButton()->click();
    waitWhileBusy(wizard);
    ASSERT_TRUE(wizard.nextButton()->isEnabled()) << wizard.reviewPage().verdict().toStdString();
    next(wizard);
    ASSERT_EQ(wizard.step(), ui::ImportWizard::ResultStep);
    wizard.close();
    bool found = false;
    for (const Organisation& org : workspace().registry().organisations().list()) {
        if (org.nameAr != QStringLiteral("منظمة الأمل للتنمية"))
            continue;
        found = true;
        EXPECT_TRUE(org.nameEn.isEmpty()) << org.nameEn.toStdString();
        EXPECT_TRUE(org.acronym.isEmpty()) << org.acronym.toStdString();
    }
    EXPECT_TRUE(found);
    display().setLanguage(QStringLiteral("en"));
}

// Issue 15: the review step at the wizard's own size and at 1366×768, in both languages: the
// values table and every control of the choices are visible and none overlaps another
// (PNGs in $TANSIQ_WIZARD_SHOTS when set).
TEST_F(PartnerValuesWizardTest, ReviewStepIsUsableAtSmallAndLaptopSizes)
{
    for (const char* language : { "en", "ar" }) {
        display().setLanguage(QLatin1String(language));
        settle();
        ui::ImportWizard& wizard = openWizard("partner_sep_1256.csv");
        ASSERT_EQ(wizard.step(), ui::ImportWizard::ReviewStep);
        ui::ValueChoicesPanel& panel = wizard.reviewPage().valueChoices();
        ASSERT_TRUE(panel.selectValue(
            QStringLiteral("organisation"), QStringLiteral("منظمة الأمل للتنمية")));
        for (const QSize size : { QSize(1000, 720), QSize(1366, 768) }) {
            wizard.resize(size);
            wizard.show();
            QCoreApplication::processEvents();
            EXPECT_GE(panel.table()->viewport()->height(), 60) << language << " " << size.width();
            const QList<QWidget*> controls { panel.suggestions(), panel.useSuggestionButton(),
                panel.createButton(), panel.skipButton(), panel.pickerFilter(), panel.picker(),
                panel.usePickedButton() };
            QList<QRect> rects;
            for (QWidget* w : controls) {
                EXPECT_TRUE(w->isVisible()) << w->objectName().toStdString();
                EXPECT_GE(w->height(), w->minimumSizeHint().height() - 1)
                    << w->objectName().toStdString();
                rects << QRect(w->mapTo(&wizard, QPoint(0, 0)), w->size());
            }
            for (int i = 0; i < rects.size(); ++i) {
                for (int j = i + 1; j < rects.size(); ++j)
                    EXPECT_FALSE(rects.at(i).intersects(rects.at(j)))
                        << language << " " << size.width() << ": "
                        << controls.at(i)->objectName().toStdString() << " overlaps "
                        << controls.at(j)->objectName().toStdString();
            }
            if (qEnvironmentVariableIsSet("TANSIQ_WIZARD_SHOTS")) {
                const QString dir = qEnvironmentVariable("TANSIQ_WIZARD_SHOTS");
                QDir().mkpath(dir);
                wizard.grab().save(QStringLiteral("%1/%2-review-%3x%4.png")
                                       .arg(dir, QLatin1String(language))
                                       .arg(size.width())
                                       .arg(size.height()));
            }
        }
        wizard.close();
    }
    display().setLanguage(QStringLiteral("en"));
}

} // namespace tansiq::test
