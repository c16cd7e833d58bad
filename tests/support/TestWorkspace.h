#pragma once

#include "core/common/Clock.h"
#include "core/workspace/Workspace.h"

#include <QTemporaryDir>

#include <memory>

namespace tansiq::test {

// A fresh database in a temporary folder, with the bundled gazetteer, on a fixed clock
// (2026-11-01T00:00:00Z). Fails the current test if it cannot be created.
class TestWorkspace {
public:
    explicit TestWorkspace(Workspace::Options options = {});

    Workspace& operator*() const { return *m_workspace; }
    Workspace* operator->() const { return m_workspace.get(); }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    FixedClock& clock() { return m_clock; }
    // Closes and reopens the same file (to check what survives a restart).
    void reopen();
    void close() { m_workspace.reset(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    FixedClock m_clock { 1793491200000 };
    Workspace::Options m_options;
    std::unique_ptr<Workspace> m_workspace;
};

QString fixturePath(const QString& name);
QString geodataPath(const QString& name);

} // namespace tansiq::test
