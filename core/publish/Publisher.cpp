#include "core/publish/Publisher.h"

#include "core/office/LocalOffice.h"
#include "core/publish/ChangeFeed.h"
#include "core/publish/PgTarget.h"
#include "core/publish/RegistrySource.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QUuid>

namespace tansiq::publish {

namespace {

constexpr qsizetype kChunk = 5000;

QString uuidText(const QString& stored)
{
    const QUuid id(stored);
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

} // namespace

qint64 PublishReport::written() const
{
    qint64 n = 0;
    for (const TableCounts& t : tables)
        n += t.written;
    return n;
}

qint64 PublishReport::deleted() const
{
    qint64 n = 0;
    for (const TableCounts& t : tables)
        n += t.deleted;
    return n;
}

QString PublishReport::modeName() const
{
    switch (mode) {
    case Mode::Full:
        return QStringLiteral("full");
    case Mode::Compared:
        return QStringLiteral("compared");
    case Mode::Incremental:
        break;
    }
    return QStringLiteral("incremental");
}

namespace {

// Every record of `table` compared with the target by digest, walking both in key order
// (a merge: memory stays small for millions of rows): changed and new records written, the
// target's records the registry no longer has live deleted.
Status compareTable(
    RegistrySource& source, PgTarget& target, const PublishedTable& table, TableCounts& counts)
{
    if (const Status opened = target.openDigests(table); !opened.ok())
        return opened;
    QList<QPair<QByteArray, quint64>> page;
    qsizetype at = 0;
    bool exhausted = false;
    Status status = success();
    // The target's next row, or null at its end.
    const auto peek = [&]() -> const QPair<QByteArray, quint64>* {
        if (at < page.size())
            return &page.at(at);
        if (exhausted || !status.ok())
            return nullptr;
        Result<QList<QPair<QByteArray, quint64>>> next = target.nextDigests(int(kChunk));
        if (!next.ok()) {
            status = next.status();
            return nullptr;
        }
        page = std::move(next.value());
        at = 0;
        exhausted = page.size() < kChunk;
        return page.isEmpty() ? nullptr : &page.at(0);
    };
    QList<PublishedRow> pending;
    QList<QByteArray> gone;
    const auto flush = [&](bool all) {
        if (status.ok() && !pending.isEmpty() && (all || pending.size() >= kChunk)) {
            status = target.upsert(table, pending);
            counts.written += pending.size();
            pending.clear();
        }
        if (status.ok() && !gone.isEmpty() && (all || gone.size() >= kChunk)) {
            status = target.remove(table, gone);
            counts.deleted += gone.size();
            gone.clear();
        }
    };
    const Status read = source.readAll(table, [&](PublishedRow&& row) {
        if (!status.ok())
            return;
        const QPair<QByteArray, quint64>* published = peek();
        while (published && published->first < row.key) {
            gone << published->first; // in the target, no longer in the registry
            ++at;
            published = peek();
        }
        const bool there = published && published->first == row.key;
        const bool same = there && published->second == row.digest;
        if (there)
            ++at;
        if (!row.live) {
            if (there)
                gone << row.key;
        } else if (!same) {
            pending << std::move(row);
        }
        flush(false);
    });
    if (!read.ok())
        return read;
    for (const QPair<QByteArray, quint64>* published = peek(); published; published = peek()) {
        gone << published->first;
        ++at;
    }
    flush(true);
    if (!status.ok())
        return status;
    return target.closeDigests();
}

// Only the records the op log names.
Status applyChanges(RegistrySource& source, PgTarget& target, const PublishedTable& table,
    const QSet<QByteArray>& ids, TableCounts& counts)
{
    QList<PublishedRow> pending;
    QList<QByteArray> gone;
    for (const QByteArray& id : ids) {
        Result<std::optional<PublishedRow>> row = source.readOne(table, id);
        if (!row.ok())
            return row;
        if (row.value() && row.value()->live)
            pending << std::move(*row.value());
        else
            gone << id;
        if (pending.size() >= kChunk) {
            if (const Status done = target.upsert(table, pending); !done.ok())
                return done;
            counts.written += pending.size();
            pending.clear();
        }
    }
    if (const Status done = target.upsert(table, pending); !done.ok())
        return done;
    counts.written += pending.size();
    counts.deleted += gone.size();
    return target.remove(table, gone);
}

} // namespace

Result<PublishReport> Publisher::run(const PublishOptions& options)
{
    if (!PgTarget::validSchemaName(options.schema)) {
        return Issue::error(QStringLiteral("publish-schema"), QStringLiteral("--schema"),
            options.schema,
            QCoreApplication::translate("tansiq::publish::Publisher",
                "“%1” cannot be a schema name: use lower-case letters, digits and _, "
                "starting with a letter.")
                .arg(options.schema));
    }
    RegistrySource source(m_db);
    const Result<QList<PublishedTable>> tables = source.tables();
    if (!tables.ok())
        return tables;
    ChangeFeed feed(m_db);
    const Result<Frontier> heads = feed.heads();
    if (!heads.ok())
        return heads;
    const QString office = uuidText(LocalOffice::setting(m_db, QStringLiteral("office_id")));
    const QString replica = uuidText(LocalOffice::setting(m_db, QStringLiteral("replica_id")));

    PgTarget target(options.schema);
    if (const Status opened = target.open(options.connection); !opened.ok())
        return opened;
    const auto fail = [&target](const Issues& issues) {
        target.rollback();
        return Result<PublishReport>::failure(issues);
    };
    if (const Status begun = target.begin(); !begun.ok())
        return fail(begun.issues());

    PublishReport report;
    report.postgis = target.hasPostgis();
    const QStringList definitions = target.definitions(tables.value(), report.postgis);
    const QString signature = QString::fromLatin1(QCryptographicHash::hash(
        definitions.join(QStringLiteral("\n;\n")).toUtf8(), QCryptographicHash::Sha256)
                                                      .toHex());
    const Result<std::optional<PublicationState>> state = target.readState();
    if (!state.ok())
        return fail(state.issues());

    Changes changes;
    if (!state.value()) {
        report.mode = PublishReport::Mode::Full;
        report.reason = QCoreApplication::translate(
            "tansiq::publish::Publisher", "first publication to this schema");
    } else if (state.value()->schemaVersion != PgTarget::kSchemaVersion
        || state.value()->signature != signature) {
        report.mode = PublishReport::Mode::Full;
        report.reason = QCoreApplication::translate(
            "tansiq::publish::Publisher", "the schema changed (version %1)")
                            .arg(PgTarget::kSchemaVersion);
    } else if (options.compareAll) {
        report.mode = PublishReport::Mode::Compared;
        report.reason = QCoreApplication::translate(
            "tansiq::publish::Publisher", "asked for with --compare-all");
    } else if (state.value()->sourceOffice != office || state.value()->sourceReplica != replica) {
        report.mode = PublishReport::Mode::Compared;
        report.reason = QCoreApplication::translate("tansiq::publish::Publisher",
            "the last publication came from another registry or a restored one");
    } else {
        const Result<Changes> since
            = feed.since(frontierFromText(state.value()->frontier), heads.value());
        if (!since.ok())
            return fail(since.issues());
        changes = since.value();
        report.mode
            = changes.complete ? PublishReport::Mode::Incremental : PublishReport::Mode::Compared;
        report.reason = changes.complete ? QCoreApplication::translate(
                            "tansiq::publish::Publisher", "operations since the last publication")
                                         : changes.incompleteReason;
    }
    if (report.mode == PublishReport::Mode::Full) {
        if (const Status created = target.create(definitions); !created.ok())
            return fail(created.issues());
    }

    for (const PublishedTable& table : tables.value()) {
        TableCounts counts;
        counts.table = table.name;
        // The admin units are not in the op log: compared every time (a few thousand rows).
        const Status done = report.mode == PublishReport::Mode::Incremental && table.replicated
            ? applyChanges(source, target, table, changes.rows.value(table.name), counts)
            : compareTable(source, target, table, counts);
        if (!done.ok())
            return fail(done.issues());
        if (options.afterTable) {
            if (const Status hook = options.afterTable(table.name); !hook.ok())
                return fail(hook.issues());
        }
        report.tables << counts;
    }

    const QString frontier = frontierToText(heads.value());
    const bool moved = !state.value() || state.value()->frontier != frontier
        || state.value()->sourceOffice != office || state.value()->sourceReplica != replica;
    if (report.mode != PublishReport::Mode::Incremental || moved || report.written()
        || report.deleted()) {
        const PublicationState next { PgTarget::kSchemaVersion, signature, office, replica,
            frontier };
        if (const Status saved = target.writeState(next); !saved.ok())
            return fail(saved.issues());
        if (const Status logged
            = target.logRun(report.modeName(), report.reason, report.written(), report.deleted());
            !logged.ok())
            return fail(logged.issues());
    }
    if (const Status committed = target.commit(); !committed.ok())
        return fail(committed.issues());
    return report;
}

} // namespace tansiq::publish
