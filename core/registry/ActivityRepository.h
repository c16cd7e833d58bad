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
    // Inside a caller's transaction the record gets a savepoint of its own, so a failed write
    // leaves the caller's other writes standing. Nesting::Join is for a fill whose transaction
    // is all or nothing (the demo): no savepoint per record, and on a failure the caller must
    // roll its transaction back (decision 0118).
    Result<QUuid> create(Activity activity,
        RecordWriter::Audit audit = RecordWriter::Audit::PerRecord,
        Transaction::Nesting nesting = Transaction::Nesting::Savepoint);
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
