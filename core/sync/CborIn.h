#pragma once

#include <QByteArray>
#include <QCborStreamReader>
#include <QString>
#include <QVariant>

namespace tansiq::sync {

// A strict, schema-driven CBOR reader for untrusted input: every container and string must
// have a definite length no larger than the caller's limit (checked before anything is
// allocated), containers are entered only where the caller's schema expects one (so nesting
// depth is bounded by code, not data), and the first error sticks: later reads return
// defaults and ok() stays false.
class CborIn {
public:
    explicit CborIn(const QByteArray& data);

    bool ok() const { return m_ok; }
    const QString& error() const { return m_error; }
    bool fail(const QString& why);

    // Enters an array or map of at most `max` elements (pairs for maps); -1 on error.
    qsizetype enterArray(qsizetype max);
    qsizetype enterMap(qsizetype max);
    void leave();
    // True when the current container (or the top level) has no more items.
    bool atEnd();
    // True when nothing at all follows the last top-level item.
    bool finished();

    quint64 unsignedInt(quint64 max = ~quint64(0));
    qint64 integer();
    bool boolean();
    QByteArray bytes(qsizetype max, qsizetype exactSize = -1);
    QString text(qsizetype max);
    // A scalar value: null, integer, double, text, bytes; tag 6 + index is a dictionary
    // reference, reported as `dictIndex` (>= 0) with a null value.
    QVariant scalar(qsizetype maxText, qint64* dictIndex);

private:
    bool expect(bool condition, const char* what);

    QCborStreamReader m_reader;
    qint64 m_size = 0;
    bool m_ok = true;
    QString m_error;
};

} // namespace tansiq::sync
