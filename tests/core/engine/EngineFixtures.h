#pragma once

#include "core/registry/Registry.h"

#include <QList>
#include <QString>
#include <QUuid>

#include <random>

namespace tansiq::test {

// Builds small registries for engine tests through the validated write path.
class EngineData {
public:
    explicit EngineData(Registry& registry) : m_registry(registry) { }

    QUuid org(const QString& acronym, const QString& type = QStringLiteral("nngo"));
    QUuid sector(const QString& code) const;
    QUuid type(const QString& code) const;
    // An activity in `pcode` from `start` to `end` (empty: open-ended).
    QUuid activity(const QUuid& org, const QString& typeCode, const QString& pcode,
        const QString& start, const QString& end, qint64 reached,
        const QString& group = QStringLiteral("idp"),
        const QString& status = QStringLiteral("ongoing"));
    QUuid need(const QString& pcode, const QString& sectorCode, int severity, qint64 peopleInNeed,
        const QString& assessedOn = QStringLiteral("2026-01-15"));

    // A random registry: organisations, projects with funders, activities at several admin
    // levels with open ends and all statuses, and needs with repeated assessments.
    void randomFill(std::mt19937& random, int activities);

private:
    Registry& m_registry;
};

} // namespace tansiq::test
