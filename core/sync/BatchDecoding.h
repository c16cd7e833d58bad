#pragma once

#include "core/common/Issue.h"
#include "core/sync/Batch.h"
#include "core/sync/Op.h"

#include <QList>

#include <optional>
#include <vector>

namespace tansiq::sync {

// How much of a bundle's decoded operations an import keeps between checking them on arrival and
// applying them, counted in the batches' declared (uncompressed) payload: within it, each batch
// is decoded once; beyond it, a batch is checked on arrival and decoded again when applied, so
// a large bundle costs bounded memory (about 4 to 5 times this in decoded values).
constexpr quint64 kKeepDecodedPayloadBytes = quint64(48) << 20;

struct DecodedBatch {
    Issues issues; // empty: the operations decoded within the limits
    std::optional<QList<Op>> ops; // kept when within the budget
};

// Decodes the operations of `batches` (pure work, no database) on up to two threads, one result
// per batch in the same order. The first batches, as long as their declared payloads add up to
// at most `keepPayloadBytes`, keep their operations; the others only say whether they decode.
std::vector<DecodedBatch> decodeBatches(
    const QList<const Batch*>& batches, quint64 keepPayloadBytes = kKeepDecodedPayloadBytes);

} // namespace tansiq::sync
