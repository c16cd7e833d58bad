#pragma once

#include "core/common/Issue.h"
#include "core/registry/Activity.h"
#include "core/registry/Need.h"
#include "core/registry/Organisation.h"
#include "core/registry/PartnerRegistration.h"
#include "core/registry/Project.h"

#include <QCoreApplication>

namespace tansiq {

class FieldName;
class References;

// Validation of each record before it is written. Errors block the write; warnings (such as
// more people reached than targeted) accompany a successful write.
class Validators {
    Q_DECLARE_TR_FUNCTIONS(tansiq::Validators)

public:
    explicit Validators(const References& references) : m_refs(references) { }

    Issues check(const Organisation& organisation) const;
    Issues check(const Project& project) const;
    Issues check(const Activity& activity) const;
    Issues check(const Need& need) const;
    Issues check(const PartnerRegistration& registration) const;

    // Fills what can be derived: the targeted and reached totals from their breakdowns, the
    // reporting organisation from the implementing one. Applied before check().
    static void complete(Activity& activity);

private:
    void place(Issues& issues, const FieldName& field, const QString& pcode) const;
    void organisation(Issues& issues, const FieldName& field, const QUuid& id, bool required) const;
    void sector(Issues& issues, const QUuid& id) const;
    // The six sex and age cells of people reached (or targeted): each a count, and a warning
    // when they disagree with the total (people::disagrees).
    void breakdown(Issues& issues, const Activity& activity, bool reached) const;

    const References& m_refs;
};

} // namespace tansiq
