#pragma once

#include "ui/sync/BundleOperations.h"
#include "ui/sync/BundleSession.h"

#include <QCoreApplication>
#include <QString>

namespace tansiq::ui {

class DisplaySettings;

// What the Sync page tells the user after a bundle operation, in the user's language and
// digits. Kept apart from the page so tests read the same sentences a coordinator reads.
class SyncMessages {
    Q_DECLARE_TR_FUNCTIONS(tansiq::ui::SyncMessages)
public:
    explicit SyncMessages(const DisplaySettings& display) : m_display(display) { }

    QString exported(const bundles::ExportOutcome& outcome) const;
    QString imported(const bundles::ImportOutcome& outcome) const;
    // One summary for several bundles imported together: the totals, then every file and what
    // became of it (imported, already imported, refused and why, not reached).
    QString importedSeveral(const bundles::SessionOutcome& outcome) const;
    // "never", or the local date and time.
    QString when(qint64 ms) const;

private:
    const DisplaySettings& m_display;
};

} // namespace tansiq::ui
