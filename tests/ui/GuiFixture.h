#pragma once

#include "tests/support/TestWorkspace.h"
#include "tests/ui/Named.h"
#include "tests/ui/ScriptedPrompts.h"
#include "ui/common/DisplaySettings.h"
#include "ui/common/LanguageSwitcher.h"
#include "ui/shell/Session.h"

#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <memory>

namespace tansiq::ui {
class ActivityTableModel;
}

namespace tansiq::test {

// A temporary workspace with a little demo data, display settings in a temporary file, and
// the whole main window built as the application builds it. English unless a test switches.
class GuiFixture : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

    ui::MainWindow& window() { return m_session->window(); }
    ui::Session& session() { return *m_session; }
    Workspace& workspace() { return *m_workspace; }
    ui::DisplaySettings& display() { return *m_display; }
    ui::LanguageSwitcher& language() { return m_language; }
    // Answers the window's questions (confirmations, file choosers) and records them.
    ScriptedPrompts& prompts() { return m_prompts; }
    // Processes events until no page waits for a background query.
    void settle();
    // Processes events until the model has its rows.
    static void waitFor(const ui::ActivityTableModel& model);

private:
    TestWorkspace m_workspace;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<ui::DisplaySettings> m_display;
    ui::LanguageSwitcher m_language;
    ScriptedPrompts m_prompts;
    std::unique_ptr<ui::Session> m_session;
};

} // namespace tansiq::test
