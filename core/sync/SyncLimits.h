#pragma once

#include <QtGlobal>

// Hard limits on everything read from a bundle, checked before allocating (sync.md case 21).
namespace tansiq::sync::limits {

constexpr qint64 kMaxBundleBytes = qint64(1) << 30; // 1 GiB on disk
constexpr qint64 kMaxPlaintextBytes = qint64(1) << 30; // decrypted body
constexpr qsizetype kMaxManifestBytes = 16 << 20; // 16 MiB
constexpr qsizetype kMaxBatchesPerBundle = 100000;
constexpr qsizetype kMaxBatchBytes = 64 << 20; // one batch, compressed
constexpr qsizetype kMaxBatchPayloadBytes = 128 << 20; // one batch, uncompressed
// The declared uncompressed size of every batch in one bundle together: one import never
// inflates more than this (each batch is inflated and checked on its own, then released).
constexpr qint64 kMaxImportPayloadBytes = qint64(1) << 30;
constexpr qsizetype kMaxOpsPerBatch = 200000;
constexpr qsizetype kOpsPerSealedBatch = 100000; // what this version writes
constexpr qsizetype kMaxFieldsPerOp = 512;
constexpr quint64 kMaxFieldNumber = 1000;
constexpr qsizetype kMaxValueBytes = 1 << 20; // one text or blob value
constexpr qsizetype kMaxDictionary = 1 << 20;
constexpr qsizetype kMaxTables = 64;
constexpr qsizetype kMaxVectorEntries = 100000;
constexpr qsizetype kMaxRecipients = 8;
constexpr qsizetype kMaxRosterEntries = 10000;
constexpr qsizetype kMaxNameBytes = 1024;
constexpr int kChunkBytes = 64 * 1024;
constexpr qint64 kFutureClockMs = qint64(48) * 3600 * 1000; // quarantine beyond 48 h ahead

} // namespace tansiq::sync::limits
