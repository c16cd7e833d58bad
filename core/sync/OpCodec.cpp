#include "core/sync/OpCodec.h"

#include "core/sync/CborIn.h"
#include "core/sync/CborOut.h"
#include "core/sync/SyncLimits.h"

#include <QtEndian>

namespace tansiq::sync::opcodec {

void writeValue(QByteArray& out, const QVariant& value, Dictionary* dictionary)
{
    if (value.isNull()) {
        cborout::null(out);
        return;
    }
    switch (value.metaType().id()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::Bool:
    case QMetaType::UInt:
        cborout::integer(out, value.toLongLong());
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        cborout::real(out, value.toDouble());
        return;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        if (dictionary && bytes.size() == 16) {
            auto it = dictionary->find(bytes);
            if (it == dictionary->end())
                it = dictionary->insert(bytes, quint32(dictionary->size()));
            cborout::tag(out, 6);
            cborout::uint(out, it.value());
            return;
        }
        cborout::bytes(out, bytes);
        return;
    }
    default:
        cborout::text(out, value.toString());
        return;
    }
}

void writeFields(QByteArray& out, const QList<FieldValue>& fields, Dictionary* dictionary)
{
    cborout::map(out, quint64(fields.size()));
    for (const FieldValue& field : fields) {
        cborout::uint(out, quint64(field.field));
        writeValue(out, field.value, dictionary);
    }
}

QByteArray encodeFields(const QList<FieldValue>& fields)
{
    QByteArray bytes;
    bytes.reserve(256);
    writeFields(bytes, fields, nullptr);
    return bytes;
}

namespace {

// Reads one CBOR head at `at`: major type, argument, and the head's length; false if cut short
// or not a definite-length form this writer produces.
bool readHead(const QByteArray& data, qsizetype at, int& major, quint64& argument, int& length)
{
    if (at >= data.size())
        return false;
    const quint8 first = quint8(data.at(at));
    major = first >> 5;
    const quint8 info = first & 0x1F;
    if (info < 24) {
        argument = info;
        length = 1;
        return true;
    }
    const int extra = info == 24 ? 1 : info == 25 ? 2 : info == 26 ? 4 : info == 27 ? 8 : -1;
    if (extra < 0 || at + 1 + extra > data.size())
        return false;
    argument = 0;
    for (int i = 0; i < extra; ++i)
        argument = (argument << 8) | quint8(data.at(at + 1 + i));
    length = 1 + extra;
    return true;
}

} // namespace

bool transcodeFields(QByteArray& out, const QByteArray& captured, Dictionary* dictionary)
{
    int major = 0;
    int length = 0;
    quint64 count = 0;
    if (!readHead(captured, 0, major, count, length) || major != 5)
        return false;
    qsizetype at = length;
    out.append(captured.constData(), length);
    for (quint64 i = 0; i < count * 2; ++i) {
        quint64 argument = 0;
        if (!readHead(captured, at, major, argument, length))
            return false;
        qsizetype size = length;
        if (major == 2 || major == 3) {
            if (argument > quint64(captured.size() - at - length))
                return false;
            size += qsizetype(argument);
        } else if (major == 7) {
            // null, false, true (1 byte) or a double (0xFB + 8 bytes, read above as argument)
        } else if (major != 0 && major != 1) {
            return false;
        }
        if (major == 2 && argument == 16 && dictionary && (i % 2) == 1) {
            const QByteArray value = captured.mid(at + length, 16);
            auto it = dictionary->find(value);
            if (it == dictionary->end())
                it = dictionary->insert(value, quint32(dictionary->size()));
            cborout::tag(out, 6);
            cborout::uint(out, it.value());
        } else {
            out.append(captured.constData() + at, size);
        }
        at += size;
    }
    return at == captured.size();
}

bool readFields(CborIn& in, const QList<QByteArray>* dictionary, QList<FieldValue>& fields)
{
    const qsizetype count = in.enterMap(limits::kMaxFieldsPerOp);
    if (count < 0)
        return false;
    fields.reserve(count);
    for (qsizetype i = 0; i < count && in.ok(); ++i) {
        FieldValue field;
        field.field = int(in.unsignedInt(limits::kMaxFieldNumber));
        qint64 index = -1;
        field.value = in.scalar(limits::kMaxValueBytes, &index);
        if (index >= 0) {
            if (!dictionary || index >= dictionary->size())
                return in.fail(QStringLiteral("dictionary reference out of range"));
            field.value = dictionary->at(index);
        }
        fields.append(std::move(field));
    }
    in.leave();
    return in.ok();
}

bool decodeFields(const QByteArray& bytes, QList<FieldValue>& fields)
{
    CborIn in(bytes);
    return readFields(in, nullptr, fields);
}

QByteArray canonical(const QVariant& value)
{
    QByteArray bytes;
    writeValue(bytes, value, nullptr);
    return bytes;
}

} // namespace tansiq::sync::opcodec
