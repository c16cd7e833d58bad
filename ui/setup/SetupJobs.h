#pragma once

#include "core/common/Result.h"
#include "ui/sync/OfficeOperations.h"

#include <QString>

#include <functional>

namespace tansiq {
class Clock;
}

namespace tansiq::ui {
class BackgroundJob;
}

namespace tansiq::ui::setup {

// What the assistant asks about the office.
struct OfficeChoice {
    QString arabicName;
    QString englishName; // optional
    bool headOffice = false;
    QByteArray passphrase;
    // A head office's certification key (docs/decisions/0085): where its file is written
    // (never over an existing file) and its own passphrase.
    QString certificationKeyPath;
    QByteArray certificationPassphrase;
};

// The jobs run on `job` (a BackgroundJob without a database: they make the file themselves),
// since the gazetteer import, Argon2id and the demo take seconds, and hand the result to
// `done` on the GUI thread; each returns false while `job` is busy. A failed or cancelled job
// removes what it wrote: no half-made registry is left behind.

// A new registry at `path` (which must not exist): the gazetteer and vocabularies, no records,
// and this installation's office keys; a head office's certification key file as well (removed
// again when the registry cannot be made).
bool createRegistry(BackgroundJob& job, const QString& path, const OfficeChoice& office,
    const Clock& clock, std::function<void(Result<offices::CreatedOffice>)> done);

// The sample database at `path`: marked as sample data (no bundle can be made from it) and
// filled with `activities` demo activities; answers how many were made. It reports its
// progress in activities (total 0 while the partners, projects and needs are invented); after
// Cancel it answers "cancelled" (ui::wasCancelled) and nothing is left behind.
bool createSample(BackgroundJob& job, const QString& path, qint64 activities, const Clock& clock,
    std::function<void(Result<qint64>)> done);

// A field office's enrolment request for the registry at `databasePath`, written to
// `requestPath` (atomically); returns the office's fingerprint.
bool saveRequest(BackgroundJob& job, const QString& databasePath, const QString& requestPath,
    const QByteArray& passphrase, const Clock& clock, std::function<void(Result<QString>)> done);

// Removes a database file with its WAL and shared-memory files.
void removeDatabaseFiles(const QString& path);

} // namespace tansiq::ui::setup
