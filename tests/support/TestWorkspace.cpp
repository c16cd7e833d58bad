#include "tests/support/TestWorkspace.h"

#include <QDir>

#include <gtest/gtest.h>

namespace tansiq::test {

TestWorkspace::TestWorkspace(Workspace::Options options)
    : m_path(QDir(m_dir.path()).filePath(QStringLiteral("test.db"))), m_options(options)
{
    // Tests keep safety backups only where they ask for them (a backupRoot of their own).
    if (m_options.backupRoot.isEmpty())
        m_options.safetyBackups = false;
    reopen();
}

void TestWorkspace::reopen()
{
    m_workspace.reset();
    auto opened = Workspace::open(m_path, m_clock, m_options);
    if (!opened.ok()) {
        ADD_FAILURE() << "cannot open test workspace: " << opened.errorText().toStdString();
        return;
    }
    m_workspace = std::move(opened.value());
}

QString fixturePath(const QString& name)
{
    return QDir(QStringLiteral(TANSIQ_FIXTURES_DIR)).filePath(name);
}

QString geodataPath(const QString& name)
{
    return QDir(QStringLiteral(TANSIQ_GEODATA_DIR)).filePath(name);
}

} // namespace tansiq::test
