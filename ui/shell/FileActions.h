#pragma once

#include "core/common/Issue.h"

#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QSettings;
class QWidget;

namespace tansiq {
class Clock;
}

namespace tansiq::ui {

class DisplaySettings;
class MainWindow;
class SessionHost;
class Prompts;

// File → New registry…, Open…, Recent files, Open sample data and Show the database folder,
// and what the application opens when it starts: `--db PATH`, else the file opened last, else
// the per-user registry, else the setup assistant (docs/decisions/0044, 0047).
class FileActions : public QObject {
    Q_OBJECT
public:
    struct Paths {
        QString registry; // the per-user registry (first launch)
        QString sample; // the sample database
    };

    FileActions(SessionHost& host, DisplaySettings& display, Prompts& prompts, const Clock& clock,
        QSettings& store, Paths paths, QObject* parent = nullptr);

    // <AppDataLocation>/sample-data.db, beside the per-user registry.
    static QString defaultSamplePath();

    enum class Start { Opened, Cancelled, Refused };
    // Opens what the application should start on (see above). Refused: the message has been
    // shown (another Tansiq has the file open, it is not a Tansiq database …).
    Start openAtStart(const QString& requested);
    // Adds the actions to a new window's File menu (SessionHost's window decorator).
    void decorate(MainWindow& window);

    void setSampleActivities(qint64 activities) { m_sampleActivities = activities; }

    // The actions themselves, for the menu and the tests (the window is the dialogs' parent).
    void newRegistry(QWidget* parent);
    void openFile(QWidget* parent);
    void openPath(QWidget* parent, const QString& path);
    void openSample(QWidget* parent);
    void showFolder();
    // Replaces the open database with a checked backup (Restore from backup…): copies it aside,
    // then, once the menu's signal has returned, closes every connection, runs
    // backup::restoreBackup and reopens the file (docs/decisions/0042, 0047).
    void restoreOpenDatabase(const QString& backupPath, const QString& backupRoot);

private:
    // Runs the assistant; returns the file it made (or chose), empty when cancelled.
    QString runAssistant(QWidget* parent, int start, const QString& registryPath);
    void fillRecent(QMenu* menu);
    bool openNow(QWidget* parent, const QString& path);

    SessionHost& m_host;
    DisplaySettings& m_display;
    Prompts& m_prompts;
    const Clock& m_clock;
    QSettings& m_store;
    Paths m_paths;
    qint64 m_sampleActivities = 20000;
};

} // namespace tansiq::ui
