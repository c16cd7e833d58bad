#include "ui/sync/SyncJobs.h"

#include "core/storage/Database.h"
#include "core/workspace/Workspace.h"
#include "ui/common/Prompts.h"
#include "ui/common/UiContext.h"

namespace tansiq::ui {

SyncJobs::SyncJobs(UiContext& context, QObject* owner)
    : m_contextPrompts(context.prompts), m_prompts(&context.prompts)
{
    const QString path = context.workspace.database().path();
    m_operations = new BackgroundJob(path, context.workspace.clock(), owner);
    m_reader = new BackgroundJob(path, context.workspace.clock(), owner);
}

SyncJobs::~SyncJobs() = default;

void SyncJobs::setPrompts(Prompts* prompts)
{
    m_prompts = prompts ? prompts : &m_contextPrompts;
}

QString fileSafe(QString name)
{
    for (QChar& c : name) {
        if (!c.isLetterOrNumber())
            c = QLatin1Char('-');
    }
    return name;
}

} // namespace tansiq::ui
