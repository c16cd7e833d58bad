#include "core/sync/CborIn.h"

namespace tansiq::sync {

CborIn::CborIn(const QByteArray& data) : m_reader(data), m_size(data.size())
{
}

bool CborIn::fail(const QString& why)
{
    if (m_ok) {
        m_ok = false;
        m_error = why;
    }
    return false;
}

bool CborIn::expect(bool condition, const char* what)
{
    if (!m_ok)
        return false;
    if (m_reader.lastError() != QCborError::NoError)
        return fail(QStringLiteral("malformed CBOR before %1").arg(QLatin1String(what)));
    if (!condition)
        return fail(QStringLiteral("expected %1").arg(QLatin1String(what)));
    return true;
}

qsizetype CborIn::enterArray(qsizetype max)
{
    if (!expect(m_reader.isArray() && m_reader.isLengthKnown(), "a definite-length array"))
        return -1;
    const quint64 length = m_reader.length();
    if (length > quint64(max)) {
        fail(QStringLiteral("array of %1 items exceeds the limit of %2").arg(length).arg(max));
        return -1;
    }
    if (!m_reader.enterContainer()) {
        fail(QStringLiteral("cannot enter array"));
        return -1;
    }
    return qsizetype(length);
}

qsizetype CborIn::enterMap(qsizetype max)
{
    if (!expect(m_reader.isMap() && m_reader.isLengthKnown(), "a definite-length map"))
        return -1;
    const quint64 length = m_reader.length();
    if (length > quint64(max)) {
        fail(QStringLiteral("map of %1 entries exceeds the limit of %2").arg(length).arg(max));
        return -1;
    }
    if (!m_reader.enterContainer()) {
        fail(QStringLiteral("cannot enter map"));
        return -1;
    }
    return qsizetype(length);
}

void CborIn::leave()
{
    if (!m_ok)
        return;
    if (m_reader.hasNext()) {
        fail(QStringLiteral("unexpected extra items in a container"));
        return;
    }
    if (!m_reader.leaveContainer())
        fail(QStringLiteral("cannot leave container"));
}

bool CborIn::atEnd()
{
    return !m_ok || !m_reader.hasNext();
}

bool CborIn::finished()
{
    if (!m_ok)
        return false;
    return m_reader.containerDepth() == 0 && m_reader.currentOffset() == m_size;
}

quint64 CborIn::unsignedInt(quint64 max)
{
    if (!expect(m_reader.isUnsignedInteger(), "an unsigned integer"))
        return 0;
    const quint64 value = m_reader.toUnsignedInteger();
    m_reader.next();
    if (value > max) {
        fail(QStringLiteral("number %1 exceeds the limit of %2").arg(value).arg(max));
        return 0;
    }
    return value;
}

qint64 CborIn::integer()
{
    if (!expect(m_reader.isInteger(), "an integer"))
        return 0;
    if (m_reader.isUnsignedInteger()) {
        const quint64 value = m_reader.toUnsignedInteger();
        m_reader.next();
        if (value > quint64(std::numeric_limits<qint64>::max())) {
            fail(QStringLiteral("integer out of range"));
            return 0;
        }
        return qint64(value);
    }
    const quint64 magnitude = quint64(m_reader.toNegativeInteger()); // -1 - n, as n + 1
    m_reader.next();
    if (magnitude == 0 || magnitude > quint64(std::numeric_limits<qint64>::max()) + 1) {
        fail(QStringLiteral("integer out of range"));
        return 0;
    }
    return qint64(0 - magnitude);
}

bool CborIn::boolean()
{
    if (!expect(m_reader.isBool(), "true or false"))
        return false;
    const bool value = m_reader.toBool();
    m_reader.next();
    return value;
}

QByteArray CborIn::bytes(qsizetype max, qsizetype exactSize)
{
    if (!expect(m_reader.isByteArray() && m_reader.isLengthKnown(), "a byte string"))
        return {};
    const quint64 length = m_reader.length();
    if (length > quint64(max) || (exactSize >= 0 && length != quint64(exactSize))) {
        fail(QStringLiteral("byte string of %1 bytes is not allowed here").arg(length));
        return {};
    }
    QByteArray out;
    auto chunk = m_reader.readByteArray();
    while (chunk.status == QCborStreamReader::Ok) {
        out += chunk.data;
        chunk = m_reader.readByteArray();
    }
    if (chunk.status == QCborStreamReader::Error)
        fail(QStringLiteral("malformed byte string"));
    return out;
}

QString CborIn::text(qsizetype max)
{
    if (!expect(m_reader.isString() && m_reader.isLengthKnown(), "a text string"))
        return {};
    const quint64 length = m_reader.length();
    if (length > quint64(max)) {
        fail(QStringLiteral("text of %1 bytes exceeds the limit of %2").arg(length).arg(max));
        return {};
    }
    QString out;
    auto chunk = m_reader.readString();
    while (chunk.status == QCborStreamReader::Ok) {
        out += chunk.data;
        chunk = m_reader.readString();
    }
    if (chunk.status == QCborStreamReader::Error)
        fail(QStringLiteral("malformed or invalid UTF-8 text"));
    return out;
}

QVariant CborIn::scalar(qsizetype maxText, qint64* dictIndex)
{
    *dictIndex = -1;
    if (!m_ok)
        return {};
    switch (m_reader.type()) {
    case QCborStreamReader::UnsignedInteger:
    case QCborStreamReader::NegativeInteger:
        return integer();
    case QCborStreamReader::Float16:
    case QCborStreamReader::Float:
    case QCborStreamReader::Double: {
        double value = 0;
        if (m_reader.isDouble())
            value = m_reader.toDouble();
        else if (m_reader.isFloat())
            value = double(m_reader.toFloat());
        else
            value = double(m_reader.toFloat16());
        m_reader.next();
        return value;
    }
    case QCborStreamReader::String:
        return text(maxText);
    case QCborStreamReader::ByteArray:
        return bytes(maxText);
    case QCborStreamReader::SimpleType:
        if (m_reader.isNull()) {
            m_reader.next();
            return QVariant();
        }
        break;
    case QCborStreamReader::Tag:
        if (m_reader.toTag() == QCborTag(6)) {
            m_reader.next();
            *dictIndex = qint64(unsignedInt(quint64(1) << 31));
            return QVariant();
        }
        break;
    default:
        break;
    }
    fail(QStringLiteral("unexpected CBOR item where a value belongs"));
    return {};
}

} // namespace tansiq::sync
