#pragma once

#include "core/common/Result.h"
#include "core/registry/Project.h"
#include "core/registry/RecordWriter.h"

namespace tansiq {

class Validators;

// Projects with their partners (by IATI role) and sectors, written together.
class ProjectRepository {
public:
    ProjectRepository(RecordWriter& writer, const Validators& validators)
        : m_writer(writer), m_validators(validators)
    {
    }

    Result<QUuid> create(
        Project project, RecordWriter::Audit audit = RecordWriter::Audit::PerRecord);
    Status update(const Project& project);
    Status remove(const QUuid& id);

    std::optional<Project> get(const QUuid& id) const;
    QList<Project> list() const; // live projects, by code

    static QVariantList toValues(const Project& project);

private:
    Status writeChildren(const Project& project, RecordWriter::Audit audit);

    RecordWriter& m_writer;
    const Validators& m_validators;
};

} // namespace tansiq
