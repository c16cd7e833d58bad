// Issue 16 on the Sync page: two offices change the status of the same action point; after the
// bundle is imported, the Sync page lists one conflict a coordinator understands (the action
// point by its text, "Status", each office's status in words, in English and Arabic), and
// keeping one value settles it while the point's history keeps both changes.

#include "core/registry/Registry.h"
#include "core/registry/coordination/CoordinationRegistry.h"
#include "core/workspace/Workspace.h"
#include "tests/ui/SyncTestSupport.h"
#include "ui/sync/ConflictModel.h"
#include "ui/sync/SyncPage.h"

#include <QDir>
#include <QTreeView>

#include <gtest/gtest.h>

namespace tansiq::test {

namespace {

const QByteArray kPassphrase = "olive-tree-2026";

class SyncActionPointConflict : public ::testing::Test {
protected:
    void SetUp() override { enrolPair(m_head, m_field, m_files.path(), kPassphrase); }

    QString exportVia(OfficeOnScreen& from, const QString& name)
    {
        from.prompts().savePath = QDir(m_files.path()).filePath(name);
        from.prompts().passphraseAnswer = kPassphrase;
        from.syncPage().exportBundle();
        from.settle();
        return from.prompts().savePath;
    }
    void importVia(OfficeOnScreen& at, const QString& file)
    {
        at.prompts().openPath = file;
        at.prompts().passphraseAnswer = kPassphrase;
        at.syncPage().importBundle();
        at.settle();
    }

    QTemporaryDir m_files;
    OfficeOnScreen m_head;
    OfficeOnScreen m_field;
};

} // namespace

TEST_F(
    SyncActionPointConflict, TwoOfficesChangingAStatusShowOneConflictInWordsAndKeepingOneSettlesIt)
{
    Organisation org;
    org.acronym = QStringLiteral("SARC");
    org.nameEn = QStringLiteral("Syrian Arab Red Crescent");
    org.nameAr = QStringLiteral("الهلال الأحمر العربي السوري");
    const QUuid orgId = m_head.workspace().registry().organisations().create(org).value();
    ActionPoint point;
    point.text = QStringLiteral("Map water trucking routes in Hajin");
    point.orgId = orgId;
    point.dueOn = QStringLiteral("2026-11-15");
    const auto created
        = CoordinationRegistry(m_head.workspace().registry()).actions().create(point);
    ASSERT_TRUE(created.ok()) << created.errorText().toStdString();
    const QUuid id = created.value();
    importVia(m_field, exportVia(m_head, QStringLiteral("first.tqb")));
    ASSERT_TRUE(m_field.prompts().refusals.isEmpty())
        << m_field.prompts().refusals.join(QLatin1Char('\n')).toStdString();

    // Damascus marks it done; Aleppo, not knowing, drops it.
    ASSERT_TRUE(CoordinationRegistry(m_head.workspace().registry())
                    .actions()
                    .setStatus(id, QStringLiteral("done"), QStringLiteral("Routes mapped"))
                    .ok());
    ASSERT_TRUE(CoordinationRegistry(m_field.workspace().registry())
                    .actions()
                    .setStatus(id, QStringLiteral("dropped"), QStringLiteral("Road closed"))
                    .ok());
    importVia(m_head, exportVia(m_field, QStringLiteral("back.tqb")));
    ASSERT_TRUE(m_head.prompts().refusals.isEmpty())
        << m_head.prompts().refusals.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(m_head.prompts().informed.last().contains(QStringLiteral("Conflicts to review: 1")))
        << m_head.prompts().informed.last().toStdString();

    ui::SyncPage& page = m_head.syncPage();
    ui::ConflictModel& model = *page.conflictModel();
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, ui::ConflictModel::Record).data().toString(),
        QStringLiteral("Action point: Map water trucking routes in Hajin"));
    EXPECT_EQ(model.index(0, ui::ConflictModel::Field).data().toString(), QStringLiteral("Status"));
    const QModelIndex conflictRow = model.index(0, 0);
    ASSERT_EQ(model.rowCount(conflictRow), 2);
    QStringList choices;
    int aleppo = -1;
    for (int i = 0; i < 2; ++i) {
        const QString office
            = model.index(i, ui::ConflictModel::Office, conflictRow).data().toString();
        choices << office + QStringLiteral(": ")
                + model.index(i, ui::ConflictModel::Value, conflictRow).data().toString();
        if (office == u"Aleppo")
            aleppo = i;
    }
    choices.sort();
    // The statuses as the editors say them, never their codes ("dropped", "in_progress").
    EXPECT_EQ(choices,
        QStringList(
            { QStringLiteral("Aleppo: “Dropped”"), QStringLiteral("Damascus HO: “Done”") }));
    ASSERT_GE(aleppo, 0);

    m_head.session().context().display.setLanguage(QStringLiteral("ar"));
    QStringList arabic;
    for (int i = 0; i < 2; ++i)
        arabic << model.index(i, ui::ConflictModel::Value, conflictRow).data().toString();
    arabic.sort();
    EXPECT_EQ(arabic, QStringList({ QStringLiteral("“ملغاة”"), QStringLiteral("“منجزة”") }));
    m_head.session().context().display.setLanguage(QStringLiteral("en"));

    page.conflictsView()->setCurrentIndex(model.choiceIndex(0, aleppo));
    page.keepSelectedValue();
    m_head.settle();
    EXPECT_TRUE(m_head.prompts().refusals.isEmpty())
        << m_head.prompts().refusals.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(model.rowCount(), 0);
    CoordinationRegistry head(m_head.workspace().registry());
    EXPECT_EQ(head.actions().get(id)->status, QStringLiteral("dropped"));
    // Both offices' changes stay in the point's history, with their notes.
    QStringList notes;
    for (const ActionPointStatusChange& change : head.actions().history(id))
        notes << change.note;
    EXPECT_TRUE(notes.contains(QStringLiteral("Routes mapped")));
    EXPECT_TRUE(notes.contains(QStringLiteral("Road closed")));
}

} // namespace tansiq::test
