#include "core/bulletin/BulletinCollector.h"

#include "core/bulletin/BulletinRegistrations.h"
#include "core/bulletin/BulletinTables.h"
#include "core/engine/Calendar.h"
#include "core/engine/Members.h"
#include "core/engine/PivotEngine.h"
#include "core/office/LocalOffice.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace tansiq::report {

namespace {

using engine::Dimension;
using engine::Measure;

QDate dateOfMonth(int month)
{
    return QDate(engine::calendar::yearOfMonth(month), month % 12 + 1, 1);
}

double finite(double value)
{
    return std::isfinite(value) ? value : 0;
}

struct MonthFigures {
    double partners = 0;
    double activities = 0;
    double reachedUnique = 0;
    double reachedSum = 0;
    double sectors = 0;
    engine::PivotResult uniqueBySector;
};

engine::PivotResult pivot(const engine::Snapshot& s, const QList<engine::Filter>& filters,
    Dimension rows, Measure measure, engine::Period period)
{
    engine::PivotQuery q;
    q.rows = rows;
    q.columns = Dimension::None;
    q.measure = measure;
    q.filters = filters;
    q.period = period;
    return engine::PivotEngine(s).run(q);
}

// The key figures of one month: each total is the engine's own total for the area (never a
// sum of sector rows, which would count a partner or a person twice).
MonthFigures figuresOf(const engine::Snapshot& s, const QList<engine::Filter>& filters, int month)
{
    const engine::Period period { month, month };
    MonthFigures f;
    f.partners
        = finite(pivot(s, filters, Dimension::Sector, Measure::Organisations, period).grandTotal());
    const engine::PivotResult activities
        = pivot(s, filters, Dimension::Sector, Measure::Activities, period);
    f.activities = finite(activities.grandTotal());
    for (int r = 0; r < activities.rowCount(); ++r)
        f.sectors += activities.activityCount(r, 0) > 0 ? 1 : 0;
    f.uniqueBySector = pivot(s, filters, Dimension::Sector, Measure::ReachedUnique, period);
    f.reachedUnique = finite(f.uniqueBySector.grandTotal());
    f.reachedSum
        = finite(pivot(s, filters, Dimension::Sector, Measure::Reached, period).grandTotal());
    return f;
}

ChartSeries reachBySector(
    const engine::Snapshot& s, const engine::PivotResult& bySector, Language language)
{
    QList<QPair<double, QString>> bars;
    for (int r = 0; r < bySector.rowCount(); ++r) {
        if (bySector.activityCount(r, 0) > 0)
            bars.append({ finite(bySector.value(r, 0)),
                engine::memberLabel(s, Dimension::Sector, bySector.rowMembers.at(r), language) });
    }
    std::stable_sort(
        bars.begin(), bars.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    ChartSeries series;
    for (const auto& [value, label] : bars) {
        series.labels << label;
        series.values.push_back(value);
    }
    return series;
}

ChartSeries monthlyTrend(const engine::Snapshot& s, const QList<engine::Filter>& filters, int month,
    const ReportFormat& format)
{
    const engine::Period year { month - 11, month };
    const engine::PivotResult byMonth
        = pivot(s, filters, Dimension::Month, Measure::ReachedUnique, year);
    ChartSeries series;
    for (int m = year.firstMonth; m <= year.lastMonth; ++m) {
        const int row = int(byMonth.rowMembers.indexOf(m));
        series.labels << format.shortMonth(dateOfMonth(m));
        series.values.push_back(row < 0 ? 0 : finite(byMonth.value(row, 0)));
    }
    return series;
}

void mapValues(
    const engine::Snapshot& s, const QList<engine::Filter>& filters, int month, BulletinData& d)
{
    const Dimension level = engine::adminDimension(d.mapLevel);
    const engine::Period period { month, month };
    const engine::PivotResult unique = pivot(s, filters, level, Measure::ReachedUnique, period);
    for (int r = 0; r < unique.rowCount(); ++r) {
        const int place = unique.rowMembers.at(r);
        if (place < 0)
            continue; // reported for a wider area: no polygon to colour
        d.choropleth << MapValue { s.places.at(place).pcode, finite(unique.value(r, 0)) };
        d.symbols << MapValue { s.places.at(place).pcode, double(unique.activityCount(r, 0)) };
    }
}

QString countryName(const engine::Snapshot& s, Language language, const BulletinText& text)
{
    const int country = s.placeOf(QStringLiteral("SY"));
    if (country >= 0 && s.places.at(country).level == 0) {
        const engine::PlaceEntry& p = s.places.at(country);
        const QString name = language == Language::Arabic ? p.nameAr : p.nameEn;
        if (!name.isEmpty())
            return name;
    }
    return text.translate("tansiq::Bulletin", "Syria");
}

} // namespace

Result<int> BulletinCollector::parseMonth(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}$"));
    const QString trimmed = text.trimmed();
    const QByteArray raw = trimmed.toLatin1();
    std::optional<int> month;
    if (shape.match(trimmed).hasMatch())
        month = engine::calendar::parseMonth(raw.constData(), int(raw.size()));
    if (!month) {
        return Issue::error(QStringLiteral("bad-month"), QStringLiteral("--month"), text,
            tr("“%1” is not a month: write it as YYYY-MM, for example 2026-10.").arg(text));
    }
    return *month;
}

QList<engine::Filter> BulletinCollector::areaFilters(const engine::Snapshot& s, int place)
{
    if (place < 0 || s.places.at(place).level < 1)
        return {};
    return { engine::Filter { engine::adminDimension(s.places.at(place).level), { place } } };
}

Result<BulletinData> BulletinCollector::collect(const BulletinRequest& request) const
{
    const engine::Snapshot& s = m_s;
    int place = -1;
    if (!request.areaPcode.trimmed().isEmpty()) {
        place = s.placeOf(request.areaPcode.trimmed().toUpper());
        if (place < 0) {
            return Issue::error(QStringLiteral("unknown-pcode"), QStringLiteral("--area"),
                request.areaPcode,
                tr("“%1” is not a P-code of the gazetteer: give a governorate (SY09), a district "
                   "(SY0901), a sub-district (SY090100) or a community.")
                    .arg(request.areaPcode));
        }
    }
    const engine::Period horizon = engine::PivotEngine(s).horizon();
    if (s.liveCount() == 0 || request.month < horizon.firstMonth
        || request.month > horizon.lastMonth) {
        const QString month = engine::calendar::monthLabel(request.month);
        const QString message = s.liveCount() == 0
            ? tr("No bulletin for %1: the registry holds no activity.").arg(month)
            : tr("No bulletin for %1: the registry's activities run from %2 to %3.")
                  .arg(month, engine::calendar::monthLabel(horizon.firstMonth),
                      engine::calendar::monthLabel(horizon.lastMonth));
        return Issue::error(
            QStringLiteral("month-without-data"), QStringLiteral("--month"), month, message);
    }

    const BulletinText text(request.language);
    const ReportFormat format(request.language, request.arabicDigits);
    const bool arabic = request.language == Language::Arabic;
    const int areaLevel = place >= 0 ? s.places.at(place).level : 0;
    const QList<engine::Filter> filters = areaFilters(s, place);

    BulletinData d;
    d.language = request.language;
    d.arabicDigits = request.arabicDigits;
    d.officeName = request.officeName.isEmpty() ? LocalOffice::defaultName(request.language)
                                                : request.officeName;
    d.areaPcode = areaLevel > 0 ? s.places.at(place).pcode : QString();
    d.areaName = areaLevel > 0 ? (arabic ? s.places.at(place).nameAr : s.places.at(place).nameEn)
                               : countryName(s, request.language, text);
    d.areaLevel = areaLevel;
    if (areaLevel > 0) {
        const int mapPlace = s.places.at(place).ancestor[size_t(std::min(areaLevel, 3))];
        d.mapArea = mapPlace >= 0 ? s.places.at(mapPlace).pcode : QString();
    }
    d.month = dateOfMonth(request.month);
    d.producedOn = request.producedOn;

    const MonthFigures now = figuresOf(s, filters, request.month);
    const MonthFigures before = figuresOf(s, filters, request.month - 1);
    d.activePartners = { now.partners, before.partners };
    d.activities = { now.activities, before.activities };
    d.reachedUnique = { now.reachedUnique, before.reachedUnique };
    d.reachedSum = { now.reachedSum, before.reachedSum };
    d.sectors = { now.sectors, before.sectors };
    d.reachBySector = reachBySector(s, now.uniqueBySector, request.language);
    d.monthlyTrend = monthlyTrend(s, filters, request.month, format);
    d.mapLevel = std::min(summaryLevel(areaLevel), 3);
    mapValues(s, filters, request.month, d);

    const tables::Scope scope { s, filters, engine::Period { request.month, request.month },
        areaLevel, text, format, request };
    tables::summary(scope, d);
    tables::gaps(scope, d);
    tables::duplicates(scope, d);
    tables::partners(scope, d);
    tables::partnerRegistrations(scope, d);
    d.dataNote
        = text.translate("tansiq::Bulletin",
                  "The registry held %1 activities when this bulletin was made, active from %2 "
                  "to %3, and %4 needs assessments (place and sector).")
              .arg(format.number(double(s.liveCount())),
                  format.month(dateOfMonth(horizon.firstMonth)),
                  format.month(dateOfMonth(horizon.lastMonth)),
                  format.number(double(s.needs.size())));
    return d;
}

} // namespace tansiq::report
