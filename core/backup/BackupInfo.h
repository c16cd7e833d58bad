#pragma once

#include <QJsonObject>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace tansiq::backup {

// Why a backup was made. Daily and manual ones are asked for; the others are made by Tansiq
// just before an operation that changes much at once (docs/decisions/0041).
enum class Reason {
    Daily,
    Manual,
    BeforeBundleImport,
    BeforeFourWImport,
    BeforeMigration,
    BeforeRestore
};

// The stable key written in files ("daily", "before-bundle-import", ...).
QString reasonKey(Reason reason);
std::optional<Reason> reasonFromKey(const QString& key);
// The reason in the user's language.
QString reasonLabel(Reason reason);

// Live records in a database, as the user counts them.
struct RecordCounts {
    qint64 organisations = 0;
    qint64 projects = 0;
    qint64 activities = 0;
    qint64 needs = 0;

    bool operator==(const RecordCounts&) const = default;
};

// One backup: a standalone SQLite file, checked when it was made.
struct BackupInfo {
    QString path;
    qint64 createdAt = 0; // Unix ms
    Reason reason = Reason::Manual;
    qint64 size = 0; // bytes
    int schemaVersion = 0;
    RecordCounts counts;
    QString databasePath; // the database it was made from
    QString officeName;

    QJsonObject toJson() const;
    static std::optional<BackupInfo> fromJson(const QJsonObject& json, const QString& path);
};

} // namespace tansiq::backup
