#pragma once

#include "core/common/Issue.h"
#include "core/registry/coordination/Coordination.h"
#include "core/registry/coordination/CoordinationTerms.h"

#include <QCoreApplication>

namespace tansiq {

class Database;
class References;

// Validation of coordination records before they are written: errors block the write and
// name the field and the value; references must point at live records.
class CoordinationValidators {
    Q_DECLARE_TR_FUNCTIONS(tansiq::Validators) // shares the editors' field names

public:
    CoordinationValidators(Database& db, const References& references)
        : m_db(db), m_refs(references)
    {
    }

    Issues check(const WorkingGroup& group) const;
    Issues check(const Meeting& meeting) const;
    Issues check(const ActionPoint& point) const;
    Issues check(const MonitoringVisit& visit) const;
    Issues checkStatus(const QString& status) const;

    bool liveRecord(const char* table, const QUuid& id) const;

private:
    void place(Issues& issues, const QString& field, const QString& pcode, bool required) const;
    void organisation(Issues& issues, const QString& field, const QUuid& id) const;
    void sector(Issues& issues, const QUuid& id) const;
    void record(Issues& issues, const QString& field, const char* table, const QUuid& id) const;
    void term(Issues& issues, const QString& field, CoordinationTerm vocabulary,
        const QString& code) const;

    Database& m_db;
    const References& m_refs;
};

} // namespace tansiq
