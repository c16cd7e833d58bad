#include "ui/registry/ActivitiesPage.h"

#include "core/registry/Registry.h"
#include "core/storage/Database.h"
#include "core/workspace/Workspace.h"
#include "ui/common/ColumnFitter.h"
#include "ui/common/DisplaySettings.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/PlaceSelection.h"
#include "ui/common/Prompts.h"
#include "ui/common/UiContext.h"
#include "ui/registry/ActivityEditor.h"
#include "ui/registry/ActivityTableModel.h"
#include "ui/registry/ColumnChooser.h"
#include "ui/registry/OrganisationCombo.h"
#include "ui/registry/RecordEdits.h"
#include "ui/registry/SectorCombo.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>

namespace tansiq::ui {

ActivitiesPage::ActivitiesPage(UiContext& context, QWidget* parent)
    : Page(parent), m_context(context)
{
    Registry& registry = context.workspace.registry();
    m_model = new ActivityTableModel(registry, context.snapshots, context.display, this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_sector = new SectorCombo(registry.reference().sectors(), context.display, true, this);
    m_organisation
        = new OrganisationCombo(registry.organisations().list(), context.display, true, this);
    m_organisation->setMaximumWidth(260);
    m_from = new QComboBox(this);
    m_to = new QComboBox(this);
    fillMonths();
    m_place = new QLabel(this);
    m_clearPlace = new QPushButton(this);
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("add"));
    m_edit = new QPushButton(this);
    m_edit->setObjectName(QStringLiteral("edit"));
    m_remove = new QPushButton(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(0, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    // Fixed row heights: the view never measures a million rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setResizeContentsPrecision(200); // sample, never scan
    // The breakdown by sex and age is there for whoever chooses it (right click on the header).
    new ColumnChooser(m_table->horizontalHeader(), &ActivityColumns::isBreakdown);
    // Columns as wide as their contents, headers wrapped over short numbers, long sector names
    // cut only when nothing else has room (ColumnFitter).
    m_columns = new ColumnFitter(m_table);
    m_loading = new QLabel(this);
    m_loading->setObjectName(QStringLiteral("loading"));
    m_loading->setAlignment(Qt::AlignCenter);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_loading);
    m_stack->addWidget(m_table);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("count"));
    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(300);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_sector, 1);
    filters->addWidget(m_organisation, 1);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_place);
    actions->addWidget(m_clearPlace);
    actions->addStretch();
    actions->addWidget(m_add);
    actions->addWidget(m_edit);
    actions->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_count);

    connect(m_search, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, &ActivitiesPage::applyFilters);
    for (QComboBox* combo : { static_cast<QComboBox*>(m_sector),
             static_cast<QComboBox*>(m_organisation), m_from, m_to })
        connect(combo, &QComboBox::activated, this, &ActivitiesPage::applyFilters);
    connect(
        m_clearPlace, &QPushButton::clicked, this, [this] { m_context.selection.setPcode({}); });
    connect(&context.selection, &PlaceSelection::changed, this, &ActivitiesPage::applyFilters);
    connect(m_add, &QPushButton::clicked, this, &ActivitiesPage::addActivity);
    connect(m_edit, &QPushButton::clicked, this,
        [this] { editActivity(m_table->currentIndex().row()); });
    connect(m_remove, &QPushButton::clicked, this,
        [this] { removeActivity(m_table->currentIndex().row()); });
    connect(m_table, &QTableView::doubleClicked, this,
        [this](const QModelIndex& i) { editActivity(i.row()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActivitiesPage::updateCount);
    connect(m_model, &ActivityTableModel::loadingChanged, this, &ActivitiesPage::updateCount);
    connect(m_model, &ActivityTableModel::monthsChanged, this, &ActivitiesPage::fillMonths);
    connect(&context.display, &DisplaySettings::changed, this, [this] {
        m_model->reload(); // names sort in the language shown
        m_sized = false; // the columns are measured again in the new language, once it shows
        fillMonths();
        // The filters name sectors and organisations in the language shown.
        Registry& registry = m_context.workspace.registry();
        for (const Sector& sector : registry.reference().sectors()) {
            if (const int i = m_sector->findData(sector.id); i >= 0)
                m_sector->setItemText(i, m_context.display.pick(sector.nameEn, sector.nameAr));
        }
        for (const Organisation& o : registry.organisations().list()) {
            if (const int i = m_organisation->findData(o.meta.id); i >= 0)
                m_organisation->setItemText(i,
                    o.acronym + QStringLiteral(" — ") + m_context.display.pick(o.nameEn, o.nameAr));
        }
    });
    retranslate();
    applyFilters();
}

void ActivitiesPage::fillMonths()
{
    // The months come with the snapshot (no query on the GUI thread); choices made survive.
    for (QComboBox* combo : { m_from, m_to }) {
        const QString chosen = combo->currentData().toString();
        combo->clear();
        combo->addItem(QString(), QString());
        for (const QString& month : m_model->months())
            combo->addItem(m_context.display.date(month), month);
        combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
    }
    m_from->setItemText(0, tr("From the first month"));
    m_to->setItemText(0, tr("To the last month"));
}

void ActivitiesPage::applyFilters()
{
    m_typing->stop();
    ActivityFilter filter;
    filter.search = m_search->text();
    if (const QUuid sector = m_sector->sectorId(); !sector.isNull())
        filter.sectorIds = { sector };
    if (const QUuid organisation = m_organisation->organisationId(); !organisation.isNull())
        filter.organisationIds = { organisation };
    filter.monthFrom = m_from->currentData().toString();
    filter.monthTo = m_to->currentData().toString();
    filter.placePcode = m_context.selection.pcode();
    m_model->setFilter(filter);
    retranslate();
}

bool ActivitiesPage::busy() const
{
    return m_model->loading();
}

void ActivitiesPage::refresh()
{
    m_model->reload();
}

void ActivitiesPage::updateCount()
{
    const QString count = m_context.display.counted(
        tr("%n activities", nullptr, m_model->rowCount()), m_model->rowCount());
    if (!m_model->hasSnapshot())
        m_count->setText(m_model->loading() ? tr("Loading…") : QString());
    else
        m_count->setText(m_model->loading() ? tr("%1 (updating…)").arg(count) : count);
    m_stack->setCurrentWidget(m_model->hasSnapshot() ? static_cast<QWidget*>(m_table) : m_loading);
    if (!m_sized && !m_model->loading() && m_model->rowCount() > 0) {
        m_sized = true; // once, when the first rows arrive
        m_columns->fit();
    }
}

void ActivitiesPage::addActivity()
{
    editActivity(-1);
}

void ActivitiesPage::editActivity(int row)
{
    Registry& registry = m_context.workspace.registry();
    std::optional<Activity> existing;
    if (row >= 0) {
        const std::optional<ActivityRow> shown = m_model->rowAt(row);
        if (!shown)
            return;
        existing = registry.activities().get(shown->id);
    }
    const ActivityChoices choices { registry.organisations().list(), registry.projects().list(),
        registry.reference().sectors(), registry.reference().activityTypes(),
        registry.reference().adminUnits() };
    ActivityEditor editor(m_context.edits, m_context.display, choices, existing, this);
    editor.exec();
}

void ActivitiesPage::removeActivity(int row)
{
    const std::optional<ActivityRow> shown = m_model->rowAt(row);
    if (!shown)
        return;
    if (!m_context.prompts.confirm(
            this, tr("Delete activity"), tr("Delete this activity? You can undo this.")))
        return;
    const Status removed = m_context.edits.removeActivity(shown->id);
    if (!removed.ok())
        showIssues(this, tr("The activity could not be deleted."), removed.issues());
}

void ActivitiesPage::retranslate()
{
    m_search->setPlaceholderText(tr("Search organisations, places, sectors, P-codes…"));
    m_loading->setText(tr("Loading the activities…"));
    m_sector->setItemText(0, tr("All sectors"));
    m_organisation->setItemText(0, tr("All organisations"));
    m_from->setItemText(0, tr("From the first month"));
    m_to->setItemText(0, tr("To the last month"));
    const QString pcode = m_context.selection.pcode();
    QString placeName = pcode;
    if (const auto unit = m_context.workspace.registry().reference().adminUnit(pcode))
        placeName = m_context.display.pick(unit->nameEn, unit->nameAr);
    m_place->setText(pcode.isEmpty() ? tr("All places") : tr("Place: %1").arg(placeName));
    m_clearPlace->setText(tr("Show all places"));
    m_clearPlace->setVisible(!pcode.isEmpty());
    m_add->setText(tr("Add…"));
    m_edit->setText(tr("Edit…"));
    m_remove->setText(tr("Delete"));
    updateCount();
}

} // namespace tansiq::ui
