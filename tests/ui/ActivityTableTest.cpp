#include "core/common/Text.h"
#include "core/registry/Registry.h"
#include "core/storage/Database.h"
#include "tests/ui/GuiFixture.h"
#include "ui/common/UiContext.h"
#include "ui/registry/ActivitiesPage.h"
#include "ui/registry/ActivityTableModel.h"
#include "ui/registry/RecordEdits.h"
#include "ui/registry/SectorCombo.h"
#include "ui/shell/MainWindow.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSet>
#include <QTableView>
#include <QTest>

namespace tansiq::test {

namespace {
// The live activities as SQL has them, with every name a search may match, read row by row:
// an independent (slow, string-by-string) account of what the table should show.
struct SqlActivity {
    QUuid id;
    QUuid sectorId;
    QString pcode;
    QStringList names; // organisation, sector, place and the places around it
    std::optional<qint64> targeted;
};

QList<SqlActivity> sqlActivities(Workspace& workspace)
{
    Registry& registry = workspace.registry();
    Statement query(workspace.database().handle(),
        "SELECT a.id, a.sector_id, a.admin_pcode, a.targeted, o.acronym, o.name_en, o.name_ar,"
        " s.code, s.name_en, s.name_ar FROM activity a"
        " JOIN organisation o ON o.id = a.implementing_org_id JOIN sector s ON s.id = a.sector_id"
        " WHERE a.deleted = 0");
    QList<SqlActivity> rows;
    while (query.step() == Statement::Step::Row) {
        SqlActivity row { query.uuid(0), query.uuid(1), query.text(2), {}, std::nullopt };
        if (!query.isNull(3))
            row.targeted = query.int64(3);
        for (int column = 4; column <= 9; ++column)
            row.names << query.text(column);
        for (qsizetype length = 2; length <= row.pcode.size();
             length += 2) { // P-codes nest by prefix
            if (const auto unit = registry.reference().adminUnit(row.pcode.left(length)))
                row.names << unit->pcode << unit->nameEn << unit->nameAr;
        }
        rows << row;
    }
    return rows;
}

QSet<QUuid> expectedIds(const QList<SqlActivity>& rows, const QString& search, const QUuid& sector)
{
    const QString needle = text::foldForSearch(search);
    QSet<QUuid> ids;
    for (const SqlActivity& row : rows) {
        const bool named = std::any_of(row.names.cbegin(), row.names.cend(),
            [&](const QString& name) { return text::foldForSearch(name).contains(needle); });
        if (named && (sector.isNull() || row.sectorId == sector))
            ids.insert(row.id);
    }
    return ids;
}

QSet<QUuid> shownIds(const ui::ActivityTableModel& model)
{
    QSet<QUuid> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.rowAt(row)->id);
    return ids;
}
} // namespace

class ActivityTableTest : public GuiFixture {
protected:
    ui::ActivitiesPage* page()
    {
        return static_cast<ui::ActivitiesPage*>(window().page(QStringLiteral("activities")));
    }
    void search(const QString& text)
    {
        page()->searchField()->clear();
        page()->searchField()->insert(text); // typed (keyClicks knows only ASCII keys)
        page()->applyFilters();
        settle();
    }
};

TEST_F(ActivityTableTest, ArabicSearchIgnoresDiacriticsAndLetterVariantsAndMatchesSqlRowByRow)
{
    const QList<SqlActivity> rows = sqlActivities(workspace());
    ASSERT_FALSE(page()->model()->loading());
    EXPECT_EQ(page()->model()->rowCount(), rows.size());

    // "اِدْلِب": diacritics and a bare alef where the gazetteer writes إدلب.
    search(QStringLiteral("اِدْلِب"));
    const QSet<QUuid> idleb = expectedIds(rows, QStringLiteral("إدلب"), {});
    ASSERT_FALSE(idleb.isEmpty());
    EXPECT_EQ(page()->model()->rowCount(), idleb.size());
    EXPECT_EQ(shownIds(*page()->model()), idleb);
    for (int row = 0; row < page()->model()->rowCount(); ++row)
        EXPECT_TRUE(page()->model()->rowAt(row)->pcode.startsWith(QStringLiteral("SY07"))) << row;

    // "الحسكه" with ha for ta marbuta: the governorate and organisations named after it.
    search(QStringLiteral("الحسكه"));
    const QSet<QUuid> hasakeh = expectedIds(rows, QStringLiteral("الحسكة"), {});
    ASSERT_FALSE(hasakeh.isEmpty());
    EXPECT_EQ(shownIds(*page()->model()), hasakeh);
}

TEST_F(ActivityTableTest, SearchWithASectorAndASortedColumnShowsTheSqlRowsInOrder)
{
    const QList<SqlActivity> rows = sqlActivities(workspace());
    ui::SectorCombo* sectors = page()->sectorFilter();
    for (const Sector& sector : workspace().registry().reference().sectors()) {
        const QSet<QUuid> ids = expectedIds(rows, QStringLiteral("دير الزور"), sector.id);
        if (ids.size() > 5) { // a sector with enough rows in Deir-ez-Zor to sort
            sectors->setSectorId(sector.id);
            break;
        }
    }
    ASSERT_FALSE(sectors->sectorId().isNull());
    const QUuid sector = sectors->sectorId();
    search(QStringLiteral("دَيْر الزُّوْر"));
    const QSet<QUuid> expected = expectedIds(rows, QStringLiteral("دير الزور"), sector);
    EXPECT_EQ(shownIds(*page()->model()), expected);

    // Sorting by clicking the header orders every row by its count (empty counts as zero).
    page()->table()->horizontalHeader()->setSortIndicator(
        ui::ActivityTableModel::Targeted, Qt::AscendingOrder);
    settle();
    ASSERT_EQ(page()->model()->rowCount(), expected.size());
    qint64 previous = -1;
    for (int row = 0; row < page()->model()->rowCount(); ++row) {
        const qint64 targeted = page()->model()->rowAt(row)->targeted.value_or(0);
        EXPECT_GE(targeted, previous) << row;
        previous = targeted;
    }
    // What the cells show is what the database holds for that row.
    const QModelIndex last
        = page()->model()->index(page()->model()->rowCount() - 1, ui::ActivityTableModel::Targeted);
    const QUuid lastId = page()->model()->rowAt(last.row())->id;
    const auto stored = std::find_if(
        rows.cbegin(), rows.cend(), [&](const SqlActivity& r) { return r.id == lastId; });
    ASSERT_NE(stored, rows.cend());
    EXPECT_EQ(last.data().toString(), display().number(stored->targeted.value_or(0)));
    EXPECT_EQ(previous, stored->targeted.value_or(0));
}

TEST_F(ActivityTableTest, AnEditedRowShowsItsNewValuesBeforeTheNextSnapshot)
{
    ui::ActivityTableModel* model = page()->model();
    ASSERT_GT(model->rowCount(), 0);
    const QUuid id = model->rowAt(0)->id;
    std::optional<Activity> activity = workspace().registry().activities().get(id);
    ASSERT_TRUE(activity);
    activity->reached = 987654;
    ASSERT_TRUE(session().context().edits.update(*activity).ok());
    QCoreApplication::processEvents(); // the re-read happens once the write has ended
    EXPECT_TRUE(model->loading()); // a new snapshot is on its way
    EXPECT_EQ(model->index(0, ui::ActivityTableModel::Reached).data().toString(),
        display().number(qint64(987654)));
    settle();
    EXPECT_FALSE(model->loading());
    bool found = false;
    for (int r = 0; r < model->rowCount() && !found; ++r) {
        if (model->rowAt(r)->id == id) {
            found = true;
            EXPECT_EQ(model->rowAt(r)->reached, 987654);
        }
    }
    EXPECT_TRUE(found);
}

} // namespace tansiq::test
