#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tansiq::interop {

// Which activities an export holds (the 4W view's current filters). Empty parts do not filter.
struct ExportFilter {
    Q_DECLARE_TR_FUNCTIONS(tansiq::interop::ExportFilter)

public:
    QStringList sectorCodes;    // e.g. WASH, HLT
    QString pcodePrefix;        // e.g. SY09: Deir-ez-Zor and everything in it
    QString activeFrom;         // YYYY-MM-DD: active at some time in [activeFrom, activeTo]
    QString activeTo;
    QStringList organisations;  // implementing organisation: acronym, name or id

    // Parses "sector=WASH,HLT", "place=SY09", "active=2026-10" (a month),
    // "active=2026-01-01..2026-03-31", "org=SARC" (repeatable, one per argument).
    static Result<ExportFilter> parse(const QStringList& expressions);
};

}  // namespace tansiq::interop
