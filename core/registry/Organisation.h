#pragma once

#include "core/registry/RecordMeta.h"

#include <QString>

namespace tansiq {

struct Organisation {
    RecordMeta meta;
    QString acronym;
    QString nameEn;
    QString nameAr;
    QString type = QStringLiteral("nngo"); // Vocabulary::OrgType
    QString registrationNo; // with the Ministry of Social Affairs and Labour
    QString contactName;
    QString contactEmail;
    QString contactPhone;
    bool active = true;

    // The name in one language, else the other: a national NGO may have only an Arabic name,
    // an international one only an English name (at least one is required).
    QString name(bool arabic) const
    {
        const QString& first = arabic ? nameAr : nameEn;
        return first.isEmpty() ? (arabic ? nameEn : nameAr) : first;
    }
    // The short label of lists and tables: the acronym, else the name.
    QString shortLabel(bool arabic) const { return acronym.isEmpty() ? name(arabic) : acronym; }
};

} // namespace tansiq
