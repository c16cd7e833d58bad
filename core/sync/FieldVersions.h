#pragma once

#include <QByteArray>
#include <QList>

namespace tansiq::sync {

// Which operation wrote a value: its replica (local index), sequence and clock. A null
// version (seq 0) stands for the record's creation (or seed data), which is in the causal past
// of every write to the record: records never edited since they were created have no versions.
struct Version {
    quint32 replica = 0;
    quint32 seq = 0;
    quint64 hlc = 0;

    bool isNull() const { return seq == 0; }
    bool operator==(const Version&) const = default;
};

// The versions of one record's fields (0 = the deleted flag, n = the n-th TableSpec column),
// kept compactly: a default (the creating operation) plus the fields written since. Stored as
// 16 bytes per entry: field u16, replica u16, seq u32, hlc u64 (little endian).
class FieldVersions {
public:
    static constexpr quint16 kDefault = 0xFFFF;

    static FieldVersions decode(const QByteArray& bytes);
    QByteArray encode() const;

    Version of(int field) const;
    void set(int field, const Version& version);
    void setAll(const Version& version);
    // Every distinct version on the record (for "has the writer seen all of them").
    QList<Version> all() const;
    bool isEmpty() const { return m_default.isNull() && m_fields.isEmpty(); }

private:
    Version m_default;
    QList<QPair<quint16, Version>> m_fields;
};

} // namespace tansiq::sync
