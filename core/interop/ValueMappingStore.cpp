#include "core/interop/ValueMappingStore.h"

#include "core/common/Text.h"
#include "core/storage/Database.h"

namespace tansiq::interop {

namespace {
QByteArray scopeOf(const QUuid& partnerId)
{
    return partnerId.isNull() ? QByteArray(16, '\0') : partnerId.toRfc4122();
}
} // namespace

ValueMap ValueMappingStore::loadOne(const QUuid& partnerId) const
{
    ValueMap map;
    Statement& query = m_db.cached(
        "SELECT kind, value, action, target FROM interop_value_mapping WHERE partner_org_id = ?");
    query.bindBlob(1, scopeOf(partnerId));
    while (query.step() == Statement::Step::Row) {
        const auto kind = valueKindFromKey(query.text(0));
        if (!kind)
            continue;
        ValueChoice choice;
        choice.action
            = query.text(2) == u"skip" ? ValueChoice::Action::Skip : ValueChoice::Action::Map;
        choice.target = query.text(3);
        map.set(*kind, query.text(1), choice);
    }
    query.reset();
    return map;
}

ValueMap ValueMappingStore::load(const QUuid& partnerId) const
{
    ValueMap map = loadOne(QUuid());
    if (!partnerId.isNull())
        map.merge(loadOne(partnerId));
    return map;
}

Status ValueMappingStore::remember(const QUuid& partnerId, const ValueMap& choices, qint64 nowMs)
{
    Statement& upsert = m_db.cached(
        "INSERT INTO interop_value_mapping (partner_org_id, kind, value_folded, value, action, "
        "target,"
        " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (partner_org_id, kind, value_folded)"
        " DO UPDATE SET value = excluded.value, action = excluded.action, target = excluded.target,"
        " updated_at = excluded.updated_at WHERE action <> excluded.action OR target <> "
        "excluded.target");
    for (const ValueMap::Entry& e : choices.entries()) {
        if (e.choice.action == ValueChoice::Action::Create)
            continue;
        upsert.bindBlob(1, scopeOf(partnerId));
        upsert.bind(2, valueKindKey(e.kind));
        upsert.bind(3, text::foldForSearch(e.value));
        upsert.bind(4, e.value);
        upsert.bind(5,
            e.choice.action == ValueChoice::Action::Skip ? QStringLiteral("skip")
                                                         : QStringLiteral("map"));
        upsert.bind(6, e.choice.target);
        upsert.bind(7, nowMs);
        const Status done = upsert.run();
        upsert.reset();
        if (!done.ok())
            return done;
    }
    return success();
}

} // namespace tansiq::interop
