#pragma once

#include "core/common/Result.h"
#include "core/interop/ValueMap.h"

#include <QUuid>

namespace tansiq {
class Database;
}

namespace tansiq::interop {

// The partner values remembered per partner (table interop_value_mapping, local to the office;
// decision 0055): what a partner's "دعم نفسي اجتماعي" or "منظمة الأمل" stands for, so the next
// month's file matches with no questions. Targets are resolved keys (record id, vocabulary
// code, P-code). A null partner stands for "any file of this office".
class ValueMappingStore {
public:
    explicit ValueMappingStore(Database& db) : m_db(db) { }

    // The partner's choices over the office-wide ones.
    ValueMap load(const QUuid& partnerId) const;
    // Adds or replaces choices (Map and Skip; Create is stored as the Map it became). The
    // caller holds the transaction (the import writes them together with the records).
    Status remember(const QUuid& partnerId, const ValueMap& choices, qint64 nowMs);

private:
    ValueMap loadOne(const QUuid& partnerId) const;
    Database& m_db;
};

} // namespace tansiq::interop
