#pragma once

#include "core/interop/ImportPlan.h"
#include "core/interop/Sheet.h"
#include "tests/support/TestWorkspace.h"

#include <QString>

namespace tansiq::test {

// A test workspace with deterministic demo data (organisations, projects, activities).
void fillDemo(Workspace& workspace, qint64 activities);

// Adds the three organisations the partner-file fixtures name: SARC (Syrian Arab Red
// Crescent), JSR (Jusoor Relief) and UNICEF.
void addPartners(Workspace& workspace);

// Plans an import of a fixture file (tests/fixtures/interop/NAME) or of a path.
interop::ImportPlan planFixture(
    Workspace& workspace, const QString& name, const QString& partner = QString());
interop::ImportPlan planPath(
    Workspace& workspace, const QString& path, const QString& partner = QString());
// Writes `bytes` to `dir`/`name` and returns the path.
QString writeFile(const QString& dir, const QString& name, const QByteArray& bytes);
// The issue codes of a plan's rows, for readable assertions.
QStringList issueCodes(const interop::ImportPlan& plan, bool errorsOnly = true);

} // namespace tansiq::test
