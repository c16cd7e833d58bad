#pragma once

#include "ui/sync/OfficeOperations.h"

#include <QByteArray>
#include <QString>

namespace tansiq::sync {
class CertificationKey;
}

namespace tansiq {
class Database;
}

namespace tansiq::ui::offices {

// Head office: a new offline certification key written to `keyPath` (never over an existing
// file), sealed with `keyPassphrase` (strength-checked, and not the office passphrase), then
// this installation's everyday keys certified by it. Nothing is left half-made: when the office
// cannot be created the key file is removed. The fingerprint returned is the key's, the one
// field offices confirm by phone.
Result<CreatedOffice> createHeadOffice(Workspace& workspace, const QString& name,
    const QByteArray& passphrase, const QString& keyPath, const QByteArray& keyPassphrase);

// Checks a new certification key's passphrase as the CLI does, and that it is its own.
Status checkKeyPassphrase(const QByteArray& keyPassphrase, const QByteArray& officePassphrase);

// Whether the key file at `path` is this network's certification key (read without its
// passphrase: a foreign or damaged file is refused before a passphrase is asked).
Status checkKeyFile(Database& db, const QString& path);

// The certifier `by` names, opened (Argon2id: on a worker thread). A wrong passphrase or
// another network's key file is refused with a message naming the file.
Result<sync::CertificationKey> certifier(Workspace& workspace, const Authority& by);

// Head office: a new certificate for an enrolled office (same keys, the default validity).
Result<sync::OfficeEntry> renew(Workspace& workspace, const QUuid& office, const Authority& by);

// Head office: a new everyday key certified by the certification key at `keyPath`; the old one
// is retired (enrolment::certifyNewEverydayKey). The new keys are sealed with `newPassphrase`.
// Returns the new everyday key's fingerprint.
Result<QString> certifyNewKey(Workspace& workspace, const QString& keyPath,
    const QByteArray& keyPassphrase, const QByteArray& newPassphrase);

} // namespace tansiq::ui::offices
