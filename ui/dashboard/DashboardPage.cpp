#include "ui/dashboard/DashboardPage.h"

#include "core/engine/Snapshot.h"
#include "core/registry/Registry.h"
#include "core/registry/coordination/CoordinationRegistry.h"
#include "core/workspace/Workspace.h"
#include "ui/common/DisplaySettings.h"
#include "ui/common/PlaceChip.h"
#include "ui/common/PlaceSelection.h"
#include "ui/common/SnapshotService.h"
#include "ui/common/UiContext.h"
#include "ui/dashboard/DashboardCharts.h"
#include "ui/dashboard/KeyFigureTile.h"
#include "ui/dashboard/StartPanel.h"
#include "ui/registry/RecordEdits.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDate>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>

namespace tansiq::ui {

DashboardPage::DashboardPage(UiContext& context, QWidget* parent) : Page(parent), m_context(context)
{
    m_periodLabel = new QLabel(this);
    m_areaLabel = new QLabel(this);
    m_from = new QComboBox(this);
    m_to = new QComboBox(this);
    m_area = new QComboBox(this);
    m_area->setObjectName(QStringLiteral("area"));
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_to->setObjectName(QStringLiteral("periodTo"));
    fillFilters({}); // the months come with the first figures
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_periodLabel);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    filters->addSpacing(16);
    filters->addWidget(m_areaLabel);
    filters->addWidget(m_area);
    filters->addSpacing(8);
    filters->addWidget(new PlaceChip(context, this));
    filters->addStretch();
    auto* tiles = new QHBoxLayout;
    for (int i = 0; i < 5; ++i) {
        m_tiles << new KeyFigureTile(this);
        tiles->addWidget(m_tiles.last());
    }
    // Overdue action points (issue 16): in dark red when there are any.
    m_overdue = new KeyFigureTile(this);
    m_overdue->setObjectName(QStringLiteral("overdueActions"));
    tiles->addWidget(m_overdue);
    m_sectors = new QChartView(this);
    m_sectors->setObjectName(QStringLiteral("sectorChart"));
    m_months = new QChartView(this);
    m_months->setObjectName(QStringLiteral("monthChart"));
    for (QChartView* view : { m_sectors, m_months }) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(280);
    }
    auto* chartsPage = new QWidget(this);
    auto* charts = new QHBoxLayout(chartsPage);
    charts->setContentsMargins(0, 0, 0, 0);
    // The sectors' full names need the wider half ("Camp Coordination and Camp Management").
    charts->addWidget(m_sectors, 3);
    charts->addWidget(m_months, 2);
    m_start = new StartPanel(this);
    connect(m_start, &StartPanel::requested, this, &DashboardPage::startRequested);
    m_body = new QStackedWidget(this);
    m_body->addWidget(chartsPage);
    m_body->addWidget(m_start);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(tiles);
    layout->addWidget(m_body, 1);

    for (QComboBox* combo : { m_from, m_to, m_area })
        connect(combo, &QComboBox::activated, this, [this] {
            const QString pcode = m_area->currentData().toString();
            if (pcode != m_context.selection.pcode())
                m_context.selection.setPcode(pcode); // refreshes through the selection
            else
                refresh();
        });
    connect(&context.selection, &PlaceSelection::changed, this, [this](const QString& pcode) {
        const int index = m_area->findData(pcode);
        m_area->setCurrentIndex(index >= 0 ? index : 0);
        refresh();
    });
    // The figures follow the snapshot (an edit, an import or a bundle publishes a new one);
    // the overdue action points are not in it and follow the edits.
    connect(&context.snapshots, &SnapshotService::snapshotChanged, this, &DashboardPage::refresh);
    connect(&context.snapshots, &SnapshotService::buildFailed, this, [this] { m_pending = 0; });
    connect(&context.edits, &RecordEdits::changed, this, &DashboardPage::showOverdue);
    connect(&context.display, &DisplaySettings::changed, this, [this] {
        fillFilters(m_monthList);
        show(m_data);
    });
    retranslate();
    refresh();
}

void DashboardPage::fillFilters(const QStringList& months)
{
    // A period that ended with the newest month keeps following it when months are added
    // (an edit, an import, a bundle); a period the user chose stays as chosen.
    const bool followNewest
        = m_monthList.isEmpty() || m_to->currentData().toString() == m_monthList.last();
    const bool defaultStart = m_monthList.isEmpty()
        || m_from->currentData().toString()
            == m_monthList.value(std::max(0, int(m_monthList.size()) - 12));
    const QString from = m_from->currentData().toString();
    const QString to = m_to->currentData().toString();
    const QString area = m_area->currentData().toString();
    m_monthList = months;
    m_from->clear();
    m_to->clear();
    m_area->clear();
    for (const QString& month : months) {
        m_from->addItem(m_context.display.date(month), month);
        m_to->addItem(m_context.display.date(month), month);
    }
    // The last twelve months by default: the period a bulletin usually covers.
    const int last = int(months.size()) - 1;
    m_from->setCurrentIndex(defaultStart || m_from->findData(from) < 0 ? std::max(0, last - 11)
                                                                       : m_from->findData(from));
    m_to->setCurrentIndex(followNewest || m_to->findData(to) < 0 ? last : m_to->findData(to));
    for (QWidget* period : { static_cast<QWidget*>(m_periodLabel), static_cast<QWidget*>(m_from),
             static_cast<QWidget*>(m_to) })
        period->setVisible(!months.isEmpty());
    m_area->addItem(tr("All of Syria"), QString());
    for (const AdminUnit& unit : m_context.workspace.registry().reference().adminUnits(1))
        m_area->addItem(m_context.display.pick(unit.nameEn, unit.nameAr), unit.pcode);
    m_area->setCurrentIndex(
        std::max(0, m_area->findData(area.isEmpty() ? m_context.selection.pcode() : area)));
}

void DashboardPage::refresh()
{
    ActivityFilter filter;
    filter.monthFrom = m_from->currentData().toString();
    filter.monthTo = m_to->currentData().toString();
    filter.placePcode = m_context.selection.pcode();
    const int generation = ++m_generation;
    ++m_pending;
    for (KeyFigureTile* tile : std::as_const(m_tiles))
        tile->setValue(QStringLiteral("…"));
    struct Loaded {
        DashboardData data;
        QStringList months;
        bool counted = false;
    };
    // The months are read again with the figures: an edit, an import or a bundle may have
    // added one (or emptied the registry), and the period list follows without a restart.
    // Until the months are known the period is not, so the first answer brings only them.
    const bool count = m_monthsKnown;
    SnapshotService& service = m_context.snapshots;
    service.run<Loaded>(
        this,
        [filter, count, &service](const engine::Snapshot& s) {
            Loaded loaded;
            loaded.months = s.reportingMonths();
            if (count || loaded.months.isEmpty()) {
                loaded.data = DashboardFigures::collect(s, filter, service.workers());
                loaded.counted = true;
            }
            return loaded;
        },
        [this, generation](Loaded loaded) {
            --m_pending;
            if (generation != m_generation)
                return;
            m_monthsKnown = true;
            if (loaded.months != m_monthList) {
                const QString from = m_from->currentData().toString();
                const QString to = m_to->currentData().toString();
                fillFilters(loaded.months);
                if (!loaded.counted || m_from->currentData().toString() != from
                    || m_to->currentData().toString() != to) {
                    refresh(); // the period moved with the newest month: figures for it
                    return;
                }
            }
            show(loaded.data);
        });
}

void DashboardPage::showOverdue()
{
    ActionPointFilter overdue;
    overdue.overdueOn = QDate::currentDate().toString(Qt::ISODate);
    const qint64 count
        = CoordinationRegistry(m_context.workspace.registry()).actions().list(overdue).size();
    m_overdue->setValue(m_context.display.number(count));
    // Overdue points stand out: dark red on light red, like their rows on the coordination pages.
    const bool late = count > 0;
    m_overdue->setStyleSheet(late
            ? QStringLiteral(
                "tansiq--ui--KeyFigureTile { background: #fde2e1; border: 1px solid #e8a5a3; "
                "border-radius: 6px; } QLabel { color: #9b1c1c; }")
            : QStringLiteral(
                "tansiq--ui--KeyFigureTile { background: #f4f8fb; border: 1px solid #d5e1ea; "
                "border-radius: 6px; }"));
    if (auto* value = m_overdue->findChild<QLabel*>(QStringLiteral("value")))
        value->setStyleSheet(
            late ? QStringLiteral("color: #9b1c1c;") : QStringLiteral("color: #1f4e79;"));
}

void DashboardPage::show(const DashboardData& data)
{
    m_data = data;
    showOverdue();
    const DisplaySettings& d = m_context.display;
    const qint64 values[] = { data.figures.activities, data.figures.reached, data.figures.targeted,
        data.figures.partners, data.figures.places };
    for (int i = 0; i < m_tiles.size(); ++i)
        m_tiles.at(i)->setValue(d.number(values[i]));
    QChart* oldSectors = m_sectors->chart();
    QChart* oldMonths = m_months->chart();
    // An empty registry: where to start, not charts of nothing.
    m_body->setCurrentWidget(m_monthsKnown && m_monthList.isEmpty() && data.figures.activities == 0
            ? static_cast<QWidget*>(m_start)
            : m_body->widget(0));
    m_sectors->setChart(DashboardCharts::bySector(data.bySector, d));
    m_months->setChart(DashboardCharts::byMonth(data.byMonth, d));
    delete oldSectors;
    delete oldMonths;
}

bool DashboardPage::showsStart() const
{
    return m_body->currentWidget() == m_start;
}

void DashboardPage::retranslate()
{
    m_periodLabel->setText(tr("Period:"));
    m_areaLabel->setText(tr("Area:"));
    m_area->setItemText(0, tr("All of Syria"));
    const QStringList captions { tr("Activities"), tr("People reached"), tr("People targeted"),
        tr("Partners"), tr("Places") };
    for (int i = 0; i < m_tiles.size(); ++i)
        m_tiles.at(i)->setCaption(captions.at(i));
    m_overdue->setCaption(tr("Overdue action points"));
    show(m_data);
}

} // namespace tansiq::ui
