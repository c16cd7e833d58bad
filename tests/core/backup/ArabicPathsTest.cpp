// The paths a Windows user named «منسق» has everywhere (C:\Users\منسق\AppData\Roaming\Tansiq,
// "Tansiq data" folders): Arabic and spaces in every folder (docs/decisions/0098). A database
// there is opened, backed up into a store there, and restored over itself (an existing file
// replaced in one step); the same tests run under Wine on the Windows build.

#include "core/backup/BackupStore.h"
#include "core/backup/FileSafety.h"
#include "core/backup/Restore.h"
#include "core/common/Clock.h"
#include "core/registry/Registry.h"
#include "core/workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace tansiq::test {
namespace {

bool addOrganisation(Workspace& workspace, const QString& acronym)
{
    Organisation org;
    org.acronym = acronym;
    org.nameEn = QStringLiteral("Organisation %1").arg(acronym);
    org.nameAr = QStringLiteral("منظمة %1").arg(acronym);
    return workspace.registry().organisations().create(org).ok();
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

TEST(ArabicPaths, ADatabaseInAFolderWithArabicAndSpacesIsBackedUpAndRestored)
{
    QTemporaryDir dir;
    const QString folder = QDir(dir.path()).filePath(QStringLiteral("منسق/Tansiq data"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(QStringLiteral("مكتب دير الزور.db"));
    FixedClock clock(1793491200000);
    Workspace::Options options;
    options.seedGazetteer = false;
    options.backupRoot = QDir(folder).filePath(QStringLiteral("نسخ احتياطية"));
    {
        auto opened = Workspace::open(path, clock, options);
        ASSERT_TRUE(opened.ok()) << opened.errorText().toStdString();
        ASSERT_TRUE(addOrganisation(*opened.value(), QStringLiteral("SARC")));
    }
    EXPECT_TRUE(QFile::exists(path))
        << "the database is where the user asked, under its Arabic name";

    backup::BackupStore store(options.backupRoot, clock);
    auto made = store.backUpFile(path, backup::Reason::Manual);
    ASSERT_TRUE(made.ok()) << made.errorText().toStdString();
    EXPECT_TRUE(made->path.startsWith(options.backupRoot)) << made->path.toStdString();
    EXPECT_EQ(made->counts.organisations, 1);
    EXPECT_EQ(store.list(path).size(), 1);

    {
        auto opened = Workspace::open(path, clock, options);
        ASSERT_TRUE(opened.ok());
        ASSERT_TRUE(addOrganisation(*opened.value(), QStringLiteral("UNHCR")));
    }
    clock.advance(60000);
    auto restored = backup::restoreBackup(made->path, path, store);
    ASSERT_TRUE(restored.ok()) << restored.errorText().toStdString();
    EXPECT_EQ(restored->restored.counts.organisations, 1);
    ASSERT_TRUE(restored->previous.has_value());
    EXPECT_EQ(restored->previous->counts.organisations, 2) << "the database as it was is kept";

    auto reopened = Workspace::open(path, clock, options);
    ASSERT_TRUE(reopened.ok()) << reopened.errorText().toStdString();
    // Nothing was written under another (mangled) name beside the database.
    const QStringList left
        = QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString& name : left)
        EXPECT_TRUE(name.startsWith(QStringLiteral("مكتب دير الزور.db"))) << name.toStdString();
}

TEST(ArabicPaths, ReplaceFileReplacesAnExistingFileInOneStepOrSaysWhy)
{
    QTemporaryDir dir;
    const QString folder = QDir(dir.path()).filePath(QStringLiteral("نسخة مؤقتة"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString from = QDir(folder).filePath(QStringLiteral("جديد.db"));
    const QString to = QDir(folder).filePath(QStringLiteral("السجل الحالي.db"));
    for (const auto& [path, bytes] :
        { std::pair { from, QByteArray("new") }, std::pair { to, QByteArray("old") } }) {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    QString why;
    ASSERT_TRUE(backup::files::replaceFile(from, to, &why)) << why.toStdString();
    EXPECT_EQ(readAll(to), QByteArray("new"));
    EXPECT_FALSE(QFile::exists(from));
    EXPECT_TRUE(backup::files::syncFile(to));
    EXPECT_TRUE(backup::files::syncFolder(folder));

    EXPECT_FALSE(backup::files::replaceFile(from, to, &why)) << "the source is gone";
    EXPECT_FALSE(why.isEmpty()) << "the system's reason is given";
    EXPECT_EQ(readAll(to), QByteArray("new")) << "and the target is untouched";
}

} // namespace
} // namespace tansiq::test
