#include "core/engine/DuplicationReviews.h"

#include "core/registry/RecordWriter.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tansiq::engine {

namespace {

constexpr qsizetype kMaxNote = 2000;

} // namespace

bool DuplicationReviews::isWellFormedKey(const QString& key)
{
    static const QRegularExpression shape(
        QStringLiteral("^[A-Za-z0-9]{2,16}/[A-Za-z0-9-]{1,40}/[a-z_]{1,16}/[0-9a-f]{32}$"));
    return shape.match(key).hasMatch();
}

QHash<QString, DuplicationReview> DuplicationReviews::marks() const
{
    QHash<QString, DuplicationReview> out;
    Statement& q = m_writer.database().cached(
        "SELECT id, group_key, decision, note FROM duplication_review WHERE deleted = 0 "
        "ORDER BY created_at, id");
    q.reset();
    while (q.step() == Statement::Step::Row)
        out.insert(q.text(1), DuplicationReview { q.uuid(0), q.text(1), q.text(2), q.text(3) });
    q.reset();
    return out;
}

Result<QUuid> DuplicationReviews::markComplementary(const QString& groupKey, const QString& note)
{
    if (!isWellFormedKey(groupKey)) {
        return Issue::error(QStringLiteral("bad-group-key"), tr("duplication group"), groupKey,
            tr("“%1” is not a duplication group key (PCODE/TYPE/GROUP/32 hex digits).")
                .arg(groupKey));
    }
    if (note.size() > kMaxNote) {
        return Issue::error(QStringLiteral("note-too-long"), tr("note"), note.left(40),
            tr("The note is %1 characters long; at most %2 are kept.")
                .arg(note.size())
                .arg(kMaxNote));
    }
    return inTransaction(m_writer.database(), [&]() -> Result<QUuid> {
        const QHash<QString, DuplicationReview> existing = marks();
        const QVariantList values { groupKey, QStringLiteral("complementary"), note };
        if (existing.contains(groupKey)) {
            const QUuid id = existing.value(groupKey).id;
            const auto updated = m_writer.update(tables::duplicationReview, id, values);
            if (!updated.ok())
                return updated;
            return id;
        }
        const QUuid id = QUuid::createUuid();
        const Status inserted = m_writer.insert(tables::duplicationReview, id, values);
        if (!inserted.ok())
            return inserted;
        return id;
    });
}

Status DuplicationReviews::unmark(const QString& groupKey)
{
    Database& db = m_writer.database();
    return inTransaction(db, [&]() -> Status {
        QList<QUuid> ids;
        Statement q(
            db.handle(), "SELECT id FROM duplication_review WHERE deleted = 0 AND group_key = ?");
        q.bind(1, groupKey);
        while (q.step() == Statement::Step::Row)
            ids << q.uuid(0);
        if (ids.isEmpty()) {
            return Issue::error(QStringLiteral("not-marked"), tr("duplication group"), groupKey,
                tr("The group “%1” is not marked complementary.").arg(groupKey));
        }
        for (const QUuid& id : ids) {
            const Status st = m_writer.markDeleted(tables::duplicationReview, id);
            if (!st.ok())
                return st;
        }
        return success();
    });
}

} // namespace tansiq::engine
