#pragma once

#include "core/office/LocalOffice.h"
#include "core/registry/ActivityRepository.h"
#include "core/registry/NeedRepository.h"
#include "core/registry/OrganisationRepository.h"
#include "core/registry/PartnerRegistrationRepository.h"
#include "core/registry/ProjectRepository.h"
#include "core/registry/RecordWriter.h"
#include "core/registry/ReferenceRepository.h"
#include "core/registry/References.h"
#include "core/registry/validation/Validators.h"

#include <memory>

namespace tansiq {

class Clock;
class Database;

// The registry of one database: the write path and the repositories over it, wired once.
// Owns no database and no clock: both are passed in (and outlive it).
class Registry {
public:
    Registry(
        Database& db, const Clock& clock, const OfficeIdentity& office, const QString& userName);

    // Opens the registry on `db`, creating the local office identity if needed.
    static Result<std::unique_ptr<Registry>> attach(Database& db, const Clock& clock);

    Database& database() const { return m_db; }
    const OfficeIdentity& office() const { return m_office; }
    RecordWriter& writer() { return m_writer; }

    OrganisationRepository& organisations() { return m_organisations; }
    ProjectRepository& projects() { return m_projects; }
    ActivityRepository& activities() { return m_activities; }
    NeedRepository& needs() { return m_needs; }
    PartnerRegistrationRepository& registrations() { return m_registrations; }
    ReferenceRepository& reference() { return m_reference; }
    // The validators' reference checks (a bulk fill remembers them: References::Remembering).
    const References& references() const { return m_references; }

private:
    Database& m_db;
    OfficeIdentity m_office;
    References m_references;
    Validators m_validators;
    RecordWriter m_writer;
    OrganisationRepository m_organisations;
    ProjectRepository m_projects;
    ActivityRepository m_activities;
    NeedRepository m_needs;
    PartnerRegistrationRepository m_registrations;
    ReferenceRepository m_reference;
};

} // namespace tansiq
