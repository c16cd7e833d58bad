#include "ui/shell/FileActions.h"

#include "core/backup/BackupStore.h"
#include "core/backup/Restore.h"
#include "core/workspace/Workspace.h"
#include "ui/backup/BackupActions.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/Prompts.h"
#include "ui/setup/SetupAssistant.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/RecentFiles.h"
#include "ui/shell/Session.h"
#include "ui/shell/SessionHost.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QPointer>
#include <QTemporaryDir>
#include <QUrl>

namespace tansiq::ui {

namespace {
} // namespace

FileActions::FileActions(SessionHost& host, DisplaySettings& display, Prompts& prompts,
    const Clock& clock, QSettings& store, Paths paths, QObject* parent)
    : QObject(parent)
    , m_host(host)
    , m_display(display)
    , m_prompts(prompts)
    , m_clock(clock)
    , m_store(store)
    , m_paths(std::move(paths))
{
}

QString FileActions::defaultSamplePath()
{
    return QFileInfo(Workspace::defaultDatabasePath())
        .dir()
        .filePath(QStringLiteral("sample-data.db"));
}

FileActions::Start FileActions::openAtStart(const QString& requested)
{
    const auto openOrRefuse = [this](const QString& path) {
        return openNow(nullptr, path) ? Start::Opened : Start::Refused;
    };
    const auto setUp = [&](setup::SetupAssistant::Start start, const QString& path) {
        const QString made = runAssistant(nullptr, int(start), path);
        return made.isEmpty() ? Start::Cancelled : openOrRefuse(made);
    };
    if (!requested.isEmpty()) {
        // --db on a file that is not there yet: set it up, as File → New registry would.
        if (!QFileInfo::exists(requested))
            return setUp(
                setup::SetupAssistant::Start::Office, QFileInfo(requested).absoluteFilePath());
        return openOrRefuse(requested);
    }
    const QStringList recent = RecentFiles(m_store).list();
    if (!recent.isEmpty())
        return openOrRefuse(recent.first());
    if (QFileInfo::exists(m_paths.registry))
        return openOrRefuse(m_paths.registry);
    return setUp(setup::SetupAssistant::Start::Language, m_paths.registry);
}

QString FileActions::runAssistant(QWidget* parent, int start, const QString& registryPath)
{
    setup::SetupAssistant assistant(m_display, m_prompts, m_clock,
        setup::SetupAssistant::Start(start), { registryPath, m_paths.sample }, parent);
    assistant.setSampleActivities(m_sampleActivities);
    if (assistant.exec() != QDialog::Accepted)
        return {};
    return assistant.chosenPath();
}

bool FileActions::openNow(QWidget* parent, const QString& path)
{
    const Status opened = m_host.open(path);
    if (opened.ok())
        return true;
    const QString file = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (m_host.isOpen())
        showIssues(parent,
            tr("“%1” was not opened; the registry open until now stays open.").arg(file),
            opened.issues());
    else
        showIssues(parent, tr("“%1” was not opened.").arg(file), opened.issues());
    return false;
}

void FileActions::decorate(MainWindow& window)
{
    auto* newAction = new QAction(tr("&New registry…"), &window);
    newAction->setObjectName(QStringLiteral("newRegistry"));
    newAction->setShortcut(QKeySequence::New);
    auto* openAction = new QAction(tr("&Open…"), &window);
    openAction->setObjectName(QStringLiteral("openRegistry"));
    openAction->setShortcut(QKeySequence::Open);
    auto* recent = new QMenu(tr("Recent &files"), &window);
    recent->setObjectName(QStringLiteral("recentFiles"));
    auto* sampleAction = new QAction(tr("Open &sample data"), &window);
    sampleAction->setObjectName(QStringLiteral("openSample"));
    auto* folderAction = new QAction(tr("Show the database &folder"), &window);
    folderAction->setObjectName(QStringLiteral("showFolder"));

    QPointer<MainWindow> parent(&window);
    connect(newAction, &QAction::triggered, this, [this, parent] { newRegistry(parent); });
    connect(openAction, &QAction::triggered, this, [this, parent] { openFile(parent); });
    connect(sampleAction, &QAction::triggered, this, [this, parent] { openSample(parent); });
    connect(folderAction, &QAction::triggered, this, &FileActions::showFolder);
    connect(recent, &QMenu::aboutToShow, this, [this, recent] { fillRecent(recent); });
    fillRecent(recent);
    window.addDocumentActions(
        { newAction, openAction, recent->menuAction(), sampleAction, folderAction });
    if (auto* backups = window.findChild<BackupActions*>()) {
        backups->setPrompts(&m_prompts); // one dialog seam for the whole File menu
        backups->setRestoreHandler([this, backups](const QString& backupPath) {
            restoreOpenDatabase(backupPath, backups->store().root());
        });
    }
}

void FileActions::restoreOpenDatabase(const QString& backupPath, const QString& backupRoot)
{
    // The backup may be a decrypted file that lives only during the call: keep a copy until the
    // queued restore has run (the window that asked is replaced by then).
    auto scratch = std::make_shared<QTemporaryDir>();
    const QString copy = scratch->filePath(QStringLiteral("restore.tansiq-backup"));
    if (!scratch->isValid() || !QFile::copy(backupPath, copy)) {
        m_prompts.refuse(nullptr, tr("Nothing was restored."),
            { Issue::error(QStringLiteral("restore-copy"), QString(), backupPath,
                tr("The backup could not be copied to a temporary folder.")) });
        return;
    }
    QMetaObject::invokeMethod(
        this,
        [this, scratch, copy, backupRoot] {
            Result<backup::RestoreOutcome> outcome = Result<backup::RestoreOutcome>::failure({});
            const Status reopened = m_host.withClosed([&](const QString& path) -> Status {
                backup::BackupStore store(backupRoot, m_clock);
                outcome = backup::restoreBackup(copy, path, store);
                return outcome.status();
            });
            if (!reopened.ok() && !m_host.session()) {
                m_prompts.refuse(
                    nullptr, tr("The database could not be opened again."), reopened.issues());
                return;
            }
            if (Session* session = m_host.session()) {
                if (auto* backups = session->window().findChild<BackupActions*>())
                    backups->restoreFinished(outcome);
            }
        },
        Qt::QueuedConnection);
}

void FileActions::fillRecent(QMenu* menu)
{
    menu->clear();
    const QStringList files = RecentFiles(m_store).list();
    for (int i = 0; i < files.size(); ++i) {
        const QString& file = files.at(i);
        QAction* action = menu->addAction(
            QStringLiteral("&%1  \u2068%2\u2069").arg(i + 1).arg(QDir::toNativeSeparators(file)));
        action->setEnabled(file != m_host.path());
        QWidget* parent = menu->parentWidget();
        connect(
            action, &QAction::triggered, this, [this, file, parent] { openPath(parent, file); });
    }
    if (files.isEmpty())
        menu->addAction(tr("(none)"))->setEnabled(false);
}

void FileActions::newRegistry(QWidget* parent)
{
    std::optional<QString> target = m_prompts.saveFile(
        parent, tr("New registry"), tr("registry.db"), tr("Tansiq databases (*.db)"));
    if (!target)
        return;
    QString path = *target;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".db");
    const QString made = runAssistant(parent, int(setup::SetupAssistant::Start::Office), path);
    if (!made.isEmpty())
        openPath(parent, made);
}

void FileActions::openFile(QWidget* parent)
{
    const std::optional<QString> path = m_prompts.openFile(
        parent, tr("Open a registry"), tr("Tansiq databases (*.db);;All files (*)"));
    if (path)
        openPath(parent, *path);
}

void FileActions::openPath(QWidget* parent, const QString& path)
{
    // Queued: opening replaces the window whose menu is still delivering this click.
    QPointer<QWidget> guard(parent);
    QMetaObject::invokeMethod(
        this, [this, guard, path] { openNow(guard, path); }, Qt::QueuedConnection);
}

void FileActions::openSample(QWidget* parent)
{
    if (QFileInfo::exists(m_paths.sample)) {
        openPath(parent, m_paths.sample);
        return;
    }
    const QString made
        = runAssistant(parent, int(setup::SetupAssistant::Start::Sample), m_paths.registry);
    if (!made.isEmpty())
        openPath(parent, made);
}

void FileActions::showFolder()
{
    const QString path = m_host.path().isEmpty() ? m_paths.registry : m_host.path();
    QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
}

} // namespace tansiq::ui
