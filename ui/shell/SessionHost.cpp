#include "ui/shell/SessionHost.h"

#include "core/workspace/Workspace.h"
#include "ui/common/SnapshotService.h"
#include "ui/shell/DatabaseLock.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/RecentFiles.h"
#include "ui/shell/Session.h"
#include "ui/shell/WindowState.h"

#include <QEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QScreen>
#include <QSettings>

namespace tansiq::ui {

SessionHost::SessionHost(QSettings& store, DisplaySettings& display, Prompts& prompts,
    const Clock& clock, QObject* parent)
    : QObject(parent), m_store(store), m_display(display), m_prompts(prompts), m_clock(clock)
{
}

SessionHost::~SessionHost()
{
    close();
}

Status SessionHost::open(const QString& path, bool showWindow)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute == m_path && isOpen()) {
        if (showWindow) {
            m_session->window().show();
            m_session->window().activateWindow();
        }
        return success();
    }
    auto lock = DatabaseLock::acquire(absolute);
    if (!lock.ok())
        return lock;
    return build(std::move(lock.value()), absolute, showWindow);
}

Status SessionHost::build(std::unique_ptr<DatabaseLock> lock, const QString& path, bool showWindow)
{
    auto workspace
        = Workspace::open(path, m_clock, { .createIfMissing = false, .seedGazetteer = false });
    if (!workspace.ok())
        return workspace;
    close(); // the new file opened: now the old one goes
    m_lock = std::move(lock);
    m_workspace = std::move(workspace.value());
    m_path = path;
    m_session = std::make_unique<Session>(*m_workspace, m_display, m_prompts);
    MainWindow& window = m_session->window();
    if (m_decorate)
        m_decorate(window);
    const QScreen* screen = QGuiApplication::primaryScreen();
    windowstate::restore(
        window, m_store, screen ? screen->availableGeometry() : QRect(0, 0, 1280, 800));
    window.installEventFilter(this);
    RecentFiles(m_store).add(path);
    if (showWindow)
        window.show();
    emit opened(path);
    return success();
}

void SessionHost::close()
{
    if (!m_session) {
        m_lock.reset();
        return;
    }
    saveWindowState();
    m_session->window().removeEventFilter(this);
    m_session->context().snapshots.waitForIdle();
    release();
}

void SessionHost::release()
{
    m_session.reset(); // the window, the pages and the analysis thread with its connection
    m_workspace.reset();
    m_lock.reset();
    m_path.clear();
}

Status SessionHost::withClosed(const std::function<Status(const QString& path)>& work)
{
    if (!isOpen())
        return work(QString());
    const QString path = m_path;
    const bool visible = m_session->window().isVisible();
    saveWindowState();
    m_session->window().removeEventFilter(this);
    m_session->context().snapshots.waitForIdle();
    std::unique_ptr<DatabaseLock> lock = std::move(m_lock); // kept while the file is closed
    release();
    const Status done = work(path);
    const Status reopened = build(std::move(lock), path, visible);
    return reopened.ok() ? done : reopened;
}

void SessionHost::saveWindowState()
{
    if (m_session)
        windowstate::save(m_session->window(), m_store);
}

bool SessionHost::eventFilter(QObject* watched, QEvent* event)
{
    if (m_session && watched == &m_session->window() && event->type() == QEvent::Close) {
        saveWindowState();
        emit windowClosed();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tansiq::ui
