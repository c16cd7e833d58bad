#include "OpCodec.h"

#include "CborIn.h"
#include "CborOut.h"
#include "SyncLimits.h"

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
        fields << field;
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

}  // namespace tansiq::sync::opcodec
