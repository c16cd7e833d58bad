#pragma once

#include "core/bulletin/BulletinCollector.h"
#include "core/bulletin/BulletinText.h"
#include "core/bulletin/ReportFormat.h"

namespace tansiq::report::tables {

// What every part of the bulletin is computed over: the snapshot, the area's filters, the
// month, and the words and number format of the bulletin's language.
struct Scope {
    const engine::Snapshot& s;
    QList<engine::Filter> filters;
    engine::Period month;
    int areaLevel = 0; // 0: country
    const BulletinText& text;
    const ReportFormat& format;
    const BulletinRequest& request;
};

// Sector × place at the level below the area: partners per cell, activities and unique reach
// per place; the caption says what a cell counts and what the sector codes stand for.
void summary(const Scope& scope, BulletinData& data);
// Severe needs (severity 3 or more) in priority order, at sub-district level.
void gaps(const Scope& scope, BulletinData& data);
// Possible duplications active in the month and not marked complementary, highest score first.
void duplicates(const Scope& scope, BulletinData& data);
// Organisations with activities in the month, their type and sectors.
void partners(const Scope& scope, BulletinData& data);

} // namespace tansiq::report::tables
