#pragma once

// Internal to the demo generator: what its steps share while generating.

#include "core/demo/DemoGenerator.h"
#include "core/demo/DemoRandom.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QStringList>

namespace tansiq::demo {

struct Place {
    QString pcode;
    QString governorate;
};

struct Org {
    QUuid id;
    QString type;
    QStringList sectors; // sector codes
};

struct Project {
    QUuid id;
    QUuid lead;
    QUuid donor;
    QString startDate;
    QString endDate;
};

struct State {
    State(const DemoOptions& options) : options(options), random(options.seed) { }

    const DemoOptions& options;
    DemoRandom random;
    QList<Place> places;
    WeightedIndex placeIndex;
    QMap<QString, QUuid> sectorIds; // by code (ordered: determinism)
    QHash<QString, std::pair<QString, QString>> sectorNames; // by code: English, Arabic
    QHash<QString, QList<QUuid>> activityTypes; // by sector code
    QList<Org> orgs;
    QHash<QString, QList<int>> orgsByGovernorate; // indices into orgs
    QHash<QString, QList<Project>> projectsFor; // key: org id string + sector code
    QSet<QString> gaps; // pcode + '/' + sector code
    DemoSummary summary;

    const Org& pick(const QList<Org>& list) { return random.pick(list); }
};

Status loadReference(Registry& registry, State& state);
Status createOrganisations(Registry& registry, State& state);
Status createProjects(Registry& registry, State& state);
Status createNeeds(Registry& registry, State& state);
Status createActivities(Registry& registry, State& state, const DemoGenerator::Progress& progress,
    const std::atomic_bool* cancel);
Status createCoordination(Registry& registry, State& state);

} // namespace tansiq::demo
