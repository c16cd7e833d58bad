#include "StandardPages.h"

#include "MainWindow.h"
#include "analysis/DuplicationPage.h"
#include "analysis/GapsPage.h"
#include "analysis/MatrixPage.h"
#include "dashboard/DashboardPage.h"
#include "map/MapPage.h"
#include "settings/SettingsPage.h"
#include "ui/registry/ActivitiesPage.h"
#include "ui/registry/NeedsPage.h"
#include "ui/registry/OrganisationsPage.h"
#include "ui/registry/ProjectsPage.h"

namespace tansiq::ui {

void addStandardPages(MainWindow& window, UiContext& context)
{
    window.addPage(new DashboardPage(context));
    window.addPage(new OrganisationsPage(context));
    window.addPage(new ProjectsPage(context));
    window.addPage(new ActivitiesPage(context));
    window.addPage(new NeedsPage(context));
    window.addPage(new MatrixPage(context));
    window.addPage(new GapsPage(context));
    window.addPage(new DuplicationPage(context));
    window.addPage(new MapPage(context));
    window.addPage(new SettingsPage(context));
}

}  // namespace tansiq::ui
