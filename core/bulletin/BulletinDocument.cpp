#include "core/bulletin/BulletinDocument.h"

#include "core/bulletin/BulletinMaps.h"
#include "core/bulletin/BulletinRegistrations.h"
#include "core/bulletin/BulletinText.h"
#include "core/bulletin/ChartObject.h"
#include "core/bulletin/CoordinationSection.h"
#include "core/bulletin/DocumentWriter.h"
#include "core/bulletin/MapObject.h"

#include <QTextDocument>

namespace tansiq::report {

namespace {

void keyFigures(DocumentWriter& w, const BulletinData& d, const ReportFormat& f)
{
    const BulletinText t(d.language);
    ReportTable table;
    table.headers = { t.translate("tansiq::Bulletin", "Figure"),
        t.translate("tansiq::Bulletin", "This month"),
        t.translate("tansiq::Bulletin", "Change from last month") };
    table.numericColumns = { 1, 2 };
    auto row = [&](const QString& label, const KeyFigure& figure) {
        table.rows << QStringList { label, f.number(figure.value),
            f.change(figure.value, figure.previous) };
    };
    row(t.translate("tansiq::Bulletin", "Active partners"), d.activePartners);
    row(t.translate("tansiq::Bulletin", "Activities"), d.activities);
    row(t.translate("tansiq::Bulletin", "People reached (unique estimate)"), d.reachedUnique);
    row(t.translate("tansiq::Bulletin", "People reached (sum of reports)"), d.reachedSum);
    row(t.translate("tansiq::Bulletin", "Sectors with activities"), d.sectors);
    w.table(table, 10);
    w.note(t.translate("tansiq::Bulletin",
        "“People reached (unique estimate)” takes, in each place and sector, the highest "
        "number reached by any one partner, and adds these up: people served by two "
        "partners are counted once. The sum of reports counts them twice."));
}

void charts(DocumentWriter& w, const BulletinData& d)
{
    const BulletinText t(d.language);
    w.heading(t.translate("tansiq::Bulletin", "People reached by sector"));
    ChartSpec bars;
    bars.kind = ChartSpec::Kind::Bars;
    bars.series = d.reachBySector;
    bars.language = d.language;
    bars.arabicDigits = d.arabicDigits;
    bars.sizeMm = QSizeF(170, 8.0 * std::max<qsizetype>(3, d.reachBySector.labels.size()));
    w.paragraph(QString());
    ChartObject::insert(w.cursor(), bars);
    w.note(t.translate("tansiq::Bulletin", "Unique estimate of people reached in %1, per sector.")
               .arg(d.areaName));

    w.heading(
        t.translate("tansiq::Bulletin", "Monthly trend"), true); // never orphaned under the bars
    ChartSpec columns;
    columns.kind = ChartSpec::Kind::Columns;
    columns.series = d.monthlyTrend;
    columns.language = d.language;
    columns.arabicDigits = d.arabicDigits;
    columns.sizeMm = QSizeF(170, 75);
    w.paragraph(QString());
    ChartObject::insert(w.cursor(), columns);
    w.note(t.translate("tansiq::Bulletin",
        "Unique estimate of people reached by activities active in each month."));
}

void maps(DocumentWriter& w, const BulletinData& d)
{
    const BulletinText t(d.language);
    w.heading(t.translate("tansiq::Bulletin", "Where partners reach people"), true);
    w.paragraph(QString());
    MapObject::insert(w.cursor(), BulletinMaps::reached(d, t), QSizeF(170, 105));
    w.note(t.translate("tansiq::Bulletin",
                "People reached (unique estimate) per place in %1; grey: no activity.")
               .arg(ReportFormat(d.language, d.arabicDigits).month(d.month)));
    w.paragraph(QString());
    MapObject::insert(w.cursor(), BulletinMaps::activities(d, t), QSizeF(170, 105));
    w.note(t.translate("tansiq::Bulletin",
        "Activities active in the month per place: the area of a circle is "
        "proportional to the number of activities."));
}

void methodsAndSources(DocumentWriter& w, const BulletinData& d)
{
    const BulletinText t(d.language);
    w.heading(t.translate("tansiq::Bulletin", "Methods"), true);
    w.paragraph(t.translate("tansiq::Bulletin",
        "An activity counts in a month when its period overlaps that month, whatever "
        "month it started or was reported in; activities without an end date count "
        "while their status is ongoing."));
    w.paragraph(t.translate("tansiq::Bulletin",
        "Active partners are the organisations implementing at least one activity in "
        "the month. People reached (unique estimate): within each place and sector, "
        "the highest figure reported by one partner; these maxima are added across "
        "places, and across sectors the highest value per place is kept."));
    w.paragraph(t.translate("tansiq::Bulletin",
        "Coverage is the unique estimate of people reached divided by the people in "
        "need. Gaps are place and sector pairs with severity 3 or more; they are "
        "ordered by severity, then by people in need not yet reached."));
    w.paragraph(t.translate("tansiq::Bulletin",
        "Possible duplication: activities of different organisations in the same "
        "sub-district, sector, activity type and population group whose periods "
        "overlap, unless a coordinator marked them complementary."));
    w.heading(t.translate("tansiq::Bulletin", "Data sources and licences"));
    w.paragraph(t.translate("tansiq::Bulletin",
                     "Activities and needs: partner 4W reports to %1, as registered in Tansiq.")
                    .arg(d.officeName));
    w.paragraph(t.translate("tansiq::Bulletin",
        "Administrative boundaries and P-codes: OCHA / UNCS Syria COD-AB via "
        "geoBoundaries (CC BY 3.0 IGO); gazetteer: OpenSyria Data Geography "
        "(CC BY 4.0), GeoNames (CC BY 4.0), Wikidata (CC0)."));
    if (!d.dataNote.isEmpty())
        w.paragraph(d.dataNote);
    w.paragraph(t.translate(
        "tansiq::Bulletin", "Fonts: Noto Naskh Arabic and Noto Sans (SIL Open Font Licence 1.1)."));
    w.note(t.translate("tansiq::Bulletin",
        "The boundaries and names on the maps do not imply official endorsement or "
        "acceptance by the United Nations or any partner."));
}

void writeContents(QTextDocument& document, const BulletinData& d)
{
    const BulletinText t(d.language);
    const ReportFormat f(d.language, d.arabicDigits);
    DocumentWriter w(document, f);

    w.title(t.translate("tansiq::Bulletin", "Humanitarian response bulletin"));
    w.paragraph(d.areaName, 16, true);
    w.paragraph(f.month(d.month), 16);
    w.paragraph(d.officeName, 12);
    w.note(
        t.translate("tansiq::Bulletin", "Produced on %1 with Tansiq.").arg(f.date(d.producedOn)));

    w.heading(t.translate("tansiq::Bulletin", "Key figures for %1").arg(f.month(d.month)));
    keyFigures(w, d, f);
    charts(w, d);
    maps(w, d);

    w.heading(t.translate("tansiq::Bulletin", "Who does what where"), true);
    w.note(d.summaryCaption);
    w.table(d.summary);

    w.heading(
        t.translate("tansiq::Bulletin", "Gaps: where needs are severe and the response short"),
        true);
    w.note(d.gapsCaption);
    w.note(d.gapFormula);
    if (!d.gaps.rows.isEmpty())
        w.table(d.gaps);

    w.heading(t.translate("tansiq::Bulletin", "Possible duplication still open"), true);
    if (d.duplicates.rows.isEmpty()) {
        w.paragraph(t.translate("tansiq::Bulletin", "No open duplication alert this month."));
    } else {
        w.note(d.duplicatesCaption);
        w.table(d.duplicates);
    }

    w.heading(t.translate("tansiq::Bulletin", "Partners present"), true);
    w.table(d.partners);
    writePartnerRegistrations(w, d);

    writeCoordinationSection(w, d.coordination, d.language);

    methodsAndSources(w, d);
}

} // namespace

PageSetup BulletinDocument::pageSetup(const BulletinData& d)
{
    const ReportFormat format(d.language, d.arabicDigits);
    const BulletinText t(d.language);
    PageSetup setup;
    setup.language = d.language;
    setup.arabicDigits = d.arabicDigits;
    setup.title = t.translate("tansiq::Bulletin", "Humanitarian response bulletin — %1 — %2")
                      .arg(d.areaName, format.month(d.month));
    setup.footerText = t.translate("tansiq::Bulletin", "Tansiq | %1 | %2")
                           .arg(d.officeName, format.month(d.month));
    return setup;
}

std::unique_ptr<QTextDocument> BulletinDocument::build(const BulletinData& d)
{
    auto document = std::make_unique<QTextDocument>();
    PdfPager::prepare(*document, pageSetup(d));
    writeContents(*document, d);
    return document;
}

Status BulletinDocument::writePdf(const BulletinData& data, const QString& path, PageImages* images)
{
    const auto document = build(data);
    return PdfPager::write(*document, pageSetup(data), path, images);
}

} // namespace tansiq::report
