#pragma once

#include "core/common/Result.h"
#include "core/registry/RecordWriter.h"
#include "core/registry/coordination/Coordination.h"

namespace tansiq {

class CoordinationValidators;

// Monitoring visits to a project or an activity; their follow-up action points are action
// points whose visit is set (ActionPointRepository).
class MonitoringVisitRepository {
public:
    MonitoringVisitRepository(RecordWriter& writer, const CoordinationValidators& validators)
        : m_writer(writer), m_validators(validators)
    {
    }

    Result<QUuid> create(MonitoringVisit visit);
    Status update(const MonitoringVisit& visit);
    Status remove(const QUuid& id);

    std::optional<MonitoringVisit> get(const QUuid& id) const;
    QList<MonitoringVisit> list(const QString& month = QString()) const; // newest first

    static QVariantList toValues(const MonitoringVisit& visit);

private:
    RecordWriter& m_writer;
    const CoordinationValidators& m_validators;
};

} // namespace tansiq
