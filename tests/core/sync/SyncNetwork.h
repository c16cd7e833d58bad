#pragma once

#include "core/sync/CertificationKey.h"
#include "core/sync/Exporter.h"
#include "core/sync/Importer.h"
#include "core/sync/OfficeKeys.h"
#include "core/sync/SyncContext.h"
#include "tests/support/TestWorkspace.h"

#include <memory>
#include <vector>

namespace tansiq::test {

// One office in a simulated network: its own database, clock and keys.
struct SimOffice {
    QString name;
    std::unique_ptr<TestWorkspace> workspace;
    sync::OfficeKeys keys;
    std::unique_ptr<sync::SyncContext> context;

    QUuid id() const { return keys.office; }
    Registry& registry() const;
    Database& db() const;
    Result<sync::ExportedBundle> exportTo(const SimOffice& to);
    Result<sync::ImportSummary> import(const QByteArray& bundle);
    QByteArray stateHash() const;
};

// A head office and `fieldOffices` field offices, enrolled programmatically (every roster
// holds every certificate, signed by the root), without passphrases. The root is the head
// office's everyday key (self-rooted, as networks made before docs/decisions/0061), or a
// separate certification key.
class SimNetwork {
public:
    enum class Root { SelfRooted, CertificationKey };
    explicit SimNetwork(int fieldOffices, Root root = Root::SelfRooted);

    // What certifies offices and signs revocation lists: the certification key, or the head
    // office's everyday key in a self-rooted network.
    const sync::CertificationKey& root() const { return m_root; }

    SimOffice& headOffice() { return *m_offices.front(); }
    SimOffice& office(int index) { return *m_offices.at(size_t(index)); }
    int size() const { return int(m_offices.size()); }
    // Adds an office that knows the network but that the head office never enrolled.
    SimOffice& addUnenrolled(const QString& name);
    // A copy of an office's database file (a backup, or a second laptop), with its keys.
    std::unique_ptr<SimOffice> copyOf(SimOffice& office);

private:
    std::vector<std::unique_ptr<SimOffice>> m_offices;
    sync::CertificationKey m_root;
};

} // namespace tansiq::test
