#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QList>
#include <QUuid>

namespace tansiq::sync {

struct OfficeKeys;

// What a bundle says about itself, signed by the sender. Plaintext layout inside the
// envelope: u32 manifest length | manifest CBOR | Ed25519 signature (64) | batches, in index
// order. The signature covers "tansiq-bundle-1" + BLAKE2b(manifest); the manifest holds each
// batch's length and hash, so it covers the batches too.
struct Manifest {
    quint32 major = 1;
    quint32 minor = 0;
    QByteArray bundleId; // 16 random bytes
    QUuid sender;
    QList<QUuid> recipients;
    qint64 createdAt = 0;
    struct Have {
        QByteArray replica;
        QUuid office;
        quint64 seq = 0;
    };
    QList<Have> have; // the sender's acknowledgement: what it has, per replica
    struct BatchRef {
        quint64 length = 0;
        QByteArray hash;
    };
    QList<BatchRef> batches;
    QList<QByteArray> certificates; // head office bundles: the roster
    QByteArray revocations; // head office bundles: the signed revocation list
};

struct BundleContent {
    Manifest manifest;
    QByteArray manifestBytes;
    QByteArray signature;
    QList<QByteArray> batches;
};

namespace manifest {
constexpr quint32 kMajor = 1;
constexpr quint32 kMinor = 0;

QByteArray build(
    const Manifest& manifest, const QList<QByteArray>& batches, const OfficeKeys& sender);
// Parses with hard limits and checks batch lengths and hashes; no signature check.
Result<BundleContent> parse(const QByteArray& plaintext);
bool verify(const BundleContent& content, const QByteArray& senderSignPublic);
} // namespace manifest

} // namespace tansiq::sync
