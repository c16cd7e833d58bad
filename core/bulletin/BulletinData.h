#pragma once

#include "core/bulletin/CoordinationReportData.h"
#include "core/registry/Vocabulary.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace tansiq::report {

// A figure with last month's value, to show the change.
struct KeyFigure {
    double value = 0;
    std::optional<double> previous;
};

// A table as the bulletin prints it: header row, body rows, and an optional total row.
struct ReportTable {
    QStringList headers;
    QList<QStringList> rows;
    QStringList totals; // empty: no total row
    QList<int> numericColumns; // aligned to the number side
};

struct ChartSeries {
    QStringList labels;
    std::vector<double> values;
};

// A value per place, for the map.
struct MapValue {
    QString pcode;
    double value = 0;
};

// Everything a monthly bulletin shows, already computed (by BulletinCollector from the 4W
// engine) and in the bulletin's language. Layout code reads only this.
struct BulletinData {
    Language language = Language::Arabic;
    bool arabicDigits = false;
    QString officeName;
    QString areaName; // "Syria" or the chosen governorate/district
    QString areaPcode; // empty: the whole country
    QDate month; // first day of the bulletin's month
    QDate producedOn;

    KeyFigure activePartners;
    KeyFigure activities;
    KeyFigure reachedUnique;
    KeyFigure reachedSum;
    KeyFigure sectors;

    ReportTable summary; // sector × place
    QString summaryCaption;
    ChartSeries reachBySector;
    ChartSeries monthlyTrend; // unique people reached per month, last 12 months

    int areaLevel = 0; // 0 country, 1 governorate ... 4 community
    QString mapArea; // P-code the maps are cropped to (level 1-3); empty: country
    int mapLevel = 1; // admin level of the choropleth
    QList<MapValue> choropleth; // unique people reached per place
    QList<MapValue> symbols; // activities per place (proportional symbols)

    ReportTable gaps; // priority order
    QString gapFormula;
    QString gapsCaption; // how many severe needs, how many listed
    ReportTable duplicates; // open alerts
    QString duplicatesCaption;
    ReportTable partners; // partners present and their sectors
    // New partners and registrations (BulletinRegistrations.h).
    ReportTable newPartners; // implementing in the area for the first time this month
    ReportTable registrationAlerts; // expired or expiring within 60 days at the month's end
    QString registrationsCaption;
    bool registrationsKnown = false; // the caller read the registrations
    QString dataNote; // what the registry held when the bulletin was made

    // Read from the registry, not the engine, by whoever has it (the CLI, the Bulletin page).
    CoordinationData coordination; // the "Coordination" section (issue 16)
};

} // namespace tansiq::report
