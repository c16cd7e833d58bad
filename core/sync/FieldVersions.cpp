#include "core/sync/FieldVersions.h"

#include <QtEndian>

namespace tansiq::sync {

namespace {
constexpr int kEntry = 16;
}

FieldVersions FieldVersions::decode(const QByteArray& bytes)
{
    FieldVersions versions;
    const uchar* data = reinterpret_cast<const uchar*>(bytes.constData());
    for (qsizetype at = 0; at + kEntry <= bytes.size(); at += kEntry) {
        const quint16 field = qFromLittleEndian<quint16>(data + at);
        Version v;
        v.replica = qFromLittleEndian<quint16>(data + at + 2);
        v.seq = qFromLittleEndian<quint32>(data + at + 4);
        v.hlc = qFromLittleEndian<quint64>(data + at + 8);
        if (field == kDefault)
            versions.m_default = v;
        else
            versions.m_fields.append({ field, v });
    }
    return versions;
}

QByteArray FieldVersions::encode() const
{
    QByteArray bytes((m_fields.size() + 1) * kEntry, Qt::Uninitialized);
    uchar* data = reinterpret_cast<uchar*>(bytes.data());
    auto put = [&](qsizetype at, quint16 field, const Version& v) {
        qToLittleEndian<quint16>(field, data + at);
        qToLittleEndian<quint16>(quint16(v.replica), data + at + 2);
        qToLittleEndian<quint32>(v.seq, data + at + 4);
        qToLittleEndian<quint64>(v.hlc, data + at + 8);
    };
    put(0, kDefault, m_default);
    for (qsizetype i = 0; i < m_fields.size(); ++i)
        put((i + 1) * kEntry, m_fields.at(i).first, m_fields.at(i).second);
    return bytes;
}

Version FieldVersions::of(int field) const
{
    for (const auto& [f, v] : m_fields) {
        if (f == field)
            return v;
    }
    return m_default;
}

void FieldVersions::set(int field, const Version& version)
{
    for (auto& entry : m_fields) {
        if (entry.first == field) {
            entry.second = version;
            return;
        }
    }
    m_fields.append({ quint16(field), version });
}

void FieldVersions::setAll(const Version& version)
{
    m_default = version;
    m_fields.clear();
}

QList<Version> FieldVersions::all() const
{
    QList<Version> list;
    if (!m_default.isNull())
        list << m_default;
    for (const auto& entry : m_fields) {
        if (!entry.second.isNull() && !list.contains(entry.second))
            list << entry.second;
    }
    return list;
}

} // namespace tansiq::sync
