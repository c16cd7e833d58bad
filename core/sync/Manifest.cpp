#include "core/sync/Manifest.h"

#include "core/sync/CborIn.h"
#include "core/sync/OfficeKeys.h"
#include "core/sync/SyncErrors.h"
#include "core/sync/SyncLimits.h"

#include <QCborStreamWriter>
#include <QtEndian>

namespace tansiq::sync::manifest {

namespace {

QByteArray encode(const Manifest& m)
{
    QByteArray bytes;
    QCborStreamWriter out(&bytes);
    out.startArray(10);
    out.append(quint64(m.major));
    out.append(quint64(m.minor));
    out.append(m.bundleId);
    out.append(m.sender.toRfc4122());
    out.startArray(m.recipients.size());
    for (const QUuid& recipient : m.recipients)
        out.append(recipient.toRfc4122());
    out.endArray();
    out.append(m.createdAt);
    out.startArray(m.have.size());
    for (const Manifest::Have& have : m.have) {
        out.startArray(3);
        out.append(have.replica);
        out.append(have.office.toRfc4122());
        out.append(have.seq);
        out.endArray();
    }
    out.endArray();
    out.startArray(m.batches.size());
    for (const Manifest::BatchRef& batch : m.batches) {
        out.startArray(2);
        out.append(batch.length);
        out.append(batch.hash);
        out.endArray();
    }
    out.endArray();
    out.startArray(m.certificates.size());
    for (const QByteArray& certificate : m.certificates)
        out.append(certificate);
    out.endArray();
    out.append(m.revocations);
    out.endArray();
    return bytes;
}

QByteArray signedMessage(const QByteArray& manifestBytes)
{
    return QByteArray("tansiq-bundle-1") + crypto::hash(manifestBytes);
}

} // namespace

QByteArray build(
    const Manifest& manifest, const QList<QByteArray>& batches, const OfficeKeys& sender)
{
    const QByteArray manifestBytes = encode(manifest);
    QByteArray out;
    qsizetype total = 4 + manifestBytes.size() + 64;
    for (const QByteArray& batch : batches)
        total += batch.size();
    out.reserve(total);
    char length[4];
    qToBigEndian<quint32>(quint32(manifestBytes.size()), length);
    out.append(length, 4);
    out += manifestBytes;
    out += crypto::sign(signedMessage(manifestBytes), sender.signSecret);
    for (const QByteArray& batch : batches)
        out += batch;
    return out;
}

Result<BundleContent> parse(const QByteArray& plaintext)
{
    if (plaintext.size() < 4 + 64)
        return errors::damaged(QStringLiteral("manifest"));
    const quint32 length = qFromBigEndian<quint32>(plaintext.constData());
    if (length > quint32(limits::kMaxManifestBytes) || qint64(length) + 68 > plaintext.size())
        return errors::damaged(QStringLiteral("manifest length"));
    BundleContent content;
    content.manifestBytes = plaintext.mid(4, length);
    content.signature = plaintext.mid(4 + length, 64);
    Manifest& m = content.manifest;
    CborIn in(content.manifestBytes);
    in.enterArray(10);
    m.major = quint32(in.unsignedInt(1000));
    m.minor = quint32(in.unsignedInt(1000));
    if (in.ok() && m.major > kMajor)
        return errors::needsNewer(QStringLiteral("bundle version %1.%2").arg(m.major).arg(m.minor));
    m.bundleId = in.bytes(16, 16);
    m.sender = QUuid::fromRfc4122(in.bytes(16, 16));
    qsizetype count = in.enterArray(limits::kMaxRecipients);
    for (qsizetype i = 0; i < count && in.ok(); ++i)
        m.recipients << QUuid::fromRfc4122(in.bytes(16, 16));
    in.leave();
    m.createdAt = in.integer();
    count = in.enterArray(limits::kMaxVectorEntries);
    for (qsizetype i = 0; i < count && in.ok(); ++i) {
        Manifest::Have have;
        in.enterArray(3);
        have.replica = in.bytes(16, 16);
        have.office = QUuid::fromRfc4122(in.bytes(16, 16));
        have.seq = in.unsignedInt(0xFFFFFFFFu);
        in.leave();
        m.have << have;
    }
    in.leave();
    count = in.enterArray(limits::kMaxBatchesPerBundle);
    for (qsizetype i = 0; i < count && in.ok(); ++i) {
        Manifest::BatchRef ref;
        in.enterArray(2);
        ref.length = in.unsignedInt(limits::kMaxBatchBytes);
        ref.hash = in.bytes(32, 32);
        in.leave();
        m.batches << ref;
    }
    in.leave();
    count = in.enterArray(limits::kMaxRosterEntries);
    for (qsizetype i = 0; i < count && in.ok(); ++i)
        m.certificates << in.bytes(4096);
    in.leave();
    m.revocations = in.bytes(limits::kMaxRosterEntries * 20 + 4096);
    in.leave();
    if (in.ok() && !in.finished())
        in.fail(QStringLiteral("bytes after the manifest"));
    if (!in.ok())
        return errors::damaged(in.error());
    qint64 at = 4 + qint64(length) + 64;
    for (const Manifest::BatchRef& ref : m.batches) {
        if (at + qint64(ref.length) > plaintext.size())
            return errors::damaged(QStringLiteral("batch beyond the end"));
        const QByteArray batch = plaintext.mid(at, qsizetype(ref.length));
        if (crypto::hash(batch) != ref.hash)
            return errors::damaged(QStringLiteral("batch hash"));
        content.batches << batch;
        at += qint64(ref.length);
    }
    if (at != plaintext.size())
        return errors::damaged(QStringLiteral("bytes after the batches"));
    return content;
}

bool verify(const BundleContent& content, const QByteArray& senderSignPublic)
{
    return crypto::verify(
        signedMessage(content.manifestBytes), content.signature, senderSignPublic);
}

} // namespace tansiq::sync::manifest
