#pragma once

#include "core/common/Result.h"
#include "core/registry/Need.h"
#include "core/registry/RecordWriter.h"

namespace tansiq {

class Validators;

class NeedRepository {
public:
    NeedRepository(RecordWriter& writer, const Validators& validators)
        : m_writer(writer), m_validators(validators)
    {
    }

    Result<QUuid> create(Need need, RecordWriter::Audit audit = RecordWriter::Audit::PerRecord);
    Status update(const Need& need);
    Status remove(const QUuid& id);
    std::optional<Need> get(const QUuid& id) const;

    static QVariantList toValues(const Need& need);

private:
    RecordWriter& m_writer;
    const Validators& m_validators;
};

} // namespace tansiq
