#pragma once

#include "core/common/Result.h"
#include "core/engine/DuplicationReviews.h"
#include "core/engine/DuplicationScan.h"
#include "ui/common/Page.h"

#include <QHash>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace tansiq::engine {
class DuplicationTableModel;
struct Snapshot;
} // namespace tansiq::engine

namespace tansiq::ui {

class ActivityLinesModel;
class DigitsProxy;
struct UiContext;

// Possible duplications to review: the groups the engine finds (highest score first), the
// activities of the selected group, and the coordinator's decision: "complementary" with a
// required note, or reopened. Decisions go through the single write path (they are records
// that travel with sync) and onto the undo history.
class DuplicationPage : public Page {
    Q_OBJECT
public:
    enum class Show { Open, Reviewed, All };

    explicit DuplicationPage(UiContext& context, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("duplication"); }
    QString title() const override { return tr("Duplication review"); }
    void refresh() override;
    bool busy() const override { return m_pending > 0; }

    void setShow(Show show);
    QTableView* groups() const { return m_groupTable; }
    const ActivityLinesModel& members() const { return *m_members; }
    QString groupKey(int row) const;
    // The group on `row` in people's words: place, activity type, population group, period.
    QString groupTitle(int row) const;
    QString detailText() const;
    // Marks the group on `row` complementary (the note is required) / flags it again; both
    // can be undone. The list refreshes itself.
    Status markComplementary(int row, const QString& note);
    Status reopen(int row);
    void markAsked(); // the button: asks for the note first

protected:
    void retranslate() override;

private:
    void showGroup();
    void fillSectors(const QList<QPair<QString, int>>& counts);
    void fillPlaces();
    void applied(const Status& status);
    Status pushReview(
        const QString& text, std::function<Status()> apply, std::function<Status()> revert);

    UiContext& m_context;
    QComboBox* m_show;
    QLabel* m_showCaption;
    QLabel* m_sectorCaption;
    QComboBox* m_sector;
    QLabel* m_placeCaption;
    QComboBox* m_place;
    QLabel* m_orderCaption;
    QComboBox* m_order;
    QLabel* m_summary;
    QTableView* m_groupTable;
    QLabel* m_detail;
    QTableView* m_memberTable;
    QPushButton* m_mark;
    QPushButton* m_reopen;
    engine::DuplicationTableModel* m_model;
    DigitsProxy* m_proxy;
    ActivityLinesModel* m_members;
    std::shared_ptr<const engine::Snapshot> m_shown;
    QList<engine::DuplicateGroup> m_groupList; // in the model's order
    QHash<QString, engine::DuplicationReview> m_marks;
    int m_request = 0;
    int m_pending = 0;
};

} // namespace tansiq::ui
