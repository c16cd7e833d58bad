#include "MapPage.h"

#include "MapWidget.h"
#include "browse/PlaceMeasures.h"
#include "common/BackgroundQuery.h"
#include "common/DisplaySettings.h"
#include "common/PlaceSelection.h"
#include "common/UiContext.h"
#include "ui/registry/RecordEdits.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

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
    for (PlaceMeasure measure : {PlaceMeasure::Activities, PlaceMeasure::Reached,
                                 PlaceMeasure::Partners, PlaceMeasure::Severity})
        m_measure->addItem(QString(), int(measure));
    m_hint = new QLabel(this);
    m_map = new MapWidget(this);
    auto* controls = new QHBoxLayout;
    controls->addWidget(m_level);
    controls->addWidget(m_style);
    controls->addWidget(m_measure);
    controls->addWidget(m_hint, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_map, 1);

    connect(m_level, &QComboBox::activated, this, [this] {
        // Districts and sub-districts read best as symbols over the governorates.
        m_style->setCurrentIndex(m_level->currentIndex() == 0 ? 0 : 1);
        refresh();
    });
    connect(m_style, &QComboBox::activated, this, &MapPage::rebuildScene);
    connect(m_measure, &QComboBox::activated, this, &MapPage::refresh);
    connect(m_map, &MapWidget::placeClicked, this, [this](const QString& pcode) {
        m_context.selection.setPcode(pcode == m_context.selection.pcode() ? QString() : pcode);
    });
    connect(&context.selection, &PlaceSelection::changed, this, &MapPage::rebuildScene);
    connect(&context.display, &DisplaySettings::changed, this, &MapPage::rebuildScene);
    connect(&context.edits, &RecordEdits::changed, this, &MapPage::refresh);
    retranslate();
    refresh();
}

void MapPage::refresh()
{
    const int level = m_level->currentData().toInt();
    const auto measure = PlaceMeasure(m_measure->currentData().toInt());
    const int generation = ++m_generation;
    ++m_pending;
    runBackgroundQuery<QHash<QString, double>>(
        this, m_context.workspace.database().path(),
        [level, measure](Database& db) { return PlaceMeasures::compute(db, level, measure, {}); },
        [this, generation](QHash<QString, double> values) {
            --m_pending;
            if (generation != m_generation)
                return;
            m_values = std::move(values);
            rebuildScene();
        });
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
    scene.formatKilometres = [&display, unit = tr("%1 km")](double km) {
        return unit.arg(display.number(qint64(km)));
    };
    m_map->setScene(std::move(scene));
}

void MapPage::retranslate()
{
    const QStringList levels{tr("Governorates"), tr("Districts"), tr("Sub-districts")};
    for (int i = 0; i < levels.size(); ++i)
        m_level->setItemText(i, levels.at(i));
    m_style->setItemText(0, tr("Shaded areas"));
    m_style->setItemText(1, tr("Proportional symbols"));
    const QStringList measures{tr("Activities"), tr("People reached"), tr("Partners"), tr("Severity")};
    for (int i = 0; i < measures.size(); ++i)
        m_measure->setItemText(i, measures.at(i));
    m_hint->setText(tr("Click a place to filter the dashboard, activities and needs; click it again to clear."));
    m_hint->setWordWrap(true);
    rebuildScene();
}

}  // namespace tansiq::ui
