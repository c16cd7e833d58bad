#pragma once

#include "core/interop/ImportPlan.h"
#include "core/interop/ReferenceCatalog.h"
#include "core/interop/ValueMap.h"

#include <QCoreApplication>
#include <QHash>

namespace tansiq::interop {

// What a file says about a value to create: the other columns of its first row.
struct ValueHints {
    QString name; // organisation name / project title
    QString acronym; // organisation acronym / project code
    QString typeText; // #org+impl+type
    QUuid leadOrgId; // projects: the row's implementing organisation
    QString startDate; // projects: the row's start date
    bool implementing = false;
};

// Decides what each value a row names stands for (decisions 0055, 0056), in this order:
// the choice given now (wizard, --value-map), the registry (names, codes, vocabulary
// synonyms, a single candidate once articles and light misspellings are ignored), the
// partner's remembered choice, and --create-organisations for implementing organisations.
// Creations get their id once, with the first row, and later rows find them. One resolver
// serves one plan; it keeps the choices applied for the plan.
class ValueResolver {
    Q_DECLARE_TR_FUNCTIONS(tansiq::interop::ValueResolver)

public:
    struct Options {
        ValueMap given;
        ValueMap remembered;
        bool createImplementing = false; // --create-organisations
    };
    using Hints = ValueHints;
    struct Outcome {
        enum class Kind { Found, Skip, Unmatched, Ambiguous };
        Kind kind = Kind::Unmatched;
        QString key; // Found
        int candidates = 0; // Ambiguous
    };

    ValueResolver(ReferenceCatalog& catalog, Options options);

    Outcome resolve(ValueKind kind, const QString& value, const QUuid& sectorId = {},
        const Hints& hints = {}, bool lookUp = true);
    // A place name the gazetteer lookup (PlaceMatcher) did not find: only choices apply.
    Outcome resolvePlace(const QString& value)
    {
        return resolve(ValueKind::Place, value, {}, {}, false);
    }

    // Problems with the choices given (a target naming nothing): file issues.
    Issues issues() const { return m_issues; }
    // Fills plan.choices, newOrganisations, newProjects and remember.
    void fill(ImportPlan& plan) const;

private:
    QString create(ValueKind kind, const QString& value, const Hints& hints);
    void count(ValueKind kind, const QString& value, const ValueChoice& choice,
        AppliedChoice::Source source);

    ReferenceCatalog& m_catalog;
    Options m_options;
    QHash<QString, QString> m_resolvedTargets; // kind+value → key ("" when it names nothing)
    QHash<QString, int> m_choiceIndex; // kind+value → index in m_choices
    QList<AppliedChoice> m_choices;
    QList<Organisation> m_newOrgs;
    QList<Project> m_newProjects;
    QHash<QString, QString> m_created; // kind+folded value → new key
    Issues m_issues;
};

} // namespace tansiq::interop
