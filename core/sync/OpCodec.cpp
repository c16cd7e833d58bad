#include "OpCodec.h"

#include "CborIn.h"
#include "SyncLimits.h"

#include <QtEndian>

namespace tansiq::sync::opcodec {

void writeValue(QCborStreamWriter& out, const QVariant& value, Dictionary* dictionary)
{
    if (value.isNull()) {
        out.append(nullptr);
        return;
    }
    switch (value.metaType().id()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::Bool:
    case QMetaType::UInt:
        out.append(value.toLongLong());
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        out.append(value.toDouble());
        return;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        if (dictionary && bytes.size() == 16) {
            auto it = dictionary->find(bytes);
            if (it == dictionary->end())
                it = dictionary->insert(bytes, quint32(dictionary->size()));
            out.append(QCborTag(6));
            out.append(quint64(it.value()));
            return;
        }
        out.append(bytes);
        return;
    }
    default:
        out.append(value.toString());
        return;
    }
}

void writeFields(QCborStreamWriter& out, const QList<FieldValue>& fields, Dictionary* dictionary)
{
    out.startMap(fields.size());
    for (const FieldValue& field : fields) {
        out.append(quint64(field.field));
        writeValue(out, field.value, dictionary);
    }
    out.endMap();
}

QByteArray encodeFields(const QList<FieldValue>& fields)
{
    QByteArray bytes;
    QCborStreamWriter out(&bytes);
    writeFields(out, fields, nullptr);
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
    QCborStreamWriter out(&bytes);
    writeValue(out, value, nullptr);
    return bytes;
}

}  // namespace tansiq::sync::opcodec
