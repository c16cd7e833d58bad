#pragma once

#include <QByteArray>
#include <QString>

namespace tansiq::native {

// File names for the C libraries that take `const char*` paths. On Linux both are the bytes
// open(2) gets (QFile::encodeName). On Windows the two differ (docs/decisions/0098):
// - SQLite's sqlite3_open_v2 takes UTF-8 and converts it to UTF-16 itself;
// - libraries that call the C runtime's fopen()/open() (libxlsxwriter as mingw builds it)
//   read the ANSI code page, which cannot hold Arabic: the existing folder is given by its
//   short (8.3) name, which is ASCII, and `name` must be ASCII (empty: the folder itself).
QByteArray sqliteFileName(const QString& path);
QByteArray cRuntimeFileName(const QString& existingFolder, const QString& name);

} // namespace tansiq::native
