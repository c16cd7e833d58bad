#pragma once

#include "support/TestWorkspace.h"
#include "common/DisplaySettings.h"
#include "shell/Session.h"
#include "ui/sync/SyncPrompts.h"

#include <QSettings>
#include <QTemporaryDir>

#include <memory>

namespace tansiq::ui {
class OfficeKeysWidget;
class SyncPage;
}  // namespace tansiq::ui

namespace tansiq::test {

// Answers the sync screens' questions from fields a test sets, and records what they show.
class ScriptedPrompts : public ui::SyncPrompts {
public:
    QString savePath;
    QString openPath;
    QByteArray passphraseAnswer;
    int chooseAnswer = 0;
    bool confirmAnswer = true;
    // Answers in turn, before the single answers above (a head office's action asks for the
    // request file, then the certification key file; the key's passphrase, then another).
    QStringList openPaths;
    QStringList savePaths;
    QList<QByteArray> passphrases;

    QStringList informed;      // texts of information boxes
    QStringList refusals;      // summary + the issues' messages
    QStringList confirmations;  // texts asked to confirm
    QStringList passphraseLabels;  // what each passphrase prompt asked for
    QStringList fileTitles;        // titles of the file choosers shown

    std::optional<QString> saveFile(QWidget*, const QString&, const QString&, const QString&) override;
    std::optional<QString> openFile(QWidget*, const QString&, const QString&) override;
    std::optional<QByteArray> passphrase(QWidget*, const QString&, const QString&) override;
    std::optional<int> choose(QWidget*, const QString&, const QString&, const QStringList&, int) override;
    bool confirm(QWidget*, const QString&, const QString& text) override;
    void inform(QWidget*, const QString&, const QString& text) override;
    void refuse(QWidget*, const QString& summary, const Issues& issues) override;
};

// One office on screen: its own temporary workspace and the whole main window over it, with
// the Sync page and the Settings keys section answering through ScriptedPrompts.
class OfficeOnScreen {
public:
    OfficeOnScreen();
    ~OfficeOnScreen();

    Workspace& workspace() { return **m_workspace; }
    TestWorkspace& testWorkspace() { return *m_workspace; }
    ui::Session& session() { return *m_session; }
    ui::SyncPage& syncPage();
    ui::OfficeKeysWidget& officeKeys();
    ScriptedPrompts& prompts() { return m_prompts; }
    // Processes events until no page and no snapshot work is busy.
    void settle();

private:
    std::unique_ptr<TestWorkspace> m_workspace;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<ui::DisplaySettings> m_display;
    std::unique_ptr<ui::Session> m_session;
    ScriptedPrompts m_prompts;
};

// A head office and an enrolled field office, set up through the same calls the Settings
// section makes (files in `dir`), with `passphrase`.
void enrolPair(OfficeOnScreen& head, OfficeOnScreen& field, const QString& dir,
               const QByteArray& passphrase);

}  // namespace tansiq::test
