#include "ui/analysis/DuplicationPage.h"

#include "core/engine/DuplicationTableModel.h"
#include "core/engine/Members.h"
#include "core/engine/Snapshot.h"
#include "core/registry/Registry.h"
#include "core/workspace/Workspace.h"
#include "ui/analysis/ActivityLines.h"
#include "ui/analysis/DigitsProxy.h"
#include "ui/analysis/DuplicationWords.h"
#include "ui/analysis/NoteDialog.h"
#include "ui/common/DisplaySettings.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/PlaceChip.h"
#include "ui/common/PlaceSelection.h"
#include "ui/common/SnapshotService.h"
#include "ui/common/UiContext.h"
#include "ui/registry/EditCommand.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QPointer>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>

#include <algorithm>

namespace tansiq::ui {

using namespace tansiq::engine;

namespace {

struct ScanAnswer {
    std::shared_ptr<const Snapshot> snapshot;
    QList<DuplicateGroup> groups;
    int found = 0; // possible duplications, reviewed or not
    int reviewed = 0; // of which marked complementary
    QList<QPair<QString, int>> bySector; // sector code → groups shown before the sector filter
};

// How the coordinator works through thousands of groups.
enum class Order { Score, Reach, Days, Place };

void sortGroups(QList<DuplicateGroup>& groups, Order order, const Snapshot& s)
{
    switch (order) {
    case Order::Score:
        break; // the scan's own order: highest score first
    case Order::Reach:
        std::stable_sort(
            groups.begin(), groups.end(), [](const DuplicateGroup& a, const DuplicateGroup& b) {
                return a.combinedReach > b.combinedReach;
            });
        break;
    case Order::Days:
        std::stable_sort(
            groups.begin(), groups.end(), [](const DuplicateGroup& a, const DuplicateGroup& b) {
                return a.sharedDays > b.sharedDays;
            });
        break;
    case Order::Place:
        std::stable_sort(
            groups.begin(), groups.end(), [&s](const DuplicateGroup& a, const DuplicateGroup& b) {
                return s.places.at(a.place).pcode < s.places.at(b.place).pcode;
            });
        break;
    }
}

Status asStatus(const Result<QUuid>& result)
{
    return result.status();
}

} // namespace

DuplicationPage::DuplicationPage(UiContext& context, QWidget* parent)
    : Page(parent), m_context(context)
{
    m_showCaption = new QLabel(this);
    m_show = new QComboBox(this);
    m_show->setObjectName(QStringLiteral("show"));
    for (Show show : { Show::Open, Show::Reviewed, Show::All })
        m_show->addItem(QString(), int(show));
    m_sectorCaption = new QLabel(this);
    m_sector = new QComboBox(this);
    m_sector->setObjectName(QStringLiteral("sector"));
    m_sector->addItem(QString(), QString());
    m_sector->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_placeCaption = new QLabel(this);
    m_place = new QComboBox(this);
    m_place->setObjectName(QStringLiteral("place"));
    m_orderCaption = new QLabel(this);
    m_order = new QComboBox(this);
    m_order->setObjectName(QStringLiteral("order"));
    for (Order order : { Order::Score, Order::Reach, Order::Days, Order::Place })
        m_order->addItem(QString(), int(order));
    fillPlaces();
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_model = new DuplicationTableModel(this);
    m_proxy = new DigitsProxy(context.display, this);
    m_proxy->setSourceModel(m_model);
    m_groupTable = new QTableView(this);
    m_groupTable->setObjectName(QStringLiteral("groups"));
    m_groupTable->setModel(m_proxy);
    m_groupTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_groupTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_groupTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_groupTable->verticalHeader()->hide();
    m_groupTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_groupTable->setWordWrap(false);
    m_detail = new QLabel(this);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_members = new ActivityLinesModel(context.display, this);
    m_memberTable = new QTableView(this);
    m_memberTable->setModel(m_members);
    m_memberTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_memberTable->verticalHeader()->hide();
    m_memberTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_mark = new QPushButton(this);
    m_mark->setObjectName(QStringLiteral("mark"));
    m_reopen = new QPushButton(this);
    m_reopen->setObjectName(QStringLiteral("reopen"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_showCaption);
    top->addWidget(m_show);
    top->addSpacing(12);
    top->addWidget(m_sectorCaption);
    top->addWidget(m_sector);
    top->addSpacing(12);
    top->addWidget(m_placeCaption);
    top->addWidget(m_place);
    top->addWidget(new PlaceChip(context, this));
    top->addSpacing(12);
    top->addWidget(m_orderCaption);
    top->addWidget(m_order);
    top->addStretch(1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_detail, 1);
    buttons->addWidget(m_mark);
    buttons->addWidget(m_reopen);
    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addLayout(buttons);
    lowerLayout->addWidget(m_memberTable, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("duplicationSplitter")); // remembered between runs
    split->addWidget(m_groupTable);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_show, &QComboBox::activated, this, &DuplicationPage::refresh);
    connect(m_sector, &QComboBox::activated, this, &DuplicationPage::refresh);
    connect(m_order, &QComboBox::activated, this, &DuplicationPage::refresh);
    // The place is the window's: chosen here, on the map or on the dashboard.
    connect(m_place, &QComboBox::activated, this,
        [this] { m_context.selection.setPcode(m_place->currentData().toString()); });
    connect(&context.selection, &PlaceSelection::changed, this, [this] {
        fillPlaces();
        refresh();
    });
    connect(m_groupTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &DuplicationPage::showGroup);
    connect(m_mark, &QPushButton::clicked, this, &DuplicationPage::markAsked);
    connect(m_reopen, &QPushButton::clicked, this, [this] {
        const Status st = reopen(m_groupTable->currentIndex().row());
        if (!st.ok())
            showIssues(this, tr("The group was not reopened."), st.issues());
    });
    connect(&context.snapshots, &SnapshotService::snapshotChanged, this, &DuplicationPage::refresh);
    connect(&context.display, &DisplaySettings::changed, this, [this] {
        fillPlaces();
        refresh();
    });
    retranslate();
    refresh();
}

void DuplicationPage::setShow(Show show)
{
    m_show->setCurrentIndex(m_show->findData(int(show)));
    refresh();
}

void DuplicationPage::refresh()
{
    if (deferredWhileHidden()) // a hidden page does not keep the analysis thread busy
        return;
    // The decisions are a small table: read here, on the GUI thread's own connection (the one
    // that writes them), and handed to the scan as a set of keys.
    m_marks = DuplicationReviews(m_context.workspace.registry().writer()).marks();
    QSet<QString> complementary;
    for (auto it = m_marks.cbegin(); it != m_marks.cend(); ++it)
        complementary.insert(it.key());
    const Show show = Show(m_show->currentData().toInt());
    const QString sector = m_sector->currentData().toString();
    const QString place = m_context.selection.pcode();
    const Order order = Order(m_order->currentData().toInt());
    SnapshotService& service = m_context.snapshots;
    const int request = ++m_request;
    ++m_pending;
    m_summary->setText(tr("Looking for possible duplications…"));
    service.run<ScanAnswer>(
        this,
        [complementary, show, sector, place, order, &service](const Snapshot& s) {
            ScanAnswer answer;
            answer.snapshot = service.current(); // the one `s` is: published ones never change
            if (answer.snapshot.get() != &s)
                return answer;
            DuplicationQuery query;
            query.complementary = complementary;
            query.includeComplementary = true;
            answer.groups = DuplicationScan(s, service.workers()).run(query);
            answer.found = int(answer.groups.size());
            answer.reviewed = int(std::count_if(answer.groups.cbegin(), answer.groups.cend(),
                [](const DuplicateGroup& g) { return g.complementary; }));
            if (show != Show::All) {
                const bool keep = show == Show::Reviewed;
                answer.groups.removeIf(
                    [keep](const DuplicateGroup& g) { return g.complementary != keep; });
            }
            if (!place.isEmpty()) {
                const int within = s.placeOf(place);
                answer.groups.removeIf([&s, within](const DuplicateGroup& g) {
                    return !duplicationWithin(s, g, within);
                });
            }
            // Counts by sector of what the other choices leave: the sector list shows them.
            QMap<QString, int> counts;
            for (const DuplicateGroup& g : std::as_const(answer.groups)) {
                const int sectorIndex = duplicationSector(s, g);
                if (sectorIndex >= 0)
                    ++counts[s.sectors.at(sectorIndex).code];
            }
            for (auto it = counts.cbegin(); it != counts.cend(); ++it)
                answer.bySector << qMakePair(it.key(), it.value());
            if (!sector.isEmpty()) {
                answer.groups.removeIf([&s, &sector](const DuplicateGroup& g) {
                    const int sectorIndex = duplicationSector(s, g);
                    return sectorIndex < 0 || s.sectors.at(sectorIndex).code != sector;
                });
            }
            sortGroups(answer.groups, order, s);
            return answer;
        },
        [this, request](ScanAnswer answer) {
            --m_pending;
            if (request != m_request || !answer.snapshot)
                return;
            const QString selected = groupKey(m_groupTable->currentIndex().row());
            const Language language
                = m_context.display.isArabic() ? Language::Arabic : Language::English;
            m_shown = answer.snapshot;
            fillSectors(answer.bySector);
            m_groupList = answer.groups;
            m_model->setGroups(answer.snapshot, std::move(answer.groups), language);
            const auto listed = int(m_groupList.size());
            m_summary->setText(m_context.display
                                   .counted(tr("%n groups listed. Possible duplications found: %1, "
                                               "of which %2 reviewed as complementary.",
                                                nullptr, listed),
                                       listed)
                                   .arg(m_context.display.number(qint64(answer.found)),
                                       m_context.display.number(qint64(answer.reviewed))));
            int row = 0;
            for (int i = 0; i < m_groupList.size(); ++i) {
                if (m_groupList.at(i).key == selected)
                    row = i;
            }
            if (!m_groupList.isEmpty())
                m_groupTable->setCurrentIndex(m_proxy->index(row, 0));
            showGroup();
        });
}

QString DuplicationPage::groupKey(int row) const
{
    return row >= 0 && row < m_groupList.size() ? m_groupList.at(row).key : QString();
}

QString DuplicationPage::groupTitle(int row) const
{
    if (row < 0 || row >= m_groupList.size() || !m_shown)
        return QString();
    return duplicationTitle(*m_shown, m_groupList.at(row), m_context.display);
}

QString DuplicationPage::detailText() const
{
    return m_detail->text();
}

void DuplicationPage::fillSectors(const QList<QPair<QString, int>>& counts)
{
    const QString current = m_sector->currentData().toString();
    const QSignalBlocker quiet(m_sector);
    while (m_sector->count() > 1)
        m_sector->removeItem(1);
    const Language language = m_context.display.isArabic() ? Language::Arabic : Language::English;
    int all = 0;
    for (const auto& [code, count] : counts) {
        all += count;
        QString name = code;
        for (int i = 0; i < int(m_shown->sectors.size()); ++i) {
            if (m_shown->sectors.at(i).code == code)
                name = memberLabel(*m_shown, Dimension::Sector, i, language);
        }
        m_sector->addItem(tr("%1 (%2)").arg(name, m_context.display.number(qint64(count))), code);
    }
    m_sector->setItemText(0, tr("All sectors (%1)").arg(m_context.display.number(qint64(all))));
    m_sector->setCurrentIndex(std::max(0, m_sector->findData(current)));
}

void DuplicationPage::fillPlaces()
{
    const QSignalBlocker quiet(m_place);
    m_place->clear();
    m_place->addItem(tr("All of Syria"), QString());
    Registry& registry = m_context.workspace.registry();
    for (const AdminUnit& unit : registry.reference().adminUnits(1))
        m_place->addItem(m_context.display.pick(unit.nameEn, unit.nameAr), unit.pcode);
    const QString chosen = m_context.selection.pcode();
    if (!chosen.isEmpty() && m_place->findData(chosen) < 0) {
        // A district or sub-district clicked on the map: listed while it is the choice.
        for (const AdminUnit& unit : registry.reference().adminUnits()) {
            if (unit.pcode == chosen)
                m_place->addItem(m_context.display.pick(unit.nameEn, unit.nameAr), unit.pcode);
        }
    }
    m_place->setCurrentIndex(std::max(0, m_place->findData(chosen)));
}

void DuplicationPage::showGroup()
{
    const int row = m_groupTable->currentIndex().row();
    if (row < 0 || row >= m_groupList.size() || !m_shown) {
        m_members->setLines({});
        m_detail->setText(tr("Select a group to see its activities."));
        m_mark->setEnabled(false);
        m_reopen->setEnabled(false);
        return;
    }
    const DuplicateGroup& group = m_groupList.at(row);
    const Language language = m_context.display.isArabic() ? Language::Arabic : Language::English;
    // A handful of rows of an immutable snapshot: names only, no scan.
    m_members->setLines(ActivityLines::ofRows(*m_shown, group.rows, language).lines);
    const bool marked = m_marks.contains(group.key);
    QString text
        = m_context.display
              .counted(
                  tr("Group %1: %2 activities of %3 organisations, active together on %n days.",
                      nullptr, int(group.sharedDays)),
                  group.sharedDays)
              .arg(duplicationTitle(*m_shown, group, m_context.display),
                  m_context.display.number(qint64(group.rows.size())),
                  m_context.display.number(qint64(group.organisations)));
    if (marked)
        text += QLatin1Char('\n')
            + tr("Reviewed as complementary: %1").arg(m_marks.value(group.key).note);
    m_detail->setText(text);
    m_mark->setEnabled(true);
    m_mark->setText(marked ? tr("Change the note…") : tr("Mark complementary…"));
    m_reopen->setEnabled(marked);
}

void DuplicationPage::markAsked()
{
    const int row = m_groupTable->currentIndex().row();
    const QString key = groupKey(row);
    if (key.isEmpty())
        return;
    NoteDialog dialog(groupTitle(row), m_marks.value(key).note, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Status st = markComplementary(row, dialog.note());
    if (!st.ok())
        showIssues(this, tr("The group was not marked complementary."), st.issues());
}

Status DuplicationPage::pushReview(
    const QString& text, std::function<Status()> apply, std::function<Status()> revert)
{
    const Status first = apply();
    if (!first.ok())
        return first;
    QPointer<DuplicationPage> self(this);
    m_context.undo.push(
        new EditCommand(text, std::move(apply), std::move(revert), [self](const Status& st) {
            if (self)
                self->applied(st);
        }));
    refresh();
    return first;
}

void DuplicationPage::applied(const Status& status)
{
    if (!status.ok())
        showIssues(this, tr("The review could not be undone or redone."), status.issues());
    refresh();
}

Status DuplicationPage::markComplementary(int row, const QString& note)
{
    const QString key = groupKey(row);
    const QString text = note.trimmed();
    if (text.isEmpty()) {
        return Status::failure({ Issue::error(QStringLiteral("note-required"), tr("note"), key,
            tr("Write why the group “%1” is complementary: the note is required.")
                .arg(groupTitle(row))) });
    }
    RecordWriter& writer = m_context.workspace.registry().writer();
    const bool wasMarked = m_marks.contains(key);
    const QString before = m_marks.value(key).note;
    auto apply = [&writer, key, text] {
        return asStatus(DuplicationReviews(writer).markComplementary(key, text));
    };
    auto revert = [&writer, key, wasMarked, before] {
        return wasMarked ? asStatus(DuplicationReviews(writer).markComplementary(key, before))
                         : DuplicationReviews(writer).unmark(key);
    };
    return pushReview(tr("Mark complementary"), apply, revert);
}

Status DuplicationPage::reopen(int row)
{
    const QString key = groupKey(row);
    if (!m_marks.contains(key))
        return DuplicationReviews(m_context.workspace.registry().writer()).unmark(key); // says why
    RecordWriter& writer = m_context.workspace.registry().writer();
    const QString before = m_marks.value(key).note;
    auto apply = [&writer, key] { return DuplicationReviews(writer).unmark(key); };
    auto revert = [&writer, key, before] {
        return asStatus(DuplicationReviews(writer).markComplementary(key, before));
    };
    return pushReview(tr("Reopen a duplication group"), apply, revert);
}

void DuplicationPage::retranslate()
{
    m_showCaption->setText(tr("Show:"));
    m_sectorCaption->setText(tr("Sector:"));
    m_placeCaption->setText(tr("Place:"));
    m_orderCaption->setText(tr("Order:"));
    const QStringList orders { tr("Most likely duplication first"), tr("Most people reached first"),
        tr("Longest together first"), tr("By place") };
    for (int i = 0; i < orders.size(); ++i)
        m_order->setItemText(i, orders.at(i));
    if (m_sector->count() > 0 && m_sector->currentIndex() == 0 && m_sector->count() == 1)
        m_sector->setItemText(0, tr("All sectors"));
    m_place->setItemText(0, tr("All of Syria"));
    const QStringList shows { tr("Open (not reviewed)"), tr("Reviewed as complementary"),
        tr("All groups") };
    for (int i = 0; i < shows.size(); ++i)
        m_show->setItemText(i, shows.at(i));
    m_reopen->setText(tr("Reopen"));
    m_reopen->setToolTip(
        tr("Remove the “complementary” decision: the group is listed as open again"));
    showGroup();
}

} // namespace tansiq::ui
