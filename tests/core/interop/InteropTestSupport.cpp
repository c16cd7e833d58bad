#include "InteropTestSupport.h"

#include "demo/DemoGenerator.h"
#include "interop/ImportPlanner.h"

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

interop::ImportPlan planPath(Workspace& workspace, const QString& path, const QString& partner)
{
    interop::ImportPlanner planner(workspace.registry());
    interop::ImportOptions options;
    options.partner = partner;
    auto plan = planner.planFile(path, options);
    EXPECT_TRUE(plan.ok()) << plan.errorText().toStdString();
    return plan.ok() ? plan.value() : interop::ImportPlan{};
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

}  // namespace tansiq::test
