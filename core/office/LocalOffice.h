#pragma once

#include "common/Result.h"

#include <QString>
#include <QUuid>

namespace tansiq {

class Clock;
class Database;

// This installation's identity, kept in the database's local settings (never replicated):
// the office it belongs to and the id of this database incarnation (the replica).
struct OfficeIdentity {
    QUuid officeId;
    QString officeName;
    QUuid replicaId;
};

class LocalOffice {
public:
    // Reads the identity, creating one (a new office called `defaultName`) on first use.
    static Result<OfficeIdentity> ensure(Database& db, const QString& defaultName);
    static Status rename(Database& db, const QString& name);

    static QString setting(Database& db, const QString& key);
    static Status setSetting(Database& db, const QString& key, const QString& value);
};

}  // namespace tansiq
