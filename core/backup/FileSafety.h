#pragma once

#include <QString>

namespace tansiq::backup::files {

// Flushes a file's bytes (or a folder's entries, after a rename) to the device, so a power cut
// keeps either the old or the new state.
bool syncFile(const QString& path);
bool syncFolder(const QString& folder);
// Renames `from` over `to`, replacing it in one step (rename(2); MoveFileEx on Windows, where
// rename() refuses an existing target). On failure `why` gets the system's reason.
bool replaceFile(const QString& from, const QString& to, QString* why);
// A name in `folder` that does not exist yet: ".<stem>-<random>.<suffix>".
QString temporaryName(const QString& folder, const QString& stem, const QString& suffix);
// Removes an SQLite file and its companions (-journal, -wal, -shm).
void removeDatabaseFiles(const QString& path);
// Free bytes on the device holding `folder`, or -1 when unknown.
qint64 freeBytes(const QString& folder);

} // namespace tansiq::backup::files
