#include "tests/core/publish/PgServer.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>

#include <unistd.h>

namespace tansiq::test {

QString PgServer::binDir()
{
    QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    std::sort(versions.begin(), versions.end(),
        [](const QString& a, const QString& b) { return a.toInt() > b.toInt(); });
    for (const QString& version : versions) {
        const QString bin = root.filePath(version + QStringLiteral("/bin"));
        if (QFile::exists(bin + QStringLiteral("/initdb"))
            && QFile::exists(bin + QStringLiteral("/pg_ctl")))
            return bin;
    }
    return QString();
}

QStringList PgServer::asServerUser(const QString& program, const QStringList& args) const
{
    // Only the server runs as the unprivileged user; psql connects through the socket.
    if (m_user.isEmpty() || program.endsWith(QStringLiteral("/psql")))
        return QStringList { program } + args;
    return QStringList { QStringLiteral("runuser"), QStringLiteral("-u"), m_user,
        QStringLiteral("--"), program }
    + args;
}

bool PgServer::run(const QString& program, const QStringList& args, QString* output)
{
    const QStringList command = asServerUser(program, args);
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_dir->path());
    process.start(command.first(), command.mid(1));
    if (!process.waitForFinished(120000)) {
        m_error = program + QStringLiteral(": did not finish");
        process.kill();
        process.waitForFinished();
        return false;
    }
    const QString text = QString::fromUtf8(process.readAll());
    if (output)
        *output = text;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = program + QStringLiteral(": ") + text;
        return false;
    }
    return true;
}

PgServer::PgServer()
{
    m_bin = binDir();
    if (m_bin.isEmpty()) {
        m_error = QStringLiteral(
            "PostgreSQL server programs not found under /usr/lib/postgresql/*/bin");
        return;
    }
    // /tmp rather than $TMPDIR: the server's user must reach the folder, and a Unix socket's path
    // must stay short (107 bytes).
    const QString base
        = QDir(QStringLiteral("/tmp")).exists() ? QStringLiteral("/tmp") : QDir::tempPath();
    m_dir = std::make_unique<QTemporaryDir>(base + QStringLiteral("/tansiq-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return;
    }
    m_data = m_dir->filePath(QStringLiteral("data"));
    if (geteuid() == 0) {
        // The server refuses to run as root: the folder goes to an unprivileged user.
        if (!run(QStringLiteral("chown"), { QStringLiteral("nobody"), m_dir->path() }))
            return;
        m_user = QStringLiteral("nobody");
        QFile::setPermissions(m_dir->path(),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                | QFile::ExeOther);
    }
    m_port = 20000 + int(QRandomGenerator::global()->bounded(20000));
    if (!run(m_bin + QStringLiteral("/initdb"),
            { QStringLiteral("-D"), m_data, QStringLiteral("-U"), QStringLiteral("tansiq"),
                QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-E"),
                QStringLiteral("UTF8"), QStringLiteral("--locale=C"),
                QStringLiteral("--no-sync") }))
        return;
    const QString options = QStringLiteral("-c listen_addresses='' -k %1 -p %2 -c fsync=off "
                                           "-c synchronous_commit=off -c full_page_writes=off")
                                .arg(m_dir->path())
                                .arg(m_port);
    if (!run(m_bin + QStringLiteral("/pg_ctl"),
            { QStringLiteral("-D"), m_data, QStringLiteral("-o"), options, QStringLiteral("-l"),
                m_dir->filePath(QStringLiteral("server.log")), QStringLiteral("-w"),
                QStringLiteral("start") }))
        return;
    m_started = true;
    // Databases copy template1: with PostGIS there, most tests skip the slow CREATE EXTENSION.
    psql(QStringLiteral("template1"),
        QStringLiteral("SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'"))
            .isEmpty()
        || !psql(QStringLiteral("template1"), QStringLiteral("CREATE EXTENSION postgis")).isEmpty();
}

PgServer::~PgServer()
{
    if (m_started) {
        run(m_bin + QStringLiteral("/pg_ctl"),
            { QStringLiteral("-D"), m_data, QStringLiteral("-m"), QStringLiteral("immediate"),
                QStringLiteral("-w"), QStringLiteral("stop") });
    }
}

QString PgServer::connection(const QString& database, bool bare)
{
    if (database != u"postgres") {
        QString out;
        run(m_bin + QStringLiteral("/psql"),
            { QStringLiteral("-h"), m_dir->path(), QStringLiteral("-p"), QString::number(m_port),
                QStringLiteral("-U"), QStringLiteral("tansiq"), QStringLiteral("-d"),
                QStringLiteral("postgres"), QStringLiteral("-c"),
                QStringLiteral("CREATE DATABASE %1%2")
                    .arg(database, bare ? QStringLiteral(" TEMPLATE template0") : QString()) },
            &out);
    }
    return QStringLiteral("host=%1 port=%2 dbname=%3 user=tansiq")
        .arg(m_dir->path())
        .arg(m_port)
        .arg(database);
}

QString PgServer::psql(const QString& database, const QString& sql)
{
    QString out;
    if (!run(m_bin + QStringLiteral("/psql"),
            { QStringLiteral("-h"), m_dir->path(), QStringLiteral("-p"), QString::number(m_port),
                QStringLiteral("-U"), QStringLiteral("tansiq"), QStringLiteral("-d"), database,
                QStringLiteral("-XAtq"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                QStringLiteral("-c"), sql },
            &out))
        return QStringLiteral("ERROR: ") + m_error;
    return out.trimmed();
}

} // namespace tansiq::test
