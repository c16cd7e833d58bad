#pragma once

#include <QUuid>

namespace tansiq {

// What every replicated record carries (docs/formats/database.md): a random identity that is
// stable across offices and files, the office that created it, times in Unix ms (UTC) and a
// tombstone flag. Set by the write path, not by callers.
struct RecordMeta {
    QUuid id;
    QUuid originOffice;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    bool deleted = false;
};

} // namespace tansiq
