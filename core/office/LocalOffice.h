#pragma once

#include "core/common/Result.h"
#include "core/registry/Vocabulary.h"

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

    // The office's name in one language (local settings `office_name_ar`, `office_name_en`; no
    // schema change). Every output names the office in its own language: an Arabic bulletin
    // never prints an English name. `name` falls back to the name the office was set up with
    // (`office_name`) unless that is only the default, and then to the default of `language`
    // ("مكتب التنسيق" / "Coordination office"). An empty `name` clears that language.
    static QString name(Database& db, Language language);
    static Status setName(Database& db, Language language, const QString& name);
    static QString defaultName(Language language);

    static QString setting(Database& db, const QString& key);
    static Status setSetting(Database& db, const QString& key, const QString& value);
};

} // namespace tansiq
