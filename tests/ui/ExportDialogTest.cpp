// The 4W export dialog: format, language and filters (the place selected in the interface)
// → a file written off the GUI thread.

#include "ui/interop/ExportDialog.h"

#include "core/interop/SheetReader.h"
#include "core/registry/Registry.h"
#include "tests/ui/GuiFixture.h"
#include "ui/common/DateField.h"
#include "ui/common/PlaceSelection.h"
#include "ui/interop/InteropActions.h"
#include "ui/shell/MainWindow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

namespace tansiq::test {

namespace {

void waitWhileBusy(const ui::ExportDialog& dialog)
{
    QDeadlineTimer deadline(30000);
    while (dialog.busy() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    QCoreApplication::processEvents();
}

} // namespace

class ExportDialogTest : public GuiFixture {
protected:
    ui::ExportDialog& openDialog()
    {
        named<ui::InteropActions>(window(), "interopActions")->exportAction()->trigger();
        return *newest<ui::ExportDialog>(window(), "exportDialog");
    }
    QTemporaryDir m_dir;
};

TEST_F(ExportDialogTest, ExportsEveryActivityWithEnglishHeadersAndTheHxlRow)
{
    ui::ExportDialog& dialog = openDialog();
    EXPECT_TRUE(dialog.isVisible());
    named<QComboBox>(dialog, "language")->setCurrentIndex(1); // English
    dialog.setPath(m_dir.filePath(QStringLiteral("all"))); // the extension is added
    dialog.exportNow();
    waitWhileBusy(dialog);
    const qint64 total = workspace().registry().activities().count();
    EXPECT_TRUE(dialog.resultText().contains(QStringLiteral("Exported %1 activities").arg(total)))
        << dialog.resultText().toStdString();
    auto sheet = interop::SheetReader::readFile(m_dir.filePath(QStringLiteral("all.csv")));
    ASSERT_TRUE(sheet.ok()) << sheet.errorText().toStdString();
    EXPECT_EQ(sheet->rows.value(0).value(0), QStringLiteral("Record ID"));
    EXPECT_EQ(sheet->rows.value(1).value(0), QStringLiteral("#meta+id"));
    EXPECT_EQ(sheet->rows.size(), total + 2);
}

TEST_F(ExportDialogTest, TheSelectedPlaceFiltersTheExport)
{
    session().context().selection.setPcode(QStringLiteral("SY09"));
    ui::ExportDialog& dialog = openDialog();
    auto* onlyPlace = named<QCheckBox>(dialog, "onlySelectedPlace");
    ASSERT_TRUE(onlyPlace->isEnabled());
    EXPECT_TRUE(onlyPlace->isChecked());
    named<QComboBox>(dialog, "format")->setCurrentIndex(1); // XLSX
    dialog.setPath(m_dir.filePath(QStringLiteral("deir.xlsx")));
    dialog.exportNow();
    waitWhileBusy(dialog);
    auto sheet = interop::SheetReader::readFile(m_dir.filePath(QStringLiteral("deir.xlsx")));
    ASSERT_TRUE(sheet.ok()) << sheet.errorText().toStdString();
    const qsizetype adm1 = sheet->rows.value(1).indexOf(QStringLiteral("#adm1+code"));
    ASSERT_GE(adm1, 0);
    const qsizetype rows = sheet->rows.size() - 2;
    EXPECT_GT(rows, 0);
    EXPECT_LT(rows, workspace().registry().activities().count());
    for (qsizetype r = 2; r < sheet->rows.size(); ++r)
        EXPECT_EQ(sheet->rows.at(r).value(adm1), QStringLiteral("SY09")) << "row " << r + 1;
}

TEST_F(ExportDialogTest, InArabicThePeriodIsTypedAndShownInArabicIndicDigits)
{
    display().setLanguage(QStringLiteral("ar"));
    ui::ExportDialog& dialog = openDialog();
    auto* from = named<ui::DateField>(dialog, "from");
    auto* to = named<ui::DateField>(dialog, "to");
    ASSERT_NE(from, nullptr);
    ASSERT_NE(to, nullptr);
    // Shown like the editors' dates: Arabic-Indic digits, no Latin one.
    for (const ui::DateField* field : { from, to }) {
        EXPECT_TRUE(field->text().contains(QChar(0x0662))) << field->text().toStdString();
        EXPECT_FALSE(field->text().contains(QRegularExpression(QStringLiteral("[0-9]"))))
            << field->text().toStdString();
    }
    // Typed in Arabic-Indic digits, the period filters the export by its ISO dates.
    named<QCheckBox>(dialog, "period")->setChecked(true);
    from->setText(QStringLiteral("٢٠٢٦-٠١-٠١"));
    to->setText(QStringLiteral("٢٠٢٦-٠٣-٣١"));
    EXPECT_EQ(dialog.filter().activeFrom, QStringLiteral("2026-01-01"));
    EXPECT_EQ(dialog.filter().activeTo, QStringLiteral("2026-03-31"));
    // A date that is no date is named, and nothing is written.
    to->setText(QStringLiteral("٢٠٢٦-٠٢-٣٠"));
    dialog.setPath(m_dir.filePath(QStringLiteral("q1.csv")));
    dialog.exportNow();
    waitWhileBusy(dialog);
    EXPECT_TRUE(dialog.resultText().contains(QStringLiteral("٢٠٢٦-٠٢-٣٠")))
        << dialog.resultText().toStdString();
    EXPECT_FALSE(QFileInfo::exists(m_dir.filePath(QStringLiteral("q1.csv"))));
    // An end before the start is refused too.
    to->setText(QStringLiteral("٢٠٢٥-١٢-٣١"));
    dialog.exportNow();
    waitWhileBusy(dialog);
    EXPECT_FALSE(QFileInfo::exists(m_dir.filePath(QStringLiteral("q1.csv"))));
}

} // namespace tansiq::test
