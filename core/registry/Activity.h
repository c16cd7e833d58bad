#pragma once

#include "core/registry/RecordMeta.h"

#include <QString>

#include <optional>

namespace tansiq {

// One 4W row: one activity, by one organisation, in one place, over one period.
struct Activity {
    RecordMeta meta;
    QUuid projectId; // optional
    QUuid reportingOrgId; // optional: defaults to the implementing organisation
    QUuid implementingOrgId; // required
    QUuid programmingOrgId; // optional
    QUuid donorOrgId; // optional
    QUuid sectorId; // required
    QUuid activityTypeId; // optional, must belong to the sector
    QString adminPcode; // any level, down to community
    QString siteName;
    std::optional<double> latitude;
    std::optional<double> longitude;
    QString startDate; // YYYY-MM-DD
    QString endDate; // YYYY-MM-DD, or empty when open-ended
    QString reportingMonth; // YYYY-MM
    QString status = QStringLiteral("ongoing");
    QString modality = QStringLiteral("in_kind");
    QString populationGroup = QStringLiteral("host");
    std::optional<qint64> targeted; // total; derived from the breakdown when left empty
    std::optional<qint64> targetedGirls;
    std::optional<qint64> targetedBoys;
    std::optional<qint64> targetedWomen;
    std::optional<qint64> targetedMen;
    std::optional<qint64> targetedElderlyWomen;
    std::optional<qint64> targetedElderlyMen;
    std::optional<qint64> reached; // total; derived from the breakdown when left empty
    std::optional<qint64> reachedGirls;
    std::optional<qint64> reachedBoys;
    std::optional<qint64> reachedWomen;
    std::optional<qint64> reachedMen;
    std::optional<qint64> reachedElderlyWomen;
    std::optional<qint64> reachedElderlyMen;
    std::optional<qint64> households;
    std::optional<double> budget;
    QString currency = QStringLiteral("USD");
    std::optional<double> transferValue;
    QString contactName;
    QString contactEmail;
    QString contactPhone;
    QString comments;
    bool sensitive = false;
};

} // namespace tansiq
