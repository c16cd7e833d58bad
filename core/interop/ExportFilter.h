#pragma once

#include "core/common/Result.h"
#include "core/filter/ActivityFilter.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tansiq {
class Registry;
}

namespace tansiq::interop {

// Which activities an export holds: the one activity filter of the table, the dashboard and
// the map (core/filter/ActivityFilter.h, decision 0102), so an export keeps what they show.
using ExportFilter = ActivityFilter;

// What `tansiq-cli export-4w --filter` says, before its names are looked up. Empty parts do
// not filter.
struct ExportFilterArguments {
    Q_DECLARE_TR_FUNCTIONS(tansiq::interop::ExportFilterArguments)

public:
    QStringList sectorCodes; // e.g. WASH, HLT
    QString pcodePrefix; // e.g. SY09: Deir-ez-Zor and everything in it
    QString activeFrom; // YYYY-MM-DD: active at some time in [activeFrom, activeTo]
    QString activeTo;
    QStringList organisations; // implementing organisation: acronym, name or id

    // Parses "sector=WASH,HLT", "place=SY09", "active=2026-10" (a month),
    // "active=2026-01-01..2026-03-31", "org=SARC" (repeatable, one per argument).
    static Result<ExportFilterArguments> parse(const QStringList& expressions);

    // The filter with sector codes and organisations looked up in `registry`. An unknown
    // organisation is refused with close names suggested; an unknown sector code keeps nothing.
    Result<ExportFilter> resolve(Registry& registry) const;

    // The id an unknown sector code becomes: no record has it.
    static inline const QUuid kNoRecord { 0xffffffffu, 0xffff, 0xffff, 0xff, 0xff, 0xff, 0xff, 0xff,
        0xff, 0xff, 0xff };
};

} // namespace tansiq::interop
