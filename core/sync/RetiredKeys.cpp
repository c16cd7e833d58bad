#include "core/sync/RetiredKeys.h"

namespace tansiq::sync::retired {

Signer ofBatch(const Batch& batch, const OfficeEntry& origin, const Revocations& list)
{
    if (!list.retired(origin.office, origin.signPublic) && batch::verify(batch, origin.signPublic))
        return Signer::Current;
    for (const RetiredKey& key : list.keys) {
        if (key.office == origin.office && batch::verify(batch, key.signPublic))
            return key.covers(batch.header.originReplica, batch.header.lastSeq) ? Signer::WithinCut
                                                                                : Signer::BeyondCut;
    }
    return Signer::Nobody;
}

const RetiredKey* ofBundle(
    const BundleContent& content, const OfficeEntry& sender, const Revocations& list)
{
    for (const RetiredKey& key : list.keys) {
        if (key.office == sender.office && manifest::verify(content, key.signPublic))
            return &key;
    }
    return nullptr;
}

} // namespace tansiq::sync::retired
