#pragma once

#include "core/common/Result.h"
#include "core/publish/PublishedTable.h"

#include <QHash>

#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace tansiq {
class Database;
class Statement;
struct TableSpec;
} // namespace tansiq

namespace tansiq::publish {

// Reads the registry as it is published: every replicated table and the admin units with
// their boundaries (bundled or imported, as the map draws them) as WKT. Sensitive activities
// lose their site, coordinates and focal point, as in exports (docs/decisions/0020).
class RegistrySource {
public:
    explicit RegistrySource(Database& db);
    ~RegistrySource();

    // The published tables: the replicated ones (parents first), then `admin_unit`.
    Result<QList<PublishedTable>> tables();
    // Every row of a table (deleted ones with live = false), in key order (bytewise).
    Status readAll(const PublishedTable& table, const std::function<void(PublishedRow&&)>& sink);
    // One record of a replicated table; nullopt when the registry does not have it.
    Result<std::optional<PublishedRow>> readOne(const PublishedTable& table, const QByteArray& id);

private:
    Result<PublishedTable> describe(const TableSpec& spec);
    Status readAdminUnits(const std::function<void(PublishedRow&&)>& sink);
    QByteArray selectSql(const PublishedTable& table) const;

    Database& m_db;
    std::map<QByteArray, std::unique_ptr<Statement>> m_byId;
};

// FNV-1a over the values, with their types: equal rows give equal digests on any computer.
quint64 digestOf(const QVariantList& values);

} // namespace tansiq::publish
