#include "ui/interop/ValueChoicesPanel.h"

#include "core/common/Text.h"
#include "ui/common/DisplaySettings.h"
#include "ui/common/RowSelection.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tansiq::ui {

namespace {

constexpr int KeyRole = Qt::UserRole + 1;
constexpr int SearchRole = Qt::UserRole + 2;

QString slotOf(const QString& kind, const QString& value)
{
    return kind + QLatin1Char('\x1f') + text::foldForSearch(value);
}

// Keeps the items whose folded spellings contain every folded word typed.
class FoldedFilter : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setQuery(const QString& query)
    {
        m_words = text::foldForSearch(query).split(u' ', Qt::SkipEmptyParts);
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        const QString search = sourceModel()->index(row, 0, parent).data(SearchRole).toString();
        for (const QString& word : m_words) {
            if (!search.contains(word))
                return false;
        }
        return true;
    }

private:
    QStringList m_words;
};

QString kindName(const QString& kind)
{
    const auto parsed = interop::valueKindFromKey(kind);
    if (!parsed)
        return kind;
    switch (*parsed) {
    case interop::ValueKind::Organisation:
        return ValueChoicesPanel::tr("Organisation");
    case interop::ValueKind::Sector:
        return ValueChoicesPanel::tr("Sector");
    case interop::ValueKind::ActivityType:
        return ValueChoicesPanel::tr("Activity type");
    case interop::ValueKind::Project:
        return ValueChoicesPanel::tr("Project");
    case interop::ValueKind::Status:
        return ValueChoicesPanel::tr("Status");
    case interop::ValueKind::Modality:
        return ValueChoicesPanel::tr("Modality");
    case interop::ValueKind::PopulationGroup:
        return ValueChoicesPanel::tr("Population group");
    case interop::ValueKind::Place:
        return ValueChoicesPanel::tr("Place");
    }
    return kind;
}

} // namespace

ValueChoicesPanel::ValueChoicesPanel(const DisplaySettings& display, QWidget* parent)
    : QWidget(parent), m_display(display)
{
    setObjectName(QStringLiteral("valueChoices"));
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_help = new QLabel(this);
    m_help->setWordWrap(true);
    m_model = new QStandardItemModel(0, 4, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("unmatched"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(110);

    m_suggestionLabel = new QLabel(this);
    m_suggestions = new QComboBox(this);
    m_suggestions->setObjectName(QStringLiteral("suggestions"));
    m_suggestions->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_suggestions->setMinimumContentsLength(12);
    m_useSuggestion = new QPushButton(this);
    m_useSuggestion->setObjectName(QStringLiteral("useSuggestion"));
    m_create = new QPushButton(this);
    m_create->setObjectName(QStringLiteral("createValue"));
    m_skip = new QPushButton(this);
    m_skip->setObjectName(QStringLiteral("skipValue"));
    m_pickLabel = new QLabel(this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("pickerFilter"));
    m_filter->setClearButtonEnabled(true);
    m_pickerModel = new QStandardItemModel(this);
    auto* filter = new FoldedFilter(this);
    m_pickerFilter = filter;
    m_pickerFilter->setSourceModel(m_pickerModel);
    m_picker = new QListView(this);
    m_picker->setObjectName(QStringLiteral("picker"));
    m_picker->setModel(m_pickerFilter);
    m_picker->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_picker->setMinimumHeight(72);
    m_usePicked = new QPushButton(this);
    m_usePicked->setObjectName(QStringLiteral("usePicked"));

    // The values on one side, what to do with the selected one on the other, each as tall as
    // the step allows: at 1000×720 nothing overlaps, and the choices scroll if they must.
    auto* actions = new QWidget;
    actions->setObjectName(QStringLiteral("valueActions"));
    auto* column = new QVBoxLayout(actions);
    column->setContentsMargins(4, 0, 4, 0);
    column->addWidget(m_suggestionLabel);
    column->addWidget(m_suggestions);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_useSuggestion);
    buttons->addWidget(m_create);
    buttons->addStretch();
    column->addLayout(buttons);
    auto* skipRow = new QHBoxLayout;
    skipRow->addWidget(m_skip);
    skipRow->addStretch();
    column->addLayout(skipRow);
    column->addSpacing(6);
    column->addWidget(m_pickLabel);
    column->addWidget(m_filter);
    column->addWidget(m_picker, 1);
    auto* pickRow = new QHBoxLayout;
    pickRow->addWidget(m_usePicked);
    pickRow->addStretch();
    column->addLayout(pickRow);
    m_actions = new QScrollArea(this);
    m_actions->setObjectName(QStringLiteral("valueActionsScroll"));
    m_actions->setWidget(actions);
    m_actions->setWidgetResizable(true);
    m_actions->setFrameShape(QFrame::NoFrame);
    m_actions->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_actions->setMinimumWidth(300);
    m_split = new QSplitter(Qt::Horizontal, this);
    m_split->setObjectName(QStringLiteral("valueSplit"));
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(m_table);
    m_split->addWidget(m_actions);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_help);
    layout->addWidget(m_split, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        [this] { showSelected(); });
    connect(m_filter, &QLineEdit::textChanged, this,
        [filter](const QString& text) { filter->setQuery(text); });
    connect(m_useSuggestion, &QPushButton::clicked, this, [this] {
        const int i = m_suggestions->currentIndex();
        if (i < 0)
            return;
        choose({ interop::ValueChoice::Action::Map, m_suggestions->itemData(i).toString() },
            m_suggestions->currentText());
    });
    connect(m_usePicked, &QPushButton::clicked, this, [this] {
        const QModelIndex picked = m_picker->currentIndex();
        if (!picked.isValid())
            return;
        choose({ interop::ValueChoice::Action::Map, picked.data(KeyRole).toString() },
            picked.data().toString());
    });
    connect(m_picker, &QListView::doubleClicked, m_usePicked, &QPushButton::click);
    connect(m_create, &QPushButton::clicked, this, [this] {
        choose({ interop::ValueChoice::Action::Create, QString() }, tr("create it"));
    });
    connect(m_skip, &QPushButton::clicked, this, [this] {
        choose({ interop::ValueChoice::Action::Skip, QString() }, tr("leave these rows out"));
    });
    retranslate();
    showSelected();
}

void ValueChoicesPanel::setValues(
    const interop::ImportPlan& plan, const ValueCandidates& candidates)
{
    m_candidates = candidates;
    m_values.clear();
    for (const interop::Unmatched& u : plan.unmatched)
        m_values << Value { u.kind, u.value, u.rows, u.suggestions, u.suggestionKeys,
            u.canCreate() };
    // The choices made here stay listed (and can be changed) once the plan applies them.
    for (const interop::AppliedChoice& c : plan.choices) {
        if (c.source != interop::AppliedChoice::Source::Given)
            continue;
        Value v { interop::valueKindKey(c.kind), c.value, c.rows, {}, {},
            c.kind == interop::ValueKind::Organisation || c.kind == interop::ValueKind::Project };
        m_values << v;
    }
    fillTable();
    if (!m_values.isEmpty())
        selectTableRow(m_table, 0);
    showSelected();
}

void ValueChoicesPanel::clearChoices()
{
    m_choices = interop::ValueMap();
    m_shown.clear();
}

int ValueChoicesPanel::valueCount() const
{
    return int(m_values.size());
}

void ValueChoicesPanel::fillTable()
{
    // Refilling (a choice made, the language changed) keeps the value the user was on, with
    // its suggestions and picker: clearing the rows drops the selection and with it both lists.
    const int selected = selectedRow();
    m_model->setRowCount(0);
    for (const Value& v : std::as_const(m_values)) {
        const QString shown = m_shown.value(slotOf(v.kind, v.value));
        QList<QStandardItem*> items { new QStandardItem(kindName(v.kind)),
            new QStandardItem(v.value), new QStandardItem(m_display.number(qint64(v.rows))),
            new QStandardItem(shown.isEmpty() ? tr("— to choose —") : shown) };
        for (QStandardItem* item : items)
            item->setToolTip(item->text());
        m_model->appendRow(items);
    }
    m_model->setHorizontalHeaderLabels(
        { tr("What"), tr("Written in the file"), tr("Rows"), tr("Your choice") });
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(1, std::min(m_table->columnWidth(1), 320));
    if (selected >= 0 && selected < m_values.size())
        selectTableRow(m_table, selected);
    m_title->setVisible(!m_values.isEmpty());
    m_help->setVisible(!m_values.isEmpty());
    m_split->setVisible(!m_values.isEmpty());
}

int ValueChoicesPanel::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

bool ValueChoicesPanel::selectValue(const QString& kind, const QString& value)
{
    for (int i = 0; i < m_values.size(); ++i) {
        if (m_values.at(i).kind == kind
            && text::foldForSearch(m_values.at(i).value) == text::foldForSearch(value)) {
            selectTableRow(m_table, i);
            showSelected();
            return true;
        }
    }
    return false;
}

void ValueChoicesPanel::showSelected()
{
    const int row = selectedRow();
    const bool any = row >= 0 && row < m_values.size();
    for (QWidget* w : { static_cast<QWidget*>(m_suggestionLabel),
             static_cast<QWidget*>(m_suggestions), static_cast<QWidget*>(m_useSuggestion),
             static_cast<QWidget*>(m_create), static_cast<QWidget*>(m_skip),
             static_cast<QWidget*>(m_pickLabel), static_cast<QWidget*>(m_filter),
             static_cast<QWidget*>(m_picker), static_cast<QWidget*>(m_usePicked) })
        w->setVisible(!m_values.isEmpty());
    m_suggestions->clear();
    m_pickerModel->clear();
    m_filter->clear();
    if (!any) {
        for (QPushButton* b : { m_useSuggestion, m_create, m_skip, m_usePicked })
            b->setEnabled(false);
        return;
    }
    const Value& v = m_values.at(row);
    for (qsizetype i = 0; i < v.suggestions.size(); ++i) {
        const QString key = v.suggestionKeys.value(i);
        if (!key.isEmpty())
            m_suggestions->addItem(v.suggestions.at(i), key);
    }
    m_useSuggestion->setEnabled(m_suggestions->count() > 0);
    m_suggestions->setEnabled(m_suggestions->count() > 0);
    m_create->setEnabled(v.canCreate);
    m_create->setVisible(v.canCreate);
    m_skip->setEnabled(true);
    for (const ValueCandidate& c : m_candidates.value(v.kind)) {
        auto* item = new QStandardItem(c.display);
        item->setData(c.key, KeyRole);
        item->setData(c.search + QLatin1Char(' ') + text::foldForSearch(c.display), SearchRole);
        m_pickerModel->appendRow(item);
    }
    m_usePicked->setEnabled(m_pickerModel->rowCount() > 0);
}

void ValueChoicesPanel::choose(const interop::ValueChoice& choice, const QString& shown)
{
    const int row = selectedRow();
    if (row < 0 || row >= m_values.size())
        return;
    const Value& v = m_values.at(row);
    const auto kind = interop::valueKindFromKey(v.kind);
    if (!kind)
        return;
    m_choices.set(*kind, v.value, choice);
    m_shown.insert(slotOf(v.kind, v.value), shown);
    fillTable();
    selectTableRow(m_table, std::min(row + 1, int(m_values.size()) - 1));
    showSelected();
    emit choicesChanged();
}

void ValueChoicesPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ValueChoicesPanel::retranslate()
{
    m_title->setText(tr("Values that matched nothing in the registry"));
    m_help->setText(
        tr("For each value, take a suggestion, pick any known value, create it, or leave its rows "
           "out; then choose “Check again”. Your choices are remembered for this partner, so its "
           "next files match by themselves."));
    m_suggestionLabel->setText(tr("Suggestion:"));
    m_useSuggestion->setText(tr("Use suggestion"));
    m_create->setText(tr("Create it"));
    m_skip->setText(tr("Leave these rows out"));
    m_pickLabel->setText(tr("Or pick any known value:"));
    m_filter->setPlaceholderText(tr("Type to filter (Arabic or Latin)"));
    m_usePicked->setText(tr("Use picked value"));
    if (!m_values.isEmpty())
        fillTable();
}

} // namespace tansiq::ui
