#pragma once

#include "core/common/Result.h"
#include "core/registry/Organisation.h"
#include "core/registry/RecordWriter.h"

#include <QList>

namespace tansiq {

class Validators;

class OrganisationRepository {
public:
    OrganisationRepository(RecordWriter& writer, const Validators& validators)
        : m_writer(writer), m_validators(validators)
    {
    }

    // Creates the organisation with a new id; warnings travel with the result.
    Result<QUuid> create(
        Organisation organisation, RecordWriter::Audit audit = RecordWriter::Audit::PerRecord);
    Status update(const Organisation& organisation);
    Status remove(const QUuid& id);

    std::optional<Organisation> get(const QUuid& id) const;
    QList<Organisation> list() const; // live organisations, by acronym

    static QVariantList toValues(const Organisation& organisation);

private:
    RecordWriter& m_writer;
    const Validators& m_validators;
};

} // namespace tansiq
