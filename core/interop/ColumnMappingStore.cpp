#include "core/interop/ColumnMappingStore.h"

#include "core/storage/Database.h"

namespace tansiq::interop {

ColumnMapping ColumnMappingStore::load(const QUuid& partnerId) const
{
    ColumnMapping mapping;
    if (partnerId.isNull())
        return mapping;
    Statement& query = m_db.cached(
        "SELECT header_folded, hxl_tag FROM interop_column_mapping WHERE partner_org_id = ?");
    query.bind(1, partnerId);
    while (query.step() == Statement::Step::Row)
        mapping.insert(query.text(0), query.text(1));
    query.reset();
    return mapping;
}

Status ColumnMappingStore::remember(
    const QUuid& partnerId, const ColumnMapping& mapping, qint64 nowMs)
{
    Statement& upsert = m_db.cached(
        "INSERT INTO interop_column_mapping (partner_org_id, header_folded, hxl_tag, updated_at)"
        " VALUES (?, ?, ?, ?) ON CONFLICT (partner_org_id, header_folded)"
        " DO UPDATE SET hxl_tag = excluded.hxl_tag, updated_at = excluded.updated_at"
        " WHERE hxl_tag <> excluded.hxl_tag");
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        upsert.bind(1, partnerId);
        upsert.bind(2, it.key());
        upsert.bind(3, it.value());
        upsert.bind(4, nowMs);
        const Status done = upsert.run();
        upsert.reset();
        if (!done.ok())
            return done;
    }
    return success();
}

} // namespace tansiq::interop
