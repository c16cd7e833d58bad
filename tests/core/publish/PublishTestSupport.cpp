#include "tests/core/publish/PublishTestSupport.h"

#include "core/demo/DemoGenerator.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"

#include <gtest/gtest.h>
#include <memory>

namespace tansiq::test {

namespace {

// The fields compared per table, as one text per row: the record id and what a reader of the
// table would look at.
QString lineOf(const QString& table, bool postgres)
{
    QStringList columns;
    const auto add = [&](const char* column) { columns << QString::fromLatin1(column); };
    if (table == u"activity") {
        for (const char* c : { "reached", "targeted", "status", "start_date", "end_date",
                 "admin_pcode", "reached_girls", "targeted_women", "site_name" })
            add(c);
    } else if (table == u"organisation") {
        for (const char* c : { "acronym", "name_ar", "org_type" })
            add(c);
    } else if (table == u"need") {
        for (const char* c : { "admin_pcode", "severity", "people_in_need", "assessed_on" })
            add(c);
    } else if (table == u"project") {
        for (const char* c : { "code", "status", "start_date" })
            add(c);
    }
    QStringList parts { postgres ? QStringLiteral("upper(replace(id::text, '-', ''))")
                                 : QStringLiteral("hex(id)") };
    for (QString c : columns) {
        // A sensitive activity's site is not published (docs/decisions/0020).
        if (c == u"site_name" && !postgres)
            c = QStringLiteral("CASE WHEN sensitive = 1 THEN '' ELSE site_name END");
        parts << (postgres ? QStringLiteral("coalesce(%1::text, '')").arg(c)
                           : QStringLiteral("coalesce(%1, '')").arg(c));
    }
    return parts.join(QStringLiteral(" || '|' || "));
}

} // namespace

PgServer* sharedServer()
{
    static std::unique_ptr<PgServer> server = [] {
        if (PgServer::binDir().isEmpty())
            return std::unique_ptr<PgServer>();
        return std::make_unique<PgServer>();
    }();
    return server.get();
}

QString missingServerMessage()
{
    return QStringLiteral("PostgreSQL server programs (initdb, pg_ctl) not found under "
                          "/usr/lib/postgresql/*/bin: install the postgresql package "
                          "(scripts/install-deps.sh) to run the publication tests");
}

void fillDemo(TestWorkspace& ws, qint64 activities, int projects)
{
    DemoOptions options;
    options.seed = 7;
    options.activities = activities;
    options.projects = projects;
    const auto summary = DemoGenerator(ws->registry(), options).run();
    ASSERT_TRUE(summary.ok()) << summary.errorText().toStdString();
}

QStringList registryLines(Workspace& ws, const QString& table)
{
    QStringList lines;
    Statement q(ws.database().handle(),
        QStringLiteral("SELECT %1 FROM %2 WHERE deleted = 0")
            .arg(lineOf(table, false), table)
            .toUtf8());
    while (q.step() == Statement::Step::Row)
        lines << q.text(0);
    lines.sort();
    return lines;
}

QStringList targetLines(PgServer& server, const QString& database, const QString& table)
{
    const QString out = server.psql(
        database, QStringLiteral("SELECT %1 FROM tansiq.%2").arg(lineOf(table, true), table));
    QStringList lines = out.isEmpty() ? QStringList() : out.split(QLatin1Char('\n'));
    lines.sort();
    return lines;
}

} // namespace tansiq::test
