#include "core/demo/DemoGenerator.h"
#include "core/engine/DuplicationReviews.h"
#include "core/engine/GapTableModel.h"
#include "core/engine/PivotTableModel.h"
#include "core/registry/Registry.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "core/workspace/Workspace.h"
#include "tests/ui/GuiFixture.h"
#include "ui/analysis/ActivityLines.h"
#include "ui/analysis/DrillDialog.h"
#include "ui/analysis/DuplicationPage.h"
#include "ui/analysis/GapsPage.h"
#include "ui/analysis/MatrixPage.h"
#include "ui/analysis/NoteDialog.h"
#include "ui/common/PlaceSelection.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <cmath>

namespace tansiq::test {
namespace {

using AnalysisPagesTest = GuiFixture;
using engine::PivotTableModel;

ui::MatrixPage& matrixPage(ui::MainWindow& window)
{
    window.showPage(QStringLiteral("matrix"));
    return *static_cast<ui::MatrixPage*>(window.page(QStringLiteral("matrix")));
}

TEST_F(AnalysisPagesTest, MatrixBuildsAPivotWithTotalsAndDrillsDownFromACell)
{
    ui::MatrixPage& page = matrixPage(window());
    ui::MatrixSpec spec = page.spec();
    spec.rows = QStringLiteral("sector");
    spec.columns = QStringLiteral("admin1");
    spec.measure = QStringLiteral("activities");
    page.setSpec(spec);
    settle();
    const PivotTableModel& model = page.model();
    ASSERT_GT(model.rowCount(), 2);
    ASSERT_GT(model.columnCount(), 2);
    const int totalRow = model.rowCount() - 1;
    const int totalColumn = model.columnCount() - 1;
    const auto cell = [&model](int row, int column) {
        return model.data(model.index(row, column), PivotTableModel::ActivitiesRole).toLongLong();
    };
    // Every activity is in one sector and one governorate: the grand total is the registry.
    EXPECT_EQ(cell(totalRow, totalColumn), workspace().registry().activities().count());
    qint64 rowTotals = 0;
    for (int row = 0; row < totalRow; ++row)
        rowTotals += cell(row, totalColumn);
    EXPECT_EQ(rowTotals, cell(totalRow, totalColumn));

    // The busiest inner cell, double-clicked, lists exactly its activities.
    int bestRow = 0, bestColumn = 0;
    for (int row = 0; row < totalRow; ++row)
        for (int column = 0; column < totalColumn; ++column)
            if (cell(row, column) > cell(bestRow, bestColumn)) {
                bestRow = row;
                bestColumn = column;
            }
    ASSERT_GT(cell(bestRow, bestColumn), 0);
    QTableView* table = page.table();
    const QModelIndex target = table->model()->index(bestRow, bestColumn);
    table->scrollTo(target);
    const QPoint centre = table->visualRect(target).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, centre);
    settle();
    ui::DrillDialog* drill = page.drillDialog();
    ASSERT_NE(drill, nullptr);
    EXPECT_TRUE(drill->isVisible());
    EXPECT_EQ(drill->total(), cell(bestRow, bestColumn));
    EXPECT_EQ(drill->model().rowCount(), cell(bestRow, bestColumn));
    const QString sector = model.headerData(bestRow, Qt::Vertical).toString();
    const QString governorate
        = model.headerData(bestColumn, Qt::Horizontal, PivotTableModel::CodeRole).toString();
    for (const ui::ActivityLine& line : drill->model().lines()) {
        EXPECT_EQ(line.sector, sector);
        EXPECT_TRUE(line.pcode.startsWith(governorate)) << line.pcode.toStdString();
    }
    drill->close();
}

TEST_F(AnalysisPagesTest, MatrixFiltersFollowThePlaceChosenElsewhere)
{
    ui::MatrixPage& page = matrixPage(window());
    settle();
    const qint64 everywhere = page.model().result().activityCount(
        page.model().result().rowCount(), page.model().result().columnCount());
    const QString governorate
        = page.model().headerData(0, Qt::Horizontal, PivotTableModel::CodeRole).toString();
    ASSERT_FALSE(governorate.isEmpty());
    session().context().selection.setPcode(governorate);
    settle();
    const engine::PivotResult& narrowed = page.model().result();
    EXPECT_EQ(narrowed.columnCount(), 1); // only that governorate is left
    EXPECT_LT(narrowed.activityCount(narrowed.rowCount(), narrowed.columnCount()), everywhere);
}

QStringList csvFields(const QString& line)
{
    QStringList out;
    QString field;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted && c == QLatin1Char('"') && i + 1 < line.size()
            && line.at(i + 1) == QLatin1Char('"')) {
            field += c;
            ++i;
        } else if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (c == QLatin1Char(',') && !quoted) {
            out << field;
            field.clear();
        } else {
            field += c;
        }
    }
    out << field;
    return out;
}

TEST_F(AnalysisPagesTest, MatrixExportsTheViewToCsvThatReadsBackInTheUsersLanguage)
{
    display().setLanguage(QStringLiteral("ar"));
    ui::MatrixPage& page = matrixPage(window());
    ui::MatrixSpec spec = page.spec();
    spec.rows = QStringLiteral("sector");
    spec.columns = QString();
    spec.measure = QStringLiteral("reached");
    page.setSpec(spec);
    settle();
    const PivotTableModel& model = page.model();
    ASSERT_GT(model.rowCount(), 1);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("matrix.csv"));
    ASSERT_TRUE(page.exportTo(path).ok());

    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF")); // Excel reads UTF-8 only with its mark
    const QStringList lines
        = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), model.rowCount() + 1);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QStringList fields = csvFields(lines.at(row + 1));
        ASSERT_EQ(fields.size(), 3);
        EXPECT_EQ(fields.at(0), model.headerData(row, Qt::Vertical).toString());
        const double value = model.data(model.index(row, 0), PivotTableModel::ValueRole).toDouble();
        EXPECT_EQ(fields.at(2).toLongLong(), std::llround(value));
    }
    // Sector names in Arabic, as on screen.
    const QString firstSector = csvFields(lines.at(1)).at(0);
    EXPECT_TRUE(std::any_of(firstSector.cbegin(), firstSector.cend(), [](QChar c) {
        return c.script() == QChar::Script_Arabic;
    })) << firstSector.toStdString();
}

TEST_F(AnalysisPagesTest, GapsPageListsThePlantedGapsFirstAndChoosesThePlace)
{
    // The demo leaves some severe needs without any partner on purpose; the fixture's data
    // is deterministic, so a second run says how many.
    TestWorkspace twin;
    DemoOptions options;
    options.activities = 600;
    options.projects = 20;
    const auto demo = DemoGenerator(twin->registry(), options).run();
    ASSERT_TRUE(demo.ok());
    ASSERT_GT(demo.value().plantedGaps, 0);

    window().showPage(QStringLiteral("gaps"));
    auto& page = *static_cast<ui::GapsPage*>(window().page(QStringLiteral("gaps")));
    // At the level the needs are assessed at.
    Statement levels(workspace().database().handle(),
        "SELECT DISTINCT u.level FROM need n JOIN admin_unit u ON u.pcode = n.admin_pcode");
    ASSERT_EQ(levels.step(), Statement::Step::Row);
    const int level = int(levels.int64(0));
    ASSERT_NE(levels.step(), Statement::Step::Row) << "needs at one level";
    page.level()->setCurrentIndex(page.level()->findData(level));
    emit page.level()->activated(page.level()->currentIndex());
    settle();
    page.onlyGaps()->setChecked(true);
    settle();
    const engine::GapTableModel& model = page.model();
    EXPECT_GE(model.rowCount(), demo.value().plantedGaps);

    // Every severe need with no activity at all in its place and sector is listed as a gap.
    Statement q(workspace().database().handle(),
        "SELECT n.admin_pcode, s.code FROM need n JOIN sector s ON s.id = n.sector_id "
        "WHERE n.deleted = 0 AND n.severity >= 3 AND NOT EXISTS (SELECT 1 FROM activity a "
        "WHERE a.deleted = 0 AND substr(a.admin_pcode, 1, length(n.admin_pcode)) = n.admin_pcode "
        "AND a.sector_id = n.sector_id)");
    QSet<QString> unserved;
    while (q.step() == Statement::Step::Row)
        unserved.insert(q.text(0) + QLatin1Char('/') + q.text(1));
    ASSERT_GE(unserved.size(), demo.value().plantedGaps);
    QSet<QString> listed;
    int previousSeverity = 5;
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto value = [&](int column) {
            return model.data(model.index(row, column), engine::GapTableModel::ValueRole);
        };
        EXPECT_TRUE(value(engine::GapTableModel::SevereWithoutPartner).toBool());
        EXPECT_LE(
            value(engine::GapTableModel::Severity).toInt(), previousSeverity); // priority order
        previousSeverity = value(engine::GapTableModel::Severity).toInt();
        listed.insert(value(engine::GapTableModel::PCode).toString());
    }
    for (const QString& gap : std::as_const(unserved))
        EXPECT_TRUE(listed.contains(gap.section(QLatin1Char('/'), 0, 0))) << gap.toStdString();

    // Choosing a line chooses its place for the map, the matrix and the other pages.
    QTableView* table = page.table();
    const int last = table->model()->rowCount() - 1;
    table->setCurrentIndex(table->model()->index(last, engine::GapTableModel::Place));
    EXPECT_EQ(session().context().selection.pcode(),
        table->model()
            ->index(last, engine::GapTableModel::PCode)
            .data(engine::GapTableModel::ValueRole)
            .toString());
}

TEST_F(AnalysisPagesTest, MarkingAGroupComplementaryNeedsANoteTakesItOffTheOpenListAndUndoes)
{
    window().showPage(QStringLiteral("duplication"));
    auto& page = *static_cast<ui::DuplicationPage*>(window().page(QStringLiteral("duplication")));
    settle();
    const int openBefore = page.groups()->model()->rowCount();
    ASSERT_GT(openBefore, 0);
    page.groups()->setCurrentIndex(page.groups()->model()->index(0, 0));
    const QString key = page.groupKey(0);
    EXPECT_GE(page.members().rowCount(), 2); // the activities of the group are shown

    bool okWasDisabled = false;
    QTimer::singleShot(0, [&okWasDisabled] {
        auto* dialog = qobject_cast<ui::NoteDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        auto* ok = named<QDialogButtonBox>(*dialog, "buttons")->button(QDialogButtonBox::Ok);
        okWasDisabled = !ok->isEnabled();
        dialog->setNote(QStringLiteral("different neighbourhoods"));
        EXPECT_TRUE(ok->isEnabled());
        ok->click();
    });
    named<QPushButton>(page, "mark")->click();
    settle();
    EXPECT_TRUE(okWasDisabled) << "a note is required";
    EXPECT_EQ(engine::DuplicationReviews(workspace().registry().writer()).marks().value(key).note,
        QStringLiteral("different neighbourhoods"));
    const auto openKeys = [&page] {
        QStringList keys;
        for (int row = 0; row < page.groups()->model()->rowCount(); ++row)
            keys << page.groupKey(row);
        return keys;
    };
    EXPECT_EQ(page.groups()->model()->rowCount(), openBefore - 1);
    EXPECT_FALSE(openKeys().contains(key));
    EXPECT_FALSE(page.markComplementary(0, QStringLiteral("  ")).ok()); // no note, no mark

    page.setShow(ui::DuplicationPage::Show::Reviewed);
    settle();
    EXPECT_EQ(openKeys(), QStringList { key });

    session().undoStack().undo();
    settle();
    EXPECT_TRUE(engine::DuplicationReviews(workspace().registry().writer()).marks().isEmpty());
    page.setShow(ui::DuplicationPage::Show::Open);
    settle();
    EXPECT_TRUE(openKeys().contains(key));
    EXPECT_EQ(page.groups()->model()->rowCount(), openBefore);
}

} // namespace
} // namespace tansiq::test
