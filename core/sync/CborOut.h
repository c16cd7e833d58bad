#pragma once

#include <QByteArray>
#include <QString>
#include <QtEndian>

#include <cstring>

// A minimal CBOR writer appending to a QByteArray: the hot paths (capture of every write,
// sealing 100,000 operations) cannot afford a QCborStreamWriter (a QBuffer, a QObject) per
// record. Definite lengths only, shortest integer encodings, doubles as 64-bit floats.
namespace tansiq::sync::cborout {

inline void head(QByteArray& out, quint8 major, quint64 value)
{
    const quint8 m = quint8(major << 5);
    if (value < 24) {
        out.append(char(m | value));
    } else if (value <= 0xFF) {
        out.append(char(m | 24));
        out.append(char(value));
    } else if (value <= 0xFFFF) {
        char bytes[3] = { char(m | 25) };
        qToBigEndian<quint16>(quint16(value), bytes + 1);
        out.append(bytes, 3);
    } else if (value <= 0xFFFFFFFFu) {
        char bytes[5] = { char(m | 26) };
        qToBigEndian<quint32>(quint32(value), bytes + 1);
        out.append(bytes, 5);
    } else {
        char bytes[9] = { char(m | 27) };
        qToBigEndian<quint64>(value, bytes + 1);
        out.append(bytes, 9);
    }
}

inline void uint(QByteArray& out, quint64 value)
{
    head(out, 0, value);
}
inline void integer(QByteArray& out, qint64 value)
{
    if (value >= 0)
        head(out, 0, quint64(value));
    else
        head(out, 1, quint64(-(value + 1)));
}
inline void bytes(QByteArray& out, const QByteArray& value)
{
    head(out, 2, quint64(value.size()));
    out.append(value);
}
inline void text(QByteArray& out, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    head(out, 3, quint64(utf8.size()));
    out.append(utf8);
}
inline void array(QByteArray& out, quint64 count)
{
    head(out, 4, count);
}
inline void map(QByteArray& out, quint64 count)
{
    head(out, 5, count);
}
inline void tag(QByteArray& out, quint64 value)
{
    head(out, 6, value);
}
inline void boolean(QByteArray& out, bool value)
{
    out.append(char(value ? 0xF5 : 0xF4));
}
inline void null(QByteArray& out)
{
    out.append(char(0xF6));
}
inline void real(QByteArray& out, double value)
{
    quint64 bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    char encoded[9] = { char(0xFB) };
    qToBigEndian<quint64>(bits, encoded + 1);
    out.append(encoded, 9);
}

} // namespace tansiq::sync::cborout
