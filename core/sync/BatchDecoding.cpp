#include "core/sync/BatchDecoding.h"

#include <algorithm>
#include <atomic>
#include <thread>

namespace tansiq::sync {

std::vector<DecodedBatch> decodeBatches(
    const QList<const Batch*>& batches, quint64 keepPayloadBytes)
{
    const qsizetype count = batches.size();
    std::vector<DecodedBatch> decoded(size_t(qMax<qsizetype>(count, 0)));
    std::vector<bool> keep(decoded.size());
    quint64 kept = 0;
    for (qsizetype i = 0; i < count; ++i) {
        kept += batches.at(i)->header.payloadSize;
        keep[size_t(i)] = kept <= keepPayloadBytes;
    }
    // Each worker takes the next batch; nothing is shared but the counter and its own slots.
    std::atomic<qsizetype> next { 0 };
    const auto work = [&] {
        for (qsizetype i = next++; i < count; i = next++) {
            Result<QList<Op>> ops = batch::decodeOps(*batches.at(i));
            DecodedBatch& slot = decoded[size_t(i)];
            if (!ops.ok())
                slot.issues = ops.issues();
            else if (keep[size_t(i)])
                slot.ops = std::move(ops.value());
        }
    };
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    if (cores > 1 && count > 1) {
        std::thread helper(work);
        work();
        helper.join();
    } else {
        work();
    }
    return decoded;
}

} // namespace tansiq::sync
