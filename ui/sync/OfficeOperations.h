#pragma once

#include "core/common/Result.h"
#include "core/sync/Roster.h"

#include <QString>
#include <QUuid>

namespace tansiq {
class Workspace;
}

namespace tansiq::ui {

// Settings → Office and keys: the same core calls as `tansiq-cli office ...`, run on a worker
// thread against that thread's own workspace. Files are written atomically.
namespace offices {

struct CreatedOffice {
    QString name;
    bool headOffice = false;
    QString fingerprint;
};
Result<CreatedOffice> create(
    Workspace& workspace, const QString& name, bool headOffice, const QByteArray& passphrase);

// Field office: writes the request file; returns this office's fingerprint to read out.
Result<QString> writeRequest(
    Workspace& workspace, const QString& path, const QByteArray& passphrase);

// Head office: the office in a request file (its self-signature checked), to confirm its
// fingerprint by phone before signing.
Result<sync::OfficeEntry> readRequest(const QString& path);

// What certifies at the head office (docs/decisions/0061, 0085): the offline certification key
// file and its own passphrase; or, in a self-rooted network (a head office set up before
// certification keys), this office's everyday key and the office passphrase (keyPath empty).
struct Authority {
    QString keyPath;
    QByteArray passphrase;
};

struct SignedRequest {
    QString officeName;
    QString officeFingerprint;
    QString headFingerprint;
};
// Head office: signs the request (refused unless its fingerprint is `expectedFingerprint`)
// and writes the answer file. Certified `by` the certification key (or, self-rooted, the
// everyday key); the overload with a passphrase is the self-rooted case.
Result<SignedRequest> signRequest(Workspace& workspace, const QString& requestPath,
    const QString& expectedFingerprint, const QString& answerPath, const Authority& by);
Result<SignedRequest> signRequest(Workspace& workspace, const QString& requestPath,
    const QString& expectedFingerprint, const QString& answerPath, const QByteArray& passphrase);

// Field office: the head office in an answer file (checked, nothing stored), to confirm its
// fingerprint by phone before accepting.
Result<sync::OfficeEntry> readAnswer(
    Workspace& workspace, const QString& answerPath, const QByteArray& passphrase);
// Field office: checks and stores the head office's answer (refused unless the head office's
// fingerprint is `expectedFingerprint`); returns the head office's entry.
Result<sync::OfficeEntry> acceptAnswer(Workspace& workspace, const QString& answerPath,
    const QString& expectedFingerprint, const QByteArray& passphrase);

// Head office: a new, signed revocation list with `office` on it; returns its version.
Result<quint64> revoke(Workspace& workspace, const QUuid& office, const Authority& by);
Result<quint64> revoke(Workspace& workspace, const QUuid& office, const QByteArray& passphrase);

// "ABCD-EFGH-..." shown as groups separated by spaces, for reading over the phone.
QString spacedFingerprint(const QString& fingerprint);

} // namespace offices
} // namespace tansiq::ui
