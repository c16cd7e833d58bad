#include "core/publish/PgConnInfo.h"

#include <QCoreApplication>

namespace tansiq::publish {

namespace {

// libpq keywords passed on to the driver as they are.
bool knownOption(const QString& key)
{
    static const QStringList keys = { QStringLiteral("connect_timeout"),
        QStringLiteral("application_name"), QStringLiteral("sslmode"), QStringLiteral("sslcert"),
        QStringLiteral("sslkey"), QStringLiteral("sslrootcert"), QStringLiteral("sslcrl"),
        QStringLiteral("passfile"), QStringLiteral("service"), QStringLiteral("options"),
        QStringLiteral("target_session_attrs"), QStringLiteral("gssencmode"),
        QStringLiteral("keepalives"), QStringLiteral("keepalives_idle"),
        QStringLiteral("channel_binding") };
    return keys.contains(key);
}

} // namespace

Result<ConnInfo> parseConnInfo(const QString& text)
{
    const auto refuse = [&](const QString& part) {
        return Issue::error(QStringLiteral("publish-connection-string"),
            QStringLiteral("--postgres"), text,
            QCoreApplication::translate("tansiq::publish::PgTarget",
                "The PostgreSQL connection string “%1” is not understood at “%2”: write "
                "keyword=value pairs such as host=server dbname=tansiq user=publisher.")
                .arg(text, part));
    };
    ConnInfo info;
    QStringList options;
    qsizetype i = 0;
    bool any = false;
    while (i < text.size()) {
        while (i < text.size() && text.at(i).isSpace())
            ++i;
        if (i >= text.size())
            break;
        const qsizetype keyStart = i;
        while (i < text.size() && (text.at(i).isLetterOrNumber() || text.at(i) == u'_'))
            ++i;
        const QString key = text.mid(keyStart, i - keyStart);
        while (i < text.size() && text.at(i).isSpace())
            ++i;
        if (key.isEmpty() || i >= text.size() || text.at(i) != u'=')
            return refuse(text.mid(keyStart).section(QLatin1Char(' '), 0, 0));
        ++i;
        while (i < text.size() && text.at(i).isSpace())
            ++i;
        QString value;
        if (i < text.size() && text.at(i) == u'\'') {
            ++i;
            bool closed = false;
            while (i < text.size()) {
                const QChar c = text.at(i++);
                if (c == u'\\' && i < text.size()) {
                    value += text.at(i++);
                } else if (c == u'\'') {
                    closed = true;
                    break;
                } else {
                    value += c;
                }
            }
            if (!closed)
                return refuse(text.mid(keyStart));
        } else {
            while (i < text.size() && !text.at(i).isSpace())
                value += text.at(i++);
        }
        any = true;
        if (key == u"host" || key == u"hostaddr") {
            info.host = value;
        } else if (key == u"port") {
            bool ok = false;
            info.port = value.toInt(&ok);
            if (!ok || info.port <= 0 || info.port > 65535)
                return refuse(key + u'=' + value);
        } else if (key == u"dbname") {
            info.database = value;
        } else if (key == u"user") {
            info.user = value;
        } else if (key == u"password") {
            info.password = value;
        } else if (knownOption(key)) {
            options << key + u'=' + value;
        } else {
            return refuse(key + u'=' + value);
        }
    }
    if (!any)
        return refuse(text);
    info.options = options.join(QLatin1Char(';'));
    return info;
}

} // namespace tansiq::publish
