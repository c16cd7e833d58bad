#pragma once

#include "common/Result.h"
#include "ui/sync/OfficeOperations.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace tansiq {
class Clock;
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

// Cancel flag and progress the worker updates and the assistant polls.
struct SampleProgress {
    std::atomic_bool cancel { false };
    std::atomic<qint64> done { 0 };
    std::atomic<qint64> total { 0 };
};

struct SampleOutcome {
    bool cancelled = false;
    qint64 activities = 0;
};

// Both jobs write a new file on a thread of their own (the gazetteer import, Argon2id and the
// demo take seconds) and hand the result to `done` on `receiver`'s thread. A failed or
// cancelled job removes what it wrote: no half-made registry is left behind.

// A new registry at `path` (which must not exist): the gazetteer and vocabularies, no records,
// and this installation's office keys; a head office's certification key file as well (removed
// again when the registry cannot be made).
QThread* createRegistry(QObject* receiver, const QString& path, const OfficeChoice& office,
    const Clock& clock, std::function<void(Result<offices::CreatedOffice>)> done);

// The sample database at `path`: marked as sample data (no bundle can be made from it) and
// filled with `activities` demo activities.
QThread* createSample(QObject* receiver, const QString& path, qint64 activities, const Clock& clock,
    std::shared_ptr<SampleProgress> progress, std::function<void(Result<SampleOutcome>)> done);

// A field office's enrolment request for the registry at `databasePath`, written to
// `requestPath` (atomically); returns the office's fingerprint.
QThread* saveRequest(QObject* receiver, const QString& databasePath, const QString& requestPath,
    const QByteArray& passphrase, const Clock& clock, std::function<void(Result<QString>)> done);

// Removes a database file with its WAL and shared-memory files.
void removeDatabaseFiles(const QString& path);

} // namespace tansiq::ui::setup
