#pragma once

#include "core/engine/HugePages.h"
#include "core/engine/KeyIndex.h"
#include "core/engine/SiteNames.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <memory>
#include <vector>

namespace tansiq::engine {

struct DuplicationIndex;

// Reference tables of the snapshot: what the integer codes in the columns stand for.
struct OrgEntry {
    QByteArray id; // 16 bytes
    QString acronym;
    QString nameEn;
    QString nameAr;
    int type = 0; // index into terms(Vocabulary::OrgType)

    // The name in a language, else the other (an organisation may have only one name).
    QString name(bool arabic) const
    {
        const QString& first = arabic ? nameAr : nameEn;
        return first.isEmpty() ? (arabic ? nameEn : nameAr) : first;
    }
    // Its short label: the acronym, else the name.
    QString label(bool arabic) const { return acronym.isEmpty() ? name(arabic) : acronym; }
};

struct SectorEntry {
    QByteArray id;
    QString code;
    QString nameEn;
    QString nameAr;
};

struct ActivityTypeEntry {
    QByteArray id;
    QString code;
    QString nameEn;
    QString nameAr;
    int sector = -1;
};

struct PlaceEntry {
    QString pcode;
    QString nameEn;
    QString nameAr;
    int level = 0;
    std::array<int, 5> ancestor { -1, -1, -1, -1,
        -1 }; // place index at levels 0..4 (self included)
    qint64 population = -1;
    QString altNames; // the gazetteer's alternative names, separated by '|' (searched only)
};

// People in need of one place and sector: the most recent assessment (the larger figure when
// two share a date).
struct NeedEntry {
    int place = -1;
    int sector = -1;
    int severity = 0;
    qint64 peopleInNeed = 0;
};

// An in-memory, dictionary-encoded, column-per-field copy of the live activities: the 4W
// engine scans these arrays instead of asking SQLite for every click. Row r of every column
// describes the same activity; `live[r] == 0` marks a row removed since the build (deleted, or
// a write that rolled back). Counts are stored as 32-bit integers (an empty count reads 0).
struct Snapshot {
    // Reference tables.
    QList<OrgEntry> orgs;
    QList<SectorEntry> sectors;
    QList<ActivityTypeEntry> types;
    QList<PlaceEntry> places;
    std::vector<NeedEntry> needs;
    // Lookups by 16-byte key: ids for organisations, sectors, types; P-codes for places;
    // project id → index of its funding organisation (the smallest funding id).
    KeyIndex orgIndex;
    KeyIndex sectorIndex;
    KeyIndex typeIndex;
    KeyIndex placeIndex;
    KeyIndex projectFunder;

    // Columns, one entry per activity row (on huge pages where large: HugePages.h).
    Column<std::array<unsigned char, 16>> id;
    Column<int32_t> implementingOrg;
    Column<int32_t> reportingOrg;
    Column<int32_t> fundingOrg; // -1: none
    Column<int16_t> sector;
    Column<int16_t> activityType; // -1: none
    Column<int32_t> place;
    Column<int32_t> startDay;
    Column<int32_t> endDay; // effective end (see docs/measures.md); calendar::kOpenEnd if open
    Column<int32_t> reportingMonth;
    Column<int8_t> status;
    Column<int8_t> modality;
    Column<int8_t> populationGroup;
    Column<int32_t> targeted;
    Column<int32_t> reached;
    Column<int32_t> households;
    Column<double> budget;
    // People by sex and age (decision 0064): [0-5] targeted, [6-11] reached, each in
    // people::Cell order (girls, boys, women, men, elderly women, elderly men); empty reads 0.
    // Stored in 16 bits (decision 0092): kWideCount marks a value kept in `peopleWide`. Read
    // with peopleAt(), write with setPeople().
    static constexpr uint16_t kWideCount = 0xFFFF;
    struct WideCount {
        int32_t row;
        int32_t cell;
        int32_t value;
    };
    std::array<Column<uint16_t>, 12> people;
    std::vector<WideCount> peopleWide; // sorted by row, then cell
    Column<int32_t> site; // index into siteNames, -1: none (decision 0102)
    SiteNames siteNames;
    Column<uint8_t> live;

    // Bumped whenever rows or reference tables change in place; derived indexes compare it.
    quint64 version = 0;
    mutable std::shared_ptr<const DuplicationIndex> duplicationCache;

    qint64 rowCount() const { return qint64(id.size()); }
    qint64 liveCount() const;
    // The reporting months of the live rows, oldest first (YYYY-MM).
    QStringList reportingMonths() const;
    void reserve(qint64 rows);
    // Sets the number of rows; new rows are empty and not live.
    void resizeRows(qint64 rows);
    // Appends an empty row and returns its index.
    int appendRow();
    // Approximate heap bytes held by the columns.
    qint64 columnBytes() const;

    int32_t peopleAt(int cell, qint64 row) const
    {
        const uint16_t v = people[size_t(cell)][size_t(row)];
        return v != kWideCount ? int32_t(v) : widePeople(cell, row);
    }
    int32_t widePeople(int cell, qint64 row) const;
    void setPeople(int cell, qint64 row, int32_t value);

    int orgType(int row) const { return orgs.at(implementingOrg[row]).type; }
    int placeOf(const QString& pcode) const
    {
        return placeIndex.find(KeyIndex::keyOf(pcode.toLatin1().constData(), int(pcode.size())));
    }
};

} // namespace tansiq::engine
