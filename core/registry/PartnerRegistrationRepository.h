#pragma once

#include "core/common/Result.h"
#include "core/registry/PartnerRegistration.h"
#include "core/registry/RecordWriter.h"

#include <QList>

namespace tansiq {

class Validators;

// Partner registrations, written only through RecordWriter after validation.
class PartnerRegistrationRepository {
public:
    PartnerRegistrationRepository(RecordWriter& writer, const Validators& validators)
        : m_writer(writer), m_validators(validators)
    {
    }

    Result<QUuid> create(PartnerRegistration registration);
    Status update(const PartnerRegistration& registration);
    Status remove(const QUuid& id);
    // Makes `registrations` the organisation's live registrations, in one transaction: those
    // with a known id (live or deleted) are restored and updated, new ones created with their
    // id, live ones not listed deleted. Every registration is validated first; one refused
    // registration refuses them all. How the organisation editor saves (and undoes).
    Status replaceFor(const QUuid& orgId, const QList<PartnerRegistration>& registrations);

    std::optional<PartnerRegistration> get(const QUuid& id) const;
    QList<PartnerRegistration> listFor(const QUuid& orgId) const; // live, newest date first
    QList<PartnerRegistration> list() const; // live, all organisations

    Issues check(const PartnerRegistration& registration) const;
    static QVariantList toValues(const PartnerRegistration& registration);

private:
    RecordWriter& m_writer;
    const Validators& m_validators;
};

} // namespace tansiq
