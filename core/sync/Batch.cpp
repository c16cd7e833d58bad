#include "core/sync/Batch.h"

#include "core/registry/TableSpec.h"
#include "core/sync/BoundedInflate.h"
#include "core/sync/CborIn.h"
#include "core/sync/CborOut.h"
#include "core/sync/HybridClock.h"
#include "core/sync/OfficeKeys.h"
#include "core/sync/OpCodec.h"
#include "core/sync/SyncLimits.h"

#include <QCborStreamWriter>
#include <QCoreApplication>
#include <QtEndian>

namespace tansiq::sync {

namespace {

Issue damaged(const QString& detail)
{
    return Issue::error(QStringLiteral("bundle-damaged"), QString(), detail,
        QCoreApplication::translate("tansiq::sync",
            "The bundle is damaged (%1). Ask the sender "
            "to export it again.")
            .arg(detail));
}

void putU32(QByteArray& out, quint32 value)
{
    char bytes[4];
    qToBigEndian<quint32>(value, bytes);
    out.append(bytes, 4);
}

} // namespace

QByteArray batch::encodeHeader(const BatchHeader& h)
{
    QByteArray bytes;
    QCborStreamWriter out(&bytes);
    out.startArray(11);
    out.append(quint64(h.major));
    out.append(quint64(h.minor));
    out.append(h.originOffice.toRfc4122());
    out.append(h.originReplica);
    out.append(h.firstSeq);
    out.append(h.lastSeq);
    out.append(h.maxHlc);
    out.append(h.opCount);
    out.startArray(h.deps.size());
    for (const auto& [replica, seq] : h.deps) {
        out.startArray(2);
        out.append(replica);
        out.append(seq);
        out.endArray();
    }
    out.endArray();
    out.startArray(h.tables.size());
    for (const QByteArray& table : h.tables)
        out.append(QString::fromLatin1(table));
    out.endArray();
    out.append(h.payloadSize);
    out.endArray();
    return bytes;
}

namespace {

bool decodeHeader(const QByteArray& bytes, BatchHeader& h, QString& error)
{
    CborIn in(bytes);
    if (in.enterArray(11) != 11)
        in.fail(QStringLiteral("batch header shape"));
    h.major = quint32(in.unsignedInt(1000));
    h.minor = quint32(in.unsignedInt(1000));
    h.originOffice = QUuid::fromRfc4122(in.bytes(16, 16));
    h.originReplica = in.bytes(16, 16);
    h.firstSeq = in.unsignedInt(0xFFFFFFFFu);
    h.lastSeq = in.unsignedInt(0xFFFFFFFFu);
    h.maxHlc = in.unsignedInt();
    h.opCount = in.unsignedInt(limits::kMaxOpsPerBatch);
    const qsizetype deps = in.enterArray(limits::kMaxVectorEntries);
    for (qsizetype i = 0; i < deps && in.ok(); ++i) {
        in.enterArray(2);
        const QByteArray replica = in.bytes(16, 16);
        const quint64 seq = in.unsignedInt(0xFFFFFFFFu);
        in.leave();
        h.deps.append({ replica, seq });
    }
    in.leave();
    const qsizetype tables = in.enterArray(limits::kMaxTables);
    for (qsizetype i = 0; i < tables && in.ok(); ++i)
        h.tables << in.text(128).toLatin1();
    in.leave();
    h.payloadSize = in.unsignedInt(limits::kMaxBatchPayloadBytes);
    in.leave();
    if (in.ok() && !in.finished())
        in.fail(QStringLiteral("bytes after the batch header"));
    if (in.ok()
        && (h.firstSeq == 0 || h.lastSeq < h.firstSeq || h.opCount == 0
            || h.opCount > h.lastSeq - h.firstSeq + 1))
        in.fail(QStringLiteral("batch range"));
    error = in.error();
    return in.ok();
}

QByteArray signedMessage(const QByteArray& hash)
{
    return QByteArray("tansiq-batch-1") + hash;
}

} // namespace

QByteArray Batch::bytes() const
{
    QByteArray out;
    out.reserve(8 + headerBytes.size() + payload.size() + signature.size());
    putU32(out, quint32(headerBytes.size()));
    out += headerBytes;
    putU32(out, quint32(payload.size()));
    out += payload;
    out += signature;
    return out;
}

namespace batch {

Result<Batch> seal(BatchHeader header, const QList<Op>& ops, const OfficeKeys& keys)
{
    header.major = kMajor;
    header.minor = kMinor;
    header.opCount = quint64(ops.size());
    QHash<QByteArray, int> tableIndex;
    for (const Op& op : ops) {
        if (!tableIndex.contains(op.tableName)) {
            tableIndex.insert(op.tableName, int(header.tables.size()));
            header.tables << op.tableName;
        }
    }
    opcodec::Dictionary dictionary;
    QByteArray opBytes;
    opBytes.reserve(ops.size() * 160);
    cborout::array(opBytes, quint64(ops.size()));
    quint64 previousSeq = header.firstSeq - 1;
    quint64 previousHlc = 0;
    for (const Op& op : ops) {
        cborout::array(opBytes, 6);
        cborout::uint(opBytes, quint64(tableIndex.value(op.tableName)));
        cborout::bytes(opBytes, op.row.toRfc4122());
        cborout::uint(opBytes, op.seq - previousSeq);
        cborout::integer(opBytes, qint64(op.hlc - previousHlc));
        cborout::boolean(opBytes, op.create);
        if (!op.rawFields.isEmpty()) {
            if (!opcodec::transcodeFields(opBytes, op.rawFields, &dictionary))
                return damaged(QStringLiteral("captured operation %1").arg(op.seq));
        } else if (op.create && op.createdAt != HybridClock::millis(op.hlc)) {
            QList<FieldValue> fields = op.fields;
            fields.append({ kCreatedAtField, op.createdAt });
            opcodec::writeFields(opBytes, fields, &dictionary);
        } else {
            opcodec::writeFields(opBytes, op.fields, &dictionary);
        }
        previousSeq = op.seq;
        previousHlc = op.hlc;
        header.maxHlc = qMax(header.maxHlc, op.hlc);
    }
    // [dictionary, ops]: 0x82 starts a definite array of two items; the dictionary is
    // complete only once the ops are written, so the two items are encoded separately.
    QByteArray dictBytes;
    {
        QList<QByteArray> entries(dictionary.size());
        for (auto it = dictionary.cbegin(); it != dictionary.cend(); ++it)
            entries[it.value()] = it.key();
        QCborStreamWriter out(&dictBytes); // (a QByteArray writer starts from empty)
        out.startArray(entries.size());
        for (const QByteArray& entry : entries)
            out.append(entry);
        out.endArray();
    }
    const QByteArray plain = QByteArray("\x82", 1) + dictBytes + opBytes;
    header.payloadSize = quint64(plain.size());
    Batch batch;
    batch.header = header;
    batch.headerBytes = batch::encodeHeader(header);
    batch.payload = qCompress(plain, 3);
    batch.hash = crypto::hash(batch.headerBytes + batch.payload);
    batch.signature = crypto::sign(signedMessage(batch.hash), keys.signSecret);
    return batch;
}

Result<Batch> parse(const QByteArray& bytes)
{
    Batch batch;
    if (bytes.size() < 8 + 64 || bytes.size() > limits::kMaxBatchBytes)
        return damaged(QStringLiteral("batch size"));
    const uchar* data = reinterpret_cast<const uchar*>(bytes.constData());
    const quint32 headerLength = qFromBigEndian<quint32>(data);
    if (headerLength > quint32(bytes.size() - 8 - 64))
        return damaged(QStringLiteral("batch header length"));
    const quint32 payloadLength = qFromBigEndian<quint32>(data + 4 + headerLength);
    if (qint64(headerLength) + payloadLength + 8 + 64 != bytes.size())
        return damaged(QStringLiteral("batch payload length"));
    batch.headerBytes = bytes.mid(4, headerLength);
    batch.payload = bytes.mid(8 + headerLength, payloadLength);
    batch.signature = bytes.right(64);
    QString error;
    if (!decodeHeader(batch.headerBytes, batch.header, error))
        return damaged(error);
    batch.hash = crypto::hash(batch.headerBytes + batch.payload);
    return batch;
}

void resign(Batch& batch, const OfficeKeys& keys)
{
    batch.hash = crypto::hash(batch.headerBytes + batch.payload);
    batch.signature = crypto::sign(signedMessage(batch.hash), keys.signSecret);
}

bool verify(const Batch& batch, const QByteArray& signPublic)
{
    return crypto::verify(signedMessage(batch.hash), batch.signature, signPublic);
}

Result<QList<Op>> decodeOps(const Batch& batch)
{
    if (batch.payload.size() < 4)
        return damaged(QStringLiteral("batch payload"));
    const quint32 declared = qFromBigEndian<quint32>(batch.payload.constData());
    if (declared != batch.header.payloadSize || declared > limits::kMaxBatchPayloadBytes)
        return damaged(QStringLiteral("batch payload size"));
    // Streamed into exactly the declared size: a bomb stops there (docs/decisions/0050).
    const std::optional<QByteArray> inflated
        = inflateBounded(batch.payload.mid(4), qsizetype(declared));
    if (!inflated)
        return damaged(QStringLiteral("batch compression"));
    const QByteArray& plain = *inflated;
    CborIn in(plain);
    in.enterArray(2);
    const qsizetype dictSize = in.enterArray(limits::kMaxDictionary);
    QList<QByteArray> dictionary;
    for (qsizetype i = 0; i < dictSize && in.ok(); ++i)
        dictionary << in.bytes(16, 16);
    in.leave();
    const qsizetype count = in.enterArray(limits::kMaxOpsPerBatch);
    if (in.ok() && quint64(count) != batch.header.opCount)
        in.fail(QStringLiteral("operation count"));
    QList<Op> ops;
    ops.reserve(qMax<qsizetype>(count, 0));
    quint64 seq = batch.header.firstSeq - 1;
    quint64 hlc = 0;
    for (qsizetype i = 0; i < count && in.ok(); ++i) {
        Op op;
        in.enterArray(6);
        const quint64 table = in.unsignedInt(quint64(batch.header.tables.size()));
        if (in.ok() && table >= quint64(batch.header.tables.size()))
            in.fail(QStringLiteral("table index"));
        if (in.ok()) {
            op.tableName = batch.header.tables.at(qsizetype(table));
            op.table = tables::byName(op.tableName);
        }
        op.row = QUuid::fromRfc4122(in.bytes(16, 16));
        const quint64 seqDelta = in.unsignedInt(0xFFFFFFFFu);
        seq += seqDelta;
        op.seq = seq;
        hlc += quint64(in.integer());
        op.hlc = hlc;
        op.create = in.boolean();
        opcodec::readFields(in, &dictionary, op.fields);
        in.leave();
        if (in.ok() && (seqDelta == 0 || seq > batch.header.lastSeq || hlc > batch.header.maxHlc))
            in.fail(QStringLiteral("operation order"));
        op.createdAt = HybridClock::millis(op.hlc);
        for (qsizetype f = op.fields.size() - 1; f >= 0; --f) {
            if (op.fields.at(f).field == kCreatedAtField) {
                op.createdAt = op.fields.at(f).value.toLongLong();
                op.fields.removeAt(f);
            }
        }
        ops.append(std::move(op));
    }
    in.leave();
    in.leave();
    if (in.ok() && !in.finished())
        in.fail(QStringLiteral("bytes after the operations"));
    if (!in.ok())
        return damaged(in.error());
    return ops;
}

} // namespace batch
} // namespace tansiq::sync
