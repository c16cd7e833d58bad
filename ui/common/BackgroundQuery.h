#pragma once

#include "storage/Database.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

namespace tansiq::ui {

// Runs a read-only query on its own thread with its own connection to the database (a
// Database is per thread), then hands the result to `done` on the receiver's thread. The GUI
// never waits for SQL that scans a large table. Results of a superseded request are dropped
// by the caller comparing a generation number it captured.
template <typename T>
void runBackgroundQuery(QObject* receiver, const QString& databasePath,
                        std::function<T(Database&)> work, std::function<void(T)> done)
{
    auto result = std::make_shared<std::optional<T>>();
    QThread* thread = QThread::create([result, databasePath, work = std::move(work)] {
        auto db = Database::open(databasePath);
        if (db.ok())
            *result = work(*db.value());
    });
    QPointer<QObject> guard(receiver);
    QObject::connect(thread, &QThread::finished, receiver, [result, guard, done = std::move(done)] {
        if (guard && result->has_value())
            done(std::move(**result));
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

}  // namespace tansiq::ui
