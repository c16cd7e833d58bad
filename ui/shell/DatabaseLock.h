#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

#include <memory>

namespace tansiq::ui {

// One Tansiq at a time on a database file: a lock file beside it (tansiq.db.lock) held while
// the file is open. A second instance on the same file is told who holds it and opens nothing;
// a lock left by a crashed Tansiq (its process is gone) is taken over (docs/decisions/0046).
class DatabaseLock {
    Q_DECLARE_TR_FUNCTIONS(tansiq::ui::DatabaseLock)

public:
    static Result<std::unique_ptr<DatabaseLock>> acquire(const QString& databasePath);
    ~DatabaseLock();

    static QString lockPathFor(const QString& databasePath);
    QString databasePath() const { return m_databasePath; }

private:
    explicit DatabaseLock(const QString& databasePath);

    QString m_databasePath;
    QLockFile m_file;
};

} // namespace tansiq::ui
