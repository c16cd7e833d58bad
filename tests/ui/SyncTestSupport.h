#pragma once

#include "tests/support/TestWorkspace.h"
#include "tests/ui/Named.h"
#include "tests/ui/ScriptedPrompts.h"
#include "ui/common/DisplaySettings.h"
#include "ui/shell/Session.h"

#include <QSettings>
#include <QTemporaryDir>

#include <memory>

namespace tansiq::ui {
class OfficeKeysWidget;
class SyncPage;
} // namespace tansiq::ui

namespace tansiq::test {

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
    ScriptedPrompts m_prompts;
    std::unique_ptr<ui::Session> m_session;
};

// A head office and an enrolled field office, set up through the same calls the Settings
// section makes (files in `dir`), with `passphrase`.
void enrolPair(
    OfficeOnScreen& head, OfficeOnScreen& field, const QString& dir, const QByteArray& passphrase);

// Another field office enrolled with `head` (already set up, with `headFingerprint`).
void enrolField(OfficeOnScreen& head, OfficeOnScreen& field, const QString& name,
    const QString& headFingerprint, const QString& dir, const QByteArray& passphrase);

} // namespace tansiq::test
