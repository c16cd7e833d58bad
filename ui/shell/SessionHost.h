#pragma once

#include "core/common/Result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QSettings;

namespace tansiq {
class Clock;
class Workspace;
} // namespace tansiq

namespace tansiq::ui {

class DatabaseLock;
class DisplaySettings;
class MainWindow;
class Prompts;
class Session;

// Owns what is open: the database's lock, the workspace (the GUI thread's connection) and the
// Session (pages, undo, the analysis thread with its own connection). File → New, Open,
// Recent and Open sample data switch files through it; a restore runs on the closed file
// through withClosed(). The window's geometry, splitters and page are saved when a file is
// closed and restored on the next window.
//
// Never call open(), close() or withClosed() from inside a signal of the open window (a menu
// action): they destroy that window. Queue the call instead (QMetaObject::invokeMethod(&host,
// ..., Qt::QueuedConnection)); FileActions does.
class SessionHost : public QObject {
    Q_OBJECT
public:
    SessionHost(QSettings& store, DisplaySettings& display, Prompts& prompts, const Clock& clock,
        QObject* parent = nullptr);
    ~SessionHost() override;

    // Opens an existing Tansiq database in a new window (shown when `showWindow`); the file
    // open until now is closed only once the new one has opened. Refused (and the current file
    // kept open) when the file is missing, not a Tansiq database, written by a newer Tansiq, or
    // open in another Tansiq (its lock is held).
    Status open(const QString& path, bool showWindow = true);
    // Saves the window's state, then closes the window, every connection (the analysis
    // thread's included) and the lock.
    void close();
    // Closes the open file, runs `work` on its path while nothing holds a connection (the lock
    // stays held, so no other Tansiq opens it meanwhile), then opens it again, whatever `work`
    // returned. Returns `work`'s status, or the reopening's when that failed.
    Status withClosed(const std::function<Status(const QString& path)>& work);

    bool isOpen() const { return m_session != nullptr; }
    QString path() const { return m_path; }
    Session* session() const { return m_session.get(); }
    Workspace* workspace() const { return m_workspace.get(); }
    // Called for each new window before it is shown (File-menu actions of the application).
    void setWindowDecorator(std::function<void(MainWindow&)> decorate)
    {
        m_decorate = std::move(decorate);
    }

signals:
    void opened(const QString& path);
    // The user closed the window (the application quits then; switching files does not
    // close a window, it replaces it).
    void windowClosed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void saveWindowState();
    void release();
    Status build(std::unique_ptr<DatabaseLock> lock, const QString& path, bool showWindow);

    QSettings& m_store;
    DisplaySettings& m_display;
    Prompts& m_prompts;
    const Clock& m_clock;
    std::function<void(MainWindow&)> m_decorate;
    QString m_path;
    std::unique_ptr<DatabaseLock> m_lock;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Session> m_session;
};

} // namespace tansiq::ui
