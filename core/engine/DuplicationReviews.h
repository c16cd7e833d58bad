#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QUuid>

namespace tansiq {
class RecordWriter;
}

namespace tansiq::engine {

struct DuplicationReview {
    QUuid id;
    QString groupKey;
    QString decision; // "complementary"
    QString note;
};

// The coordinators' decisions on possible duplications, stored as replicated records
// (table duplication_review) through the single write path, so they survive reopening and
// travel with sync. Only live rows count; removing a mark is a soft delete.
class DuplicationReviews {
    Q_DECLARE_TR_FUNCTIONS(tansiq::Engine)

public:
    explicit DuplicationReviews(RecordWriter& writer) : m_writer(writer) { }

    // Marks the group complementary (or replaces the note of an existing mark).
    Result<QUuid> markComplementary(const QString& groupKey, const QString& note);
    // Removes every live mark of the group; the group is flagged again.
    Status unmark(const QString& groupKey);
    // Live marks by group key.
    QHash<QString, DuplicationReview> marks() const;

    // 'PCODE/TYPE/GROUP/<32 hex>': the shape of a key the scan produces.
    static bool isWellFormedKey(const QString& key);

private:
    RecordWriter& m_writer;
};

} // namespace tansiq::engine
