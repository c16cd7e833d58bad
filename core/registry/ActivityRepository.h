#pragma once

#include "core/common/Result.h"
#include "core/registry/Activity.h"
#include "core/registry/RecordWriter.h"

namespace tansiq {

class Validators;

class ActivityRepository {
public:
    ActivityRepository(RecordWriter& writer, const Validators& validators)
        : m_writer(writer), m_validators(validators)
    {
    }

    // Validates (completing derived fields first) and inserts; warnings travel with the id.
    Result<QUuid> create(
        Activity activity, RecordWriter::Audit audit = RecordWriter::Audit::PerRecord);
    Status update(Activity activity);
    Status remove(const QUuid& id);

    std::optional<Activity> get(const QUuid& id) const;
    qint64 count() const; // live activities

    static QVariantList toValues(const Activity& activity);
    static Activity fromValues(const QUuid& id, const QVariantList& values);

private:
    RecordWriter& m_writer;
    const Validators& m_validators;
};

} // namespace tansiq
