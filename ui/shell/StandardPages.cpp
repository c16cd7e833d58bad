#include "ui/shell/StandardPages.h"

#include "ui/analysis/DuplicationPage.h"
#include "ui/analysis/GapsPage.h"
#include "ui/analysis/MatrixPage.h"
#include "ui/backup/BackupActions.h"
#include "ui/bulletin/BulletinPage.h"
#include "ui/coordination/ActionPointsPage.h"
#include "ui/coordination/MeetingsPage.h"
#include "ui/coordination/MonitoringVisitsPage.h"
#include "ui/coordination/WorkingGroupsPage.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/interop/InteropActions.h"
#include "ui/map/MapPage.h"
#include "ui/registry/ActivitiesPage.h"
#include "ui/registry/NeedsPage.h"
#include "ui/registry/OrganisationsPage.h"
#include "ui/registry/ProjectsPage.h"
#include "ui/settings/SettingsPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/sync/OfficeKeysWidget.h"
#include "ui/sync/SyncPage.h"

#include <QAction>
#include <QPushButton>

namespace tansiq::ui {

void addStandardPages(MainWindow& window, UiContext& context)
{
    window.addPage(new DashboardPage(context));
    auto* organisations = new OrganisationsPage(context);
    window.addPage(organisations);
    window.addPage(new ProjectsPage(context));
    window.addPage(new ActivitiesPage(context));
    window.addPage(new NeedsPage(context));
    window.addPage(new WorkingGroupsPage(context));
    window.addPage(new MeetingsPage(context));
    window.addPage(new ActionPointsPage(context));
    window.addPage(new MonitoringVisitsPage(context));
    window.addPage(new MatrixPage(context));
    window.addPage(new GapsPage(context));
    window.addPage(new DuplicationPage(context));
    window.addPage(new MapPage(context));
    window.addPage(new BulletinPage(context));
    // The partners page opens the Action points page on an organisation's overdue points.
    QObject::connect(organisations, &OrganisationsPage::overdueActionsRequested, &window,
        [&window](const QUuid& orgId) {
            auto* actions = qobject_cast<ActionPointsPage*>(window.page(QStringLiteral("actions")));
            if (!actions)
                return;
            actions->showOverdue(orgId);
            window.showPage(QStringLiteral("actions"));
        });
    auto* sync = new SyncPage(context);
    window.addPage(sync);
    auto* settings = new SettingsPage(context);
    window.addPage(settings);

    // After an import (another connection wrote) or a conflict resolution, every page re-reads;
    // the keys section of Settings and the Sync page follow each other.
    QObject::connect(sync, &SyncPage::dataChanged, &window, [&window, sync] {
        for (Page* page : window.pages()) {
            if (page != sync)
                page->refresh();
        }
    });
    QObject::connect(sync, &SyncPage::settingsRequested, &window,
        [&window] { window.showPage(QStringLiteral("settings")); });
    QObject::connect(
        settings->officeKeys(), &OfficeKeysWidget::officeChanged, sync, &SyncPage::refresh);
    QObject::connect(settings, &SettingsPage::officeNameChanged, &window, &MainWindow::updateTitle);
}

void addStandardActions(MainWindow& window, UiContext& context)
{
    auto* interop = new InteropActions(context, &window, [&window] { return window.pages(); });
    window.addFileActions(interop->actions());
    // An empty registry's dashboard: import, add an activity, or the File menu's sample data.
    if (auto* dashboard = qobject_cast<DashboardPage*>(window.page(QStringLiteral("dashboard")))) {
        QObject::connect(dashboard, &DashboardPage::startRequested, &window,
            [&window, interop](StartPanel::Start start) {
                switch (start) {
                case StartPanel::Start::Import:
                    interop->importAction()->trigger();
                    break;
                case StartPanel::Start::Add:
                    window.showPage(QStringLiteral("activities"));
                    if (auto* add = window.page(QStringLiteral("activities"))
                                        ->findChild<QPushButton*>(QStringLiteral("add")))
                        add->click();
                    break;
                case StartPanel::Start::Sample:
                    if (auto* sample = window.findChild<QAction*>(QStringLiteral("openSample")))
                        sample->trigger();
                    break;
                }
            });
    }
    // Back up now…, Restore from backup…, and the daily backup. The shell gives it the restore
    // of the open database (close every connection, backup::restoreBackup, reopen) through
    // BackupActions::setRestoreHandler; findChild<BackupActions*>() finds it.
    auto* backups = new BackupActions(context, &window);
    window.addFileActions(backups->actions());
}

} // namespace tansiq::ui
