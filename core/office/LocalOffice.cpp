#include "core/office/LocalOffice.h"

#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

namespace tansiq {

namespace {
const QString kOfficeId = QStringLiteral("office_id");
const QString kOfficeName = QStringLiteral("office_name");
const QString kReplicaId = QStringLiteral("replica_id");
const QString kOfficeNameAr = QStringLiteral("office_name_ar");
const QString kOfficeNameEn = QStringLiteral("office_name_en");

// Names that earlier versions stored when nobody gave one (in the language of the tool that
// created the database).
bool isDefaultName(const QString& name)
{
    return name.isEmpty() || name == LocalOffice::defaultName(Language::Arabic)
        || name == LocalOffice::defaultName(Language::English)
        || name == QStringLiteral("Humanitarian coordination office")
        || name == QStringLiteral("مكتب التنسيق الإنساني");
}
} // namespace

QString LocalOffice::setting(Database& db, const QString& key)
{
    Statement& query = db.cached("SELECT value FROM local_setting WHERE key = ?");
    query.bind(1, key);
    QString value;
    if (query.step() == Statement::Step::Row)
        value = query.text(0);
    query.reset();
    return value;
}

Status LocalOffice::setSetting(Database& db, const QString& key, const QString& value)
{
    Statement& upsert = db.cached("INSERT INTO local_setting (key, value) VALUES (?, ?) "
                                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    upsert.bind(1, key);
    upsert.bind(2, value);
    return upsert.run();
}

Result<OfficeIdentity> LocalOffice::ensure(Database& db, const QString& defaultName)
{
    OfficeIdentity identity { QUuid(setting(db, kOfficeId)), setting(db, kOfficeName),
        QUuid(setting(db, kReplicaId)) };
    if (!identity.officeId.isNull() && !identity.replicaId.isNull())
        return identity;
    Transaction tx(db);
    if (!tx.begun().ok())
        return tx.begun();
    if (identity.officeId.isNull()) {
        identity.officeId = QUuid::createUuid();
        identity.officeName = defaultName;
    }
    identity.replicaId = QUuid::createUuid();
    for (const auto& [key, value] :
        { std::pair { kOfficeId, identity.officeId.toString(QUuid::WithoutBraces) },
            std::pair { kOfficeName, identity.officeName },
            std::pair { kReplicaId, identity.replicaId.toString(QUuid::WithoutBraces) } }) {
        const Status saved = setSetting(db, key, value);
        if (!saved.ok())
            return saved;
    }
    const Status committed = tx.commit();
    if (!committed.ok())
        return committed;
    return identity;
}

Status LocalOffice::rename(Database& db, const QString& name)
{
    return setSetting(db, kOfficeName, name);
}

QString LocalOffice::defaultName(Language language)
{
    // Fixed texts rather than tr(): the default is chosen by the output's language, not by the
    // language of the program that happens to run (the CLI has no translator installed).
    return language == Language::Arabic ? QStringLiteral("مكتب التنسيق")
                                        : QStringLiteral("Coordination office");
}

QString LocalOffice::name(Database& db, Language language)
{
    const QString own
        = setting(db, language == Language::Arabic ? kOfficeNameAr : kOfficeNameEn).trimmed();
    if (!own.isEmpty())
        return own;
    const QString given = setting(db, kOfficeName).trimmed();
    return isDefaultName(given) ? defaultName(language) : given;
}

Status LocalOffice::setName(Database& db, Language language, const QString& name)
{
    return setSetting(
        db, language == Language::Arabic ? kOfficeNameAr : kOfficeNameEn, name.trimmed());
}

} // namespace tansiq
