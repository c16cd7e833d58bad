#pragma once

#include "core/common/Result.h"
#include "core/interop/SheetLayout.h"

#include <QUuid>

namespace tansiq {
class Database;
}

namespace tansiq::interop {

// The column mappings remembered per partner (local to this office, not synchronised): the
// next month's file from the same partner maps itself. Table interop_column_mapping.
class ColumnMappingStore {
public:
    explicit ColumnMappingStore(Database& db) : m_db(db) { }

    ColumnMapping load(const QUuid& partnerId) const;
    // Adds or replaces the partner's mapping for these headers. The caller holds the
    // transaction (the import writes it together with the records).
    Status remember(const QUuid& partnerId, const ColumnMapping& mapping, qint64 nowMs);

private:
    Database& m_db;
};

} // namespace tansiq::interop
