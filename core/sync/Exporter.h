#pragma once

#include "core/common/Result.h"
#include "core/sync/BundleFile.h"

#include <QByteArray>
#include <QUuid>

namespace tansiq::sync {

class SyncContext;
struct Revocations;
struct OfficeKeys;

struct ExportedBundle {
    QByteArray bytes;
    QByteArray bundleId;
    QUuid recipient;
    qint64 batches = 0;
    qint64 ops = 0;
};

// Builds a bundle for one office: every batch it is not known to have (cumulative until it
// acknowledges), sealed to the recipient and to this office, signed by this office. Local
// operations not yet in a batch are sealed into signed batches first.
class Exporter {
public:
    explicit Exporter(SyncContext& context);

    Result<ExportedBundle> build(const QUuid& recipient, const OfficeKeys& keys);
    // build(), then writes the bundle to `path` (bundlefile::write), reads it back and checks it,
    // and only then records it as sent. On any failure no file is left at `path` and nothing is
    // recorded as sent (pending local changes may have been sealed into batches: bookkeeping
    // that the next export would do anyway).
    Result<ExportedBundle> writeTo(const QUuid& recipient, const OfficeKeys& keys,
        const QString& path, const bundlefile::DeviceFactory& open = {});
    // Seals pending local operations into batches, then compacts the op log (docs/decisions/
    // 0093); build() does both.
    Status sealPending(const OfficeKeys& keys);
    // Whether a stored batch of `origin` was signed by one of its retired keys past the cut.
    bool beyondRetiredCut(const QUuid& origin, const QByteArray& bytes, const Revocations& list);
    // After the file was written and read back: remember it was sent.
    Status recordSent(const ExportedBundle& bundle);

private:
    Status sealReplica(quint32 replica, const OfficeKeys& keys);

    SyncContext& m_context;
};

} // namespace tansiq::sync
