#pragma once

#include "core/common/Result.h"
#include "core/sync/Op.h"

#include <QByteArray>
#include <QList>
#include <QUuid>

namespace tansiq::sync {

struct OfficeKeys;

// A signed run of one replica's operations. Stored verbatim and relayed unchanged, so the
// origin's signature survives a relay through the head office. Wire form
// (docs/formats/sync-bundle.md): u32 header length | header CBOR | u32 payload length |
// payload (zlib) | Ed25519 signature over "tansiq-batch-1" + BLAKE2b(header | payload).
struct BatchHeader {
    quint32 major = 1;
    quint32 minor = 0;
    QUuid originOffice;
    QByteArray originReplica; // 16 bytes
    quint64 firstSeq = 0;
    quint64 lastSeq = 0;
    quint64 maxHlc = 0;
    quint64 opCount = 0;
    QList<QPair<QByteArray, quint64>> deps; // (replica, seq): what the writer had seen
    QList<QByteArray> tables; // table names the ops refer to by index
    quint64 payloadSize = 0; // uncompressed
};

struct Batch {
    BatchHeader header;
    QByteArray headerBytes;
    QByteArray payload; // compressed
    QByteArray signature;
    QByteArray hash; // BLAKE2b-256 of header | payload

    QByteArray bytes() const;
};

namespace batch {

constexpr quint32 kMajor = 1;
constexpr quint32 kMinor
    = 1; // 1 (format 2.1): activity targeted by sex and age (fields 35-40), the coordination tables

// Builds and signs a batch from ops (ordered by seq).
Result<Batch> seal(BatchHeader header, const QList<Op>& ops, const OfficeKeys& keys);
// Parses the wire form, checking every length against the hard limits. No signature check.
Result<Batch> parse(const QByteArray& bytes);
bool verify(const Batch& batch, const QByteArray& signPublic);
QByteArray encodeHeader(const BatchHeader& header);
// Recomputes the hash and signs again (tools and tests that build batches by hand).
void resign(Batch& batch, const OfficeKeys& keys);
// Decompresses and decodes the operations (limits enforced).
Result<QList<Op>> decodeOps(const Batch& batch);

} // namespace batch
} // namespace tansiq::sync
