#include "core/backup/BackupInfo.h"

#include <QCoreApplication>

#include <array>

namespace tansiq::backup {

namespace {

struct ReasonName {
    Reason reason;
    const char* key;
    const char* label;
};

constexpr std::array kReasons = {
    ReasonName { Reason::Daily, "daily", QT_TRANSLATE_NOOP("tansiq::backup", "daily") },
    ReasonName { Reason::Manual, "manual", QT_TRANSLATE_NOOP("tansiq::backup", "asked for") },
    ReasonName { Reason::BeforeBundleImport, "before-bundle-import",
        QT_TRANSLATE_NOOP("tansiq::backup", "before a sync bundle import") },
    ReasonName { Reason::BeforeFourWImport, "before-4w-import",
        QT_TRANSLATE_NOOP("tansiq::backup", "before a 4W spreadsheet import") },
    ReasonName { Reason::BeforeMigration, "before-upgrade",
        QT_TRANSLATE_NOOP("tansiq::backup", "before a database upgrade") },
    ReasonName { Reason::BeforeRestore, "before-restore",
        QT_TRANSLATE_NOOP("tansiq::backup", "before a restore") },
};

} // namespace

QString reasonKey(Reason reason)
{
    for (const ReasonName& name : kReasons) {
        if (name.reason == reason)
            return QLatin1String(name.key);
    }
    return QString();
}

std::optional<Reason> reasonFromKey(const QString& key)
{
    for (const ReasonName& name : kReasons) {
        if (key == QLatin1String(name.key))
            return name.reason;
    }
    return std::nullopt;
}

QString reasonLabel(Reason reason)
{
    for (const ReasonName& name : kReasons) {
        if (name.reason == reason)
            return QCoreApplication::translate("tansiq::backup", name.label);
    }
    return QString();
}

QJsonObject BackupInfo::toJson() const
{
    return QJsonObject {
        { QStringLiteral("format"), 1 },
        { QStringLiteral("created_at"), createdAt },
        { QStringLiteral("reason"), reasonKey(reason) },
        { QStringLiteral("size"), size },
        { QStringLiteral("schema_version"), schemaVersion },
        { QStringLiteral("organisations"), counts.organisations },
        { QStringLiteral("projects"), counts.projects },
        { QStringLiteral("activities"), counts.activities },
        { QStringLiteral("needs"), counts.needs },
        { QStringLiteral("database"), databasePath },
        { QStringLiteral("office"), officeName },
    };
}

std::optional<BackupInfo> BackupInfo::fromJson(const QJsonObject& json, const QString& path)
{
    const std::optional<Reason> reason
        = reasonFromKey(json.value(QStringLiteral("reason")).toString());
    const qint64 createdAt = json.value(QStringLiteral("created_at")).toInteger();
    if (!reason || createdAt <= 0)
        return std::nullopt;
    BackupInfo info;
    info.path = path;
    info.createdAt = createdAt;
    info.reason = *reason;
    info.size = json.value(QStringLiteral("size")).toInteger();
    info.schemaVersion = json.value(QStringLiteral("schema_version")).toInt();
    info.counts.organisations = json.value(QStringLiteral("organisations")).toInteger();
    info.counts.projects = json.value(QStringLiteral("projects")).toInteger();
    info.counts.activities = json.value(QStringLiteral("activities")).toInteger();
    info.counts.needs = json.value(QStringLiteral("needs")).toInteger();
    info.databasePath = json.value(QStringLiteral("database")).toString();
    info.officeName = json.value(QStringLiteral("office")).toString();
    return info;
}

} // namespace tansiq::backup
