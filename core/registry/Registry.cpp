#include "core/registry/Registry.h"

#include <QCoreApplication>

namespace tansiq {

Registry::Registry(
    Database& db, const Clock& clock, const OfficeIdentity& office, const QString& userName)
    : m_db(db)
    , m_office(office)
    , m_references(db)
    , m_validators(m_references)
    , m_writer(db, clock, WriteContext { office.officeId, userName })
    , m_organisations(m_writer, m_validators)
    , m_projects(m_writer, m_validators)
    , m_activities(m_writer, m_validators)
    , m_needs(m_writer, m_validators)
    , m_registrations(m_writer, m_validators)
    , m_reference(db)
{
}

Result<std::unique_ptr<Registry>> Registry::attach(Database& db, const Clock& clock)
{
    const Result<OfficeIdentity> office = LocalOffice::ensure(
        db, QCoreApplication::translate("tansiq::Registry", "Coordination office"));
    if (!office.ok())
        return office;
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME", QStringLiteral("unknown"));
    return std::make_unique<Registry>(db, clock, office.value(), user);
}

} // namespace tansiq
