#pragma once

#include "core/common/Result.h"

#include <QObject>
#include <QString>

class QWidget;

namespace tansiq::ui {

// Creates a new database with the gazetteer and demo data on a BackgroundJob (with its own
// connection), showing progress with a cancel button while the GUI stays responsive. The
// demo is written in one transaction: when the user cancels, the database keeps the
// gazetteer and an empty registry, and the application still opens.
class DatabaseCreator : public QObject {
    Q_OBJECT
public:
    struct Outcome {
        bool cancelled = false;
        qint64 activities = 0;
    };

    DatabaseCreator(QString path, qint64 demoActivities, QObject* parent = nullptr);

    // Runs the creation, with a progress dialog over `parent` when `parent` or `showProgress`.
    Result<Outcome> run(QWidget* parent, bool showProgress);

private:
    static void removeDatabaseFiles(const QString& path);

    QString m_path;
    qint64 m_demoActivities;
};

} // namespace tansiq::ui
