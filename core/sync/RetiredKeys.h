#pragma once

#include "core/sync/Batch.h"
#include "core/sync/Manifest.h"
#include "core/sync/Roster.h"

namespace tansiq::sync::retired {

// Which key of its origin office signed a batch (docs/decisions/0061).
enum class Signer {
    Current, // the key the office's newest certificate names, not retired
    WithinCut, // a retired key, and the batch is within what stays valid of it
    BeyondCut, // a retired key, past its cut (or for a replica it never named): refused
    Nobody, // no key of that office: a forged or damaged batch
};

Signer ofBatch(const Batch& batch, const OfficeEntry& origin, const Revocations& list);

// The retired key of `sender` that signed a bundle, or nullptr when the bundle is not signed by
// one (signed by the current key, or not at all).
const RetiredKey* ofBundle(
    const BundleContent& content, const OfficeEntry& sender, const Revocations& list);

} // namespace tansiq::sync::retired
