#pragma once

#include "core/registry/Registry.h"

#include <QString>
#include <QUuid>

#include <gtest/gtest.h>

namespace tansiq::test {

// An organisation registered through the registry's write path: «ACRONYM Relief» in English,
// «إغاثة ACRONYM» in Arabic. Returns its id (null, with a test failure, when refused).
inline QUuid addOrganisation(Registry& registry, const QString& acronym)
{
    Organisation organisation;
    organisation.acronym = acronym;
    organisation.nameEn = acronym + QStringLiteral(" Relief");
    organisation.nameAr = QStringLiteral("إغاثة ") + acronym;
    const auto id = registry.organisations().create(organisation);
    EXPECT_TRUE(id.ok()) << id.errorText().toStdString();
    return id.ok() ? id.value() : QUuid();
}

} // namespace tansiq::test
