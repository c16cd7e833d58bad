#include "core/sync/TrustedTime.h"

#include "core/office/LocalOffice.h"
#include "core/storage/Database.h"

#include <QCoreApplication>

namespace tansiq::sync::trustedtime {

namespace {

const QString kTrusted = QStringLiteral("sync_ho_time");
const QString kHeld = QStringLiteral("sync_ho_time_held");

qint64 setting(Database& db, const QString& key)
{
    return LocalOffice::setting(db, key).toLongLong();
}

} // namespace

qint64 now(Database& db, qint64 clockNow)
{
    return qMax(clockNow, setting(db, kTrusted));
}

Result<Observed> observeHeadOffice(Database& db, qint64 createdAt, qint64 clockNow)
{
    Observed observed;
    const qint64 trusted = setting(db, kTrusted);
    if (createdAt > clockNow + kMaxAheadMs) {
        // One wrong clock (here or at the head office) must not expire every certificate.
        observed.held = true;
        if (createdAt > setting(db, kHeld)) {
            const Status stored = LocalOffice::setSetting(db, kHeld, QString::number(createdAt));
            if (!stored.ok())
                return stored;
        }
    } else if (createdAt > trusted) {
        const Status stored = LocalOffice::setSetting(db, kTrusted, QString::number(createdAt));
        if (!stored.ok())
            return stored;
    }
    const qint64 reference = qMax(trusted, observed.held ? 0 : createdAt);
    if (clockNow + 10 * 60 * 1000 < reference)
        observed.behindMs = reference - clockNow;
    return observed;
}

std::optional<qint64> held(Database& db)
{
    const qint64 value = setting(db, kHeld);
    if (value <= setting(db, kTrusted))
        return std::nullopt;
    return value;
}

Status confirmHeld(Database& db)
{
    const std::optional<qint64> date = held(db);
    if (!date)
        return Issue::error(QStringLiteral("no-held-time"), QString(), QString(),
            QCoreApplication::translate("tansiq::sync",
                "No head-office date is waiting for "
                "confirmation."));
    Status step = LocalOffice::setSetting(db, kTrusted, QString::number(*date));
    if (step.ok())
        step = LocalOffice::setSetting(db, kHeld, QString());
    return step;
}

} // namespace tansiq::sync::trustedtime
