#pragma once

#include "core/sync/Op.h"

#include <QHash>

namespace tansiq::sync {

class CborIn;

// CBOR for field values: {field number: value}. 16-byte values (record references) can be
// written as tag 6 + an index into a per-batch dictionary, which keeps bundles small.
namespace opcodec {

using Dictionary = QHash<QByteArray, quint32>;

void writeValue(QByteArray& out, const QVariant& value, Dictionary* dictionary);
void writeFields(QByteArray& out, const QList<FieldValue>& fields, Dictionary* dictionary);
QByteArray encodeFields(const QList<FieldValue>& fields);

// Reads a {field: value} map; dictionary references are resolved against `dictionary`.
bool readFields(CborIn& in, const QList<QByteArray>* dictionary, QList<FieldValue>& fields);
bool decodeFields(const QByteArray& bytes, QList<FieldValue>& fields);

// Copies a captured {field: value} map into `out`, replacing 16-byte values by dictionary
// references. Checks every length against the input; false if it is not such a map.
bool transcodeFields(QByteArray& out, const QByteArray& captured, Dictionary* dictionary);

// The canonical bytes of a value (for the state hash and for comparisons).
QByteArray canonical(const QVariant& value);

} // namespace opcodec
} // namespace tansiq::sync
