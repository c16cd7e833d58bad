#pragma once

#include "RecordMeta.h"

#include <QString>

namespace tansiq {

struct Organisation {
    RecordMeta meta;
    QString acronym;
    QString nameEn;
    QString nameAr;
    QString type = QStringLiteral("nngo");  // Vocabulary::OrgType
    QString registrationNo;                  // with the Ministry of Social Affairs and Labour
    QString contactName;
    QString contactEmail;
    QString contactPhone;
    bool active = true;
};

}  // namespace tansiq
