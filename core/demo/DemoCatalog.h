#pragma once

#include <QList>
#include <QString>

namespace tansiq::demo {

// Invented organisations for the demo registry: real-looking, not real.
struct DemoOrganisation {
    const char* acronym;
    const char* nameEn;
    const char* nameAr;
    const char* type;
    const char* homeGovernorates; // P-codes separated by spaces; empty = everywhere
    const char* sectors; // sector codes separated by spaces
};

const QList<DemoOrganisation>& organisations();

// Relative weight of activity in each governorate: Deir-ez-Zor and the north-east first.
double governorateWeight(const QString& governoratePcode);

} // namespace tansiq::demo
