#include "ui/map/MapPage.h"

#include "core/browse/PlaceMeasures.h"
#include "core/engine/Snapshot.h"
#include "core/workspace/Workspace.h"
#include "ui/common/DisplaySettings.h"
#include "ui/common/PlaceChip.h"
#include "ui/common/PlaceSelection.h"
#include "ui/common/SnapshotService.h"
#include "ui/common/UiContext.h"
#include "ui/map/MapWidget.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace tansiq::ui {

MapPage::MapPage(UiContext& context, QWidget* parent)
    : Page(parent), m_context(context), m_layers(context.workspace.database())
{
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("level"));
    m_style = new QComboBox(this);
    m_style->setObjectName(QStringLiteral("style"));
    m_measure = new QComboBox(this);
    m_measure->setObjectName(QStringLiteral("measure"));
    for (int i = 0; i < 3; ++i)
        m_level->addItem(QString(), i + 1);
    m_style->addItem(QString(), int(render::MapScene::Style::Choropleth));
    m_style->addItem(QString(), int(render::MapScene::Style::Symbols));
    for (PlaceMeasure measure : { PlaceMeasure::Activities, PlaceMeasure::Reached,
             PlaceMeasure::Partners, PlaceMeasure::Severity })
        m_measure->addItem(QString(), int(measure));
    m_periodCaption = new QLabel(this);
    m_from = new QComboBox(this);
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_to = new QComboBox(this);
    m_to->setObjectName(QStringLiteral("periodTo"));
    m_from->addItem(QString(), QString());
    m_to->addItem(QString(), QString());
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("placeInfo"));
    QFont strong = m_info->font();
    strong.setBold(true);
    m_info->setFont(strong);
    m_map = new MapWidget(this);
    auto* controls = new QHBoxLayout;
    controls->addWidget(m_level);
    controls->addWidget(m_style);
    controls->addWidget(m_measure);
    controls->addSpacing(12);
    controls->addWidget(m_periodCaption);
    controls->addWidget(m_from);
    controls->addWidget(m_to);
    controls->addStretch(1);
    auto* status = new QHBoxLayout;
    status->addWidget(m_info);
    status->addWidget(new PlaceChip(context, this));
    status->addWidget(m_hint, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(status);
    layout->addWidget(m_map, 1);

    connect(m_level, &QComboBox::activated, this, [this] {
        // Districts and sub-districts read best as symbols over the governorates.
        m_style->setCurrentIndex(m_level->currentIndex() == 0 ? 0 : 1);
        refresh();
    });
    connect(m_style, &QComboBox::activated, this, &MapPage::rebuildScene);
    connect(m_measure, &QComboBox::activated, this, &MapPage::refresh);
    connect(m_from, &QComboBox::activated, this, &MapPage::refresh);
    connect(m_to, &QComboBox::activated, this, &MapPage::refresh);
    // Hovering a place names it with its value; off the map, the chosen place's.
    connect(
        m_map, &MapWidget::placeHovered, this, [this](const QString&, const QString& description) {
            m_info->setText(description.isEmpty() ? placeInfo() : description);
        });
    connect(m_map, &MapWidget::placeClicked, this, [this](const QString& pcode) {
        m_context.selection.setPcode(pcode == m_context.selection.pcode() ? QString() : pcode);
        m_info->setText(m_map->describe(pcode));
    });
    connect(&context.selection, &PlaceSelection::changed, this, &MapPage::rebuildScene);
    connect(&context.display, &DisplaySettings::changed, this, &MapPage::rebuildScene);
    connect(&context.snapshots, &SnapshotService::snapshotChanged, this, &MapPage::refresh);
    connect(&context.snapshots, &SnapshotService::buildFailed, this, [this] { m_pending = 0; });
    connect(&context.display, &DisplaySettings::changed, this, [this] { fillPeriod(m_months); });
    retranslate();
    refresh();
}

void MapPage::refresh()
{
    if (deferredWhileHidden()) // a hidden page does not keep the analysis thread busy
        return;
    const int level = m_level->currentData().toInt();
    const auto measure = PlaceMeasure(m_measure->currentData().toInt());
    ActivityFilter filter;
    filter.monthFrom = m_from->currentData().toString();
    filter.monthTo = m_to->currentData().toString();
    if (!filter.monthFrom.isEmpty() && !filter.monthTo.isEmpty()
        && filter.monthFrom > filter.monthTo)
        std::swap(filter.monthFrom, filter.monthTo);
    const int generation = ++m_generation;
    ++m_pending;
    struct Loaded {
        QHash<QString, double> values;
        QStringList months; // an edit, an import or a bundle may have brought a month
    };
    // On the analysis thread, from the snapshot; a superseded answer is dropped.
    SnapshotService& service = m_context.snapshots;
    service.run<Loaded>(
        this,
        [level, measure, filter, &service](const engine::Snapshot& s) {
            return Loaded { PlaceMeasures::compute(s, level, measure, filter, service.workers()),
                s.reportingMonths() };
        },
        [this, generation](Loaded loaded) {
            --m_pending;
            if (generation != m_generation)
                return;
            fillPeriod(loaded.months);
            m_values = std::move(loaded.values);
            rebuildScene();
            m_info->setText(placeInfo());
        });
}

void MapPage::fillPeriod(const QStringList& months)
{
    m_months = months;
    for (QComboBox* combo : { m_from, m_to }) {
        const QString current = combo->currentData().toString();
        while (combo->count() > 1)
            combo->removeItem(1);
        for (const QString& month : months)
            combo->addItem(m_context.display.date(month), month);
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    }
}

void MapPage::setPeriod(const QString& from, const QString& to)
{
    m_from->setCurrentIndex(std::max(0, m_from->findData(from)));
    m_to->setCurrentIndex(std::max(0, m_to->findData(to)));
    refresh();
}

QString MapPage::placeInfo() const
{
    return m_map ? m_map->describe(m_context.selection.pcode()) : QString();
}

QString MapPage::measureTitle() const
{
    switch (PlaceMeasure(m_measure->currentData().toInt())) {
    case PlaceMeasure::Activities:
        return tr("Activities");
    case PlaceMeasure::Reached:
        return tr("People reached");
    case PlaceMeasure::Partners:
        return tr("Partners (implementing organisations)");
    case PlaceMeasure::Severity:
        return tr("Highest severity of needs (1-5)");
    }
    return {};
}

void MapPage::rebuildScene()
{
    const DisplaySettings& display = m_context.display;
    render::MapScene scene;
    scene.outline = m_layers.level(1);
    scene.layer = m_layers.level(m_level->currentData().toInt());
    scene.style = render::MapScene::Style(m_style->currentData().toInt());
    scene.values = m_values;
    scene.scale = PlaceMeasure(m_measure->currentData().toInt()) == PlaceMeasure::Severity
        ? render::ColorScale::severity()
        : render::ColorScale::quantiles(m_values.values());
    scene.legendTitle = measureTitle();
    scene.noDataLabel = tr("No data");
    scene.attribution = tr("Boundaries: OCHA/UNCS COD-AB via geoBoundaries, CC BY 3.0 IGO");
    scene.selectedPcode = m_context.selection.pcode();
    scene.rightToLeft = layoutDirection() == Qt::RightToLeft;
    scene.arabicNames = display.isArabic();
    scene.formatValue = [&display](double value) { return display.number(qint64(value)); };
    scene.formatKilometres = [&display, unit = tr("%1 km")](
                                 double km) { return unit.arg(display.number(qint64(km))); };
    m_map->setScene(std::move(scene));
}

void MapPage::retranslate()
{
    const QStringList levels { tr("Governorates"), tr("Districts"), tr("Sub-districts") };
    for (int i = 0; i < levels.size(); ++i)
        m_level->setItemText(i, levels.at(i));
    m_style->setItemText(0, tr("Shaded areas"));
    m_style->setItemText(1, tr("Proportional symbols"));
    const QStringList measures { tr("Activities"), tr("People reached"), tr("Partners"),
        tr("Severity") };
    for (int i = 0; i < measures.size(); ++i)
        m_measure->setItemText(i, measures.at(i));
    m_hint->setText(tr(
        "Click a place to filter the dashboard, activities and needs; click it again to clear."));
    m_periodCaption->setText(tr("Period:"));
    m_from->setItemText(0, tr("From the first month"));
    m_to->setItemText(0, tr("To the last month"));
    rebuildScene();
}

} // namespace tansiq::ui
