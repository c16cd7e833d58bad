// A map painted by the shared renderer inside a PDF page: vector, with its legend and the
// boundaries' attribution readable in the text layer.

#include "core/bulletin/DocumentWriter.h"
#include "core/bulletin/MapObject.h"
#include "core/bulletin/PdfPager.h"
#include "core/render/GeoLayer.h"
#include "core/render/MapScene.h"
#include "tests/report/PdfTools.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTextDocument>

#include <gtest/gtest.h>

using namespace tansiq;
using namespace tansiq::report;

TEST(MapInPdf, TheMapIsDrawnWithItsLegendAndAttribution)
{
    const auto governorates
        = render::GeoLayer::fromFile(QStringLiteral(":/geodata/syr_admin1_simplified.geojson"), 1);
    ASSERT_TRUE(governorates.has_value());
    auto scene = std::make_shared<render::MapScene>();
    scene->outline = &*governorates;
    scene->layer = &*governorates;
    QList<double> values;
    for (const auto& feature : governorates->features()) {
        const double value = feature.pcode == u"SY09" ? 90000 : 1000;
        scene->values.insert(feature.pcode, value);
        values << value;
    }
    scene->scale = render::ColorScale::quantiles(values);
    scene->legendTitle = QStringLiteral("People reached");
    scene->attribution
        = QStringLiteral("Boundaries: OCHA/UNCS COD-AB via geoBoundaries, CC BY 3.0 IGO");
    scene->formatValue = [](double v) { return QString::number(qint64(v)); };

    PageSetup setup;
    setup.language = Language::English;
    QTextDocument document;
    PdfPager::prepare(document, setup);
    const ReportFormat format(Language::English, false);
    {
        DocumentWriter writer(document, format);
        writer.heading(QStringLiteral("Where partners reach people"));
        writer.paragraph(QString());
        MapObject::insert(writer.cursor(), scene, QSizeF(170, 120));
    }
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("map.pdf"));
    ASSERT_TRUE(PdfPager::write(document, setup, path).ok());
    const QString text = test::pdfText(path).simplified(); // the legend may wrap its title
    EXPECT_TRUE(text.contains(QStringLiteral("People reached"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("CC BY 3.0 IGO"))) << text.toStdString();
    EXPECT_EQ(test::pdfPageCount(path), 1);
}
