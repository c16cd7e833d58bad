#include "tests/core/sync/SyncNetwork.h"

#include "core/office/LocalOffice.h"
#include "core/registry/Registry.h"
#include "core/storage/Database.h"
#include "core/sync/Roster.h"
#include "core/sync/StateHash.h"

#include <QFile>

#include <gtest/gtest.h>

namespace tansiq::test {

Registry& SimOffice::registry() const
{
    return (*workspace)->registry();
}

Database& SimOffice::db() const
{
    return (*workspace)->database();
}

Result<sync::ExportedBundle> SimOffice::exportTo(const SimOffice& to)
{
    sync::Exporter exporter(*context);
    auto bundle = exporter.build(to.id(), keys);
    if (bundle.ok())
        (void)exporter.recordSent(bundle.value());
    return bundle;
}

Result<sync::ImportSummary> SimOffice::import(const QByteArray& bundle)
{
    sync::Importer importer(*context);
    return importer.run(bundle, keys);
}

QByteArray SimOffice::stateHash() const
{
    return sync::stateHash(db());
}

namespace {

std::unique_ptr<SimOffice> makeOffice(const QString& name, qint64 clockSkewMs)
{
    auto office = std::make_unique<SimOffice>();
    office->name = name;
    Workspace::Options options;
    options.seedGazetteer = false; // organisations need no places: keeps the simulation fast
    office->workspace = std::make_unique<TestWorkspace>(options);
    office->workspace->clock().advance(clockSkewMs);
    const QUuid id((*office->workspace)->registry().office().officeId);
    office->keys = sync::OfficeKeys::generate(id);
    office->context = std::make_unique<sync::SyncContext>(
        (*office->workspace)->registry(), office->workspace->clock());
    return office;
}

sync::OfficeEntry entryFor(const SimOffice& office, bool head)
{
    sync::OfficeEntry entry;
    entry.office = office.id();
    entry.name = office.name;
    entry.headOffice = head;
    entry.signPublic = office.keys.signPublic;
    entry.boxPublic = office.keys.boxPublic;
    entry.issuedAt = 1;
    return entry;
}

} // namespace

SimNetwork::SimNetwork(int fieldOffices, Root root)
{
    m_offices.push_back(makeOffice(QStringLiteral("HO"), 0));
    for (int i = 1; i <= fieldOffices; ++i)
        m_offices.push_back(makeOffice(QStringLiteral("F%1").arg(i), i * 7919));
    m_root = root == Root::CertificationKey ? sync::CertificationKey::generate()
                                            : sync::CertificationKey(headOffice().keys);
    QList<sync::OfficeEntry> entries;
    for (size_t i = 0; i < m_offices.size(); ++i) {
        sync::OfficeEntry entry = entryFor(*m_offices[i], i == 0);
        entry.certificate = sync::certs::issue(entry, m_root);
        entries << entry;
    }
    for (auto& office : m_offices) {
        sync::Roster roster(office->db());
        EXPECT_TRUE(roster.setRoot(headOffice().id(), m_root.publicKey()).ok());
        for (const sync::OfficeEntry& entry : entries)
            EXPECT_TRUE(roster.put(entry).ok());
    }
}

std::unique_ptr<SimOffice> SimNetwork::copyOf(SimOffice& office)
{
    EXPECT_TRUE(office.db().execScript("PRAGMA wal_checkpoint(TRUNCATE)").ok());
    auto copy = std::make_unique<SimOffice>();
    copy->name = office.name + QStringLiteral("-copy");
    Workspace::Options options;
    options.seedGazetteer = false;
    copy->workspace = std::make_unique<TestWorkspace>(options);
    copy->workspace->close();
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(copy->workspace->path() + suffix);
    EXPECT_TRUE(QFile::copy(office.workspace->path(), copy->workspace->path()));
    copy->workspace->clock().set(office.workspace->clock().nowMs());
    copy->workspace->reopen();
    copy->keys = office.keys;
    copy->context = std::make_unique<sync::SyncContext>(
        (*copy->workspace)->registry(), copy->workspace->clock());
    return copy;
}

SimOffice& SimNetwork::addUnenrolled(const QString& name)
{
    m_offices.push_back(makeOffice(name, 0));
    SimOffice& office = *m_offices.back();
    sync::Roster roster(office.db());
    EXPECT_TRUE(roster.setRoot(headOffice().id(), m_root.publicKey()).ok());
    for (size_t i = 0; i + 1 < m_offices.size(); ++i) {
        sync::OfficeEntry entry = entryFor(*m_offices[i], i == 0);
        entry.certificate = sync::certs::issue(entry, m_root);
        EXPECT_TRUE(roster.put(entry).ok());
    }
    return office;
}

} // namespace tansiq::test
