#include "tests/core/interop/InteropTestSupport.h"

#include "core/demo/DemoGenerator.h"
#include "core/interop/ImportPlanner.h"
#include "core/registry/Registry.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

namespace tansiq::test {

void fillDemo(Workspace& workspace, qint64 activities)
{
    DemoOptions options;
    options.activities = activities;
    options.projects = 20;
    DemoGenerator generator(workspace.registry(), options);
    const auto summary = generator.run();
    ASSERT_TRUE(summary.ok()) << summary.errorText().toStdString();
}

void addPartners(Workspace& workspace)
{
    const auto add = [&](const char* acronym, const char* en, const char* ar, const char* type) {
        Organisation org;
        org.acronym = QString::fromUtf8(acronym);
        org.nameEn = QString::fromUtf8(en);
        org.nameAr = QString::fromUtf8(ar);
        org.type = QString::fromUtf8(type);
        const auto created = workspace.registry().organisations().create(org);
        ASSERT_TRUE(created.ok()) << created.errorText().toStdString();
    };
    add("SARC", "Syrian Arab Red Crescent", "الهلال الأحمر العربي السوري", "red_cross");
    add("JSR", "Jusoor Relief", "جسور للإغاثة", "nngo");
    add("UNICEF", "United Nations Children's Fund", "منظمة الأمم المتحدة للطفولة", "un");
}

interop::ImportPlan planPath(Workspace& workspace, const QString& path, const QString& partner)
{
    interop::ImportPlanner planner(workspace.registry());
    interop::ImportOptions options;
    options.partner = partner;
    auto plan = planner.planFile(path, options);
    EXPECT_TRUE(plan.ok()) << plan.errorText().toStdString();
    return plan.ok() ? plan.value() : interop::ImportPlan {};
}

interop::ImportPlan planFixture(Workspace& workspace, const QString& name, const QString& partner)
{
    return planPath(workspace, fixturePath(QStringLiteral("interop/") + name), partner);
}

QString writeFile(const QString& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = QDir(dir).filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

QStringList issueCodes(const interop::ImportPlan& plan, bool errorsOnly)
{
    QStringList codes;
    for (const interop::PlannedRow& row : plan.rows) {
        for (const Issue& issue : row.issues) {
            if (!errorsOnly || issue.isError())
                codes << QStringLiteral("%1:%2").arg(row.row).arg(issue.code);
        }
    }
    return codes;
}

} // namespace tansiq::test
