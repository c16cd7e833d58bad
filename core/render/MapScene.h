#pragma once

#include "core/render/ColorScale.h"

#include <QHash>
#include <QString>

#include <functional>

namespace tansiq::render {

class GeoLayer;

// Everything the renderer needs to draw one map; no widgets, no database.
struct MapScene {
    enum class Style { Choropleth, Symbols };

    const GeoLayer* outline = nullptr; // governorates, always drawn for orientation
    const GeoLayer* layer = nullptr; // the level the measure is shown at
    Style style = Style::Choropleth;
    QHash<QString, double> values; // by P-code of `layer`
    ColorScale scale;
    QString legendTitle;
    QString noDataLabel;
    QString attribution;
    QString selectedPcode;
    bool rightToLeft = false;
    bool arabicNames = false;
    std::function<QString(double)> formatValue; // digits and grouping as the user chose
    // "100 km" in the user's language and digits; no scale bar is drawn when empty.
    std::function<QString(double)> formatKilometres;
};

} // namespace tansiq::render
