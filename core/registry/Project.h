#pragma once

#include "core/registry/RecordMeta.h"

#include <QList>
#include <QString>

#include <optional>

namespace tansiq {

struct ProjectPartner {
    QUuid orgId;
    QString role; // Vocabulary::PartnerRole
};

struct Project {
    RecordMeta meta;
    QString code;
    QString titleEn;
    QString titleAr;
    QUuid leadOrgId;
    QString startDate; // YYYY-MM-DD
    QString endDate; // YYYY-MM-DD, or empty when open-ended
    QString status = QStringLiteral("ongoing");
    std::optional<double> budget;
    QString currency = QStringLiteral("USD");
    QList<ProjectPartner> partners;
    QList<QUuid> sectorIds;
};

} // namespace tansiq
