#pragma once

#include "ui/common/BackgroundJob.h"

#include <QObject>

#include <functional>
#include <memory>
#include <utility>

namespace tansiq {
class Workspace;
}

namespace tansiq::ui {

class Prompts;
struct UiContext;

// What the Sync page and Settings → Office and keys share around their jobs: the prompts
// (standard dialogs unless a test answers them), one job for the user's operations (bundles,
// keys; one at a time, shown by a SyncProgressPanel) and one that reads what the screen shows,
// each on its own connection to the workspace's database. A read asked for while one runs
// runs again afterwards, so the screen ends with the newest state.
class SyncJobs {
public:
    SyncJobs(UiContext& context, QObject* owner);
    ~SyncJobs();
    SyncJobs(const SyncJobs&) = delete;
    SyncJobs& operator=(const SyncJobs&) = delete;

    BackgroundJob& operations() { return *m_operations; }
    const BackgroundJob& operations() const { return *m_operations; }
    Prompts& prompts() { return *m_prompts; }
    // The session's prompts (UiContext::prompts) unless a test sets its own; null: back to them.
    void setPrompts(Prompts* prompts);
    bool busy() const { return m_operations->busy() || m_reader->busy(); }

    // Reads on the worker, then `show` on the GUI thread; a database that cannot be opened
    // shows nothing (the screen keeps what it had).
    template<typename T> void read(std::function<T(Workspace&)> work, std::function<void(T)> show)
    {
        if (m_reader->busy()) {
            m_again = [this, work, show] { read<T>(work, show); };
            return;
        }
        m_reader->runOnWorkspace<T>(
            QString(),
            [work](Workspace& workspace, JobControl&) -> Result<T> { return work(workspace); },
            [this, show](Result<T> result) {
                if (result.ok())
                    show(std::move(result.value()));
                if (auto again = std::exchange(m_again, {}))
                    again();
            });
    }

private:
    Prompts& m_contextPrompts;
    Prompts* m_prompts;
    BackgroundJob* m_operations;
    BackgroundJob* m_reader;
    std::function<void()> m_again;
};

// A name made safe for a file name (letters and digits kept, anything else a dash).
QString fileSafe(QString name);

} // namespace tansiq::ui
