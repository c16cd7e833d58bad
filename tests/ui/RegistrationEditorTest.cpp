// Partner registration in the GUI (issue 16): edited on the organisation editor with the
// organisation, undone as one step; the partners list flags missing, expired and expiring
// registrations, and lists them to follow up.

#include "core/registry/Registry.h"
#include "core/storage/Database.h"
#include "tests/support/DatabaseDump.h"
#include "tests/ui/GuiFixture.h"
#include "ui/common/EditorForm.h"
#include "ui/registry/OrganisationEditor.h"
#include "ui/registry/OrganisationModel.h"
#include "ui/registry/OrganisationsPage.h"
#include "ui/registry/RegistrationFollowUp.h"
#include "ui/registry/RegistrationRows.h"
#include "ui/shell/MainWindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

namespace tansiq::test {

namespace {

class RegistrationEditorTest : public GuiFixture {
protected:
    ui::OrganisationsPage& page()
    {
        return *static_cast<ui::OrganisationsPage*>(window().page(QStringLiteral("organisations")));
    }
    Organisation organisation(int index = 0)
    {
        return workspace().registry().organisations().list().at(index);
    }
    int rowOf(const QUuid& id) { return page().model()->rowOf(id); }
    QVariant registrationCell(const QUuid& id, int role)
    {
        return page().model()->index(rowOf(id), ui::OrganisationModel::Registration).data(role);
    }
    void fill(ui::OrganisationEditor& editor, int line, const QString& number, const QString& date,
        const QString& expiry)
    {
        const QString n = QString::number(line);
        named<QLineEdit>(editor, QStringLiteral("registrationNumber") + n)->setText(number);
        named<QLineEdit>(editor, QStringLiteral("registrationDate") + n)->setText(date);
        named<QLineEdit>(editor, QStringLiteral("expiryDate") + n)->setText(expiry);
    }
    QStringList followUpNames()
    {
        QStringList names;
        QTreeWidget* list = page().followUp()->list();
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            names << list->topLevelItem(i)->text(0).section(QStringLiteral(" — "), 0, 0);
        return names;
    }
};

TEST_F(RegistrationEditorTest, ARegistrationAddedInTheEditorIsSavedWithTheOrganisationAndUndone)
{
    const Organisation org = organisation();
    ui::UiContext& context = session().context();
    EXPECT_TRUE(followUpNames().contains(org.acronym)); // active, no registration yet
    EXPECT_FALSE(registrationCell(org.meta.id, Qt::DecorationRole).isNull());
    {
        ui::OrganisationEditor editor(context.edits, context.display, org, &window());
        QTest::mouseClick(named<QPushButton>(editor, "addRegistration"), Qt::LeftButton);
        fill(editor, 0, QStringLiteral("DZ-412"), QStringLiteral("2025-02-01"),
            QStringLiteral("2028-02-01"));
        ASSERT_TRUE(editor.save())
            << editor.form()->messages().join(QLatin1Char('\n')).toStdString();
    }
    const auto saved = workspace().registry().registrations().listFor(org.meta.id);
    ASSERT_EQ(saved.size(), 1);
    EXPECT_EQ(saved.first().number, QStringLiteral("DZ-412"));
    EXPECT_EQ(saved.first().authority, QStringLiteral("mosal"));
    EXPECT_TRUE(registrationCell(org.meta.id, Qt::DisplayRole)
                    .toString()
                    .contains(QStringLiteral("DZ-412")));
    EXPECT_TRUE(registrationCell(org.meta.id, Qt::DecorationRole).isNull()); // no longer flagged
    EXPECT_FALSE(followUpNames().contains(org.acronym));

    session().undoStack().undo();
    EXPECT_TRUE(workspace().registry().registrations().listFor(org.meta.id).isEmpty());
    EXPECT_TRUE(followUpNames().contains(org.acronym));
    session().undoStack().redo();
    ASSERT_EQ(workspace().registry().registrations().listFor(org.meta.id).size(), 1);
    EXPECT_EQ(workspace().registry().registrations().listFor(org.meta.id).first().meta.id,
        saved.first().meta.id);

    // Removing it in the editor is one more undoable step.
    {
        ui::OrganisationEditor editor(context.edits, context.display, org, &window());
        ASSERT_EQ(editor.registrations()->count(), 1);
        QTest::mouseClick(named<QPushButton>(editor, "removeRegistration0"), Qt::LeftButton);
        ASSERT_TRUE(editor.save());
    }
    EXPECT_TRUE(workspace().registry().registrations().listFor(org.meta.id).isEmpty());
    session().undoStack().undo();
    EXPECT_EQ(workspace().registry().registrations().listFor(org.meta.id).size(), 1);
}

TEST_F(RegistrationEditorTest, AnExpiryBeforeTheDateIsShownUnderTheRegistrationsAndNothingIsWritten)
{
    const Organisation org = organisation();
    const QString before = logicalDump(workspace().database());
    ui::UiContext& context = session().context();
    ui::OrganisationEditor editor(context.edits, context.display, org, &window());
    editor.show();
    named<QLineEdit>(editor, "nameEn")->setText(QStringLiteral("Renamed too"));
    QTest::mouseClick(named<QPushButton>(editor, "addRegistration"), Qt::LeftButton);
    fill(editor, 0, QStringLiteral("77"), QStringLiteral("2026-06-01"),
        QStringLiteral("2026-05-31"));
    EXPECT_FALSE(editor.save());
    auto* message = named<QLabel>(editor, "registrationMessages");
    ASSERT_NE(message, nullptr);
    EXPECT_TRUE(message->isVisible());
    EXPECT_TRUE(message->text().contains(QStringLiteral("2026-05-31")))
        << message->text().toStdString();
    EXPECT_EQ(logicalDump(workspace().database()), before); // not even the new name
    EXPECT_EQ(session().undoStack().count(), 0);
}

TEST_F(RegistrationEditorTest, ThePartnersListFlagsExpiredAndExpiringRegistrationsInBothLanguages)
{
    Registry& registry = workspace().registry();
    const Organisation expired = organisation(0);
    const Organisation expiring = organisation(1);
    const Organisation current = organisation(2);
    auto add
        = [&](const Organisation& o, const char* number, const char* date, const char* expiry) {
              PartnerRegistration r;
              r.orgId = o.meta.id;
              r.number = QString::fromLatin1(number);
              r.registeredOn = QString::fromLatin1(date);
              r.expiresOn = QString::fromLatin1(expiry);
              ASSERT_TRUE(registry.registrations().create(r).ok());
          };
    add(expired, "E-1", "2023-01-01", "2026-09-30");
    add(expiring, "S-1", "2024-01-01", "2026-12-01");
    add(current, "C-1", "2024-01-01", "2029-01-01");
    page().refresh();

    EXPECT_FALSE(registrationCell(expired.meta.id, Qt::DecorationRole).isNull());
    EXPECT_TRUE(registrationCell(expired.meta.id, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("2026-09-30")));
    EXPECT_TRUE(registrationCell(expired.meta.id, Qt::DisplayRole)
                    .toString()
                    .contains(QStringLiteral("expired")));
    EXPECT_FALSE(registrationCell(expiring.meta.id, Qt::DecorationRole).isNull());
    EXPECT_TRUE(registrationCell(current.meta.id, Qt::DecorationRole).isNull());
    const QStringList names = followUpNames();
    ASSERT_GE(names.size(), 2);
    EXPECT_EQ(names.at(0), expired.acronym); // dated ones first, the past one before
    EXPECT_EQ(names.at(1), expiring.acronym);
    EXPECT_FALSE(names.contains(current.acronym));

    display().setLanguage(QStringLiteral("ar"));
    settle();
    const QString tip = registrationCell(expired.meta.id, Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(QStringLiteral("انتهى التسجيل"))) << tip.toStdString();
    // The expiry in the user's digits, in the tooltip and in the follow-up list alike.
    const QString arabicExpiry = display().date(QStringLiteral("2026-09-30"));
    EXPECT_TRUE(tip.contains(arabicExpiry)) << tip.toStdString();
    EXPECT_FALSE(tip.contains(QStringLiteral("2026"))) << tip.toStdString();
    const QString detail = page().followUp()->list()->topLevelItem(0)->text(2);
    EXPECT_TRUE(detail.contains(arabicExpiry)) << detail.toStdString();
    EXPECT_FALSE(detail.contains(QStringLiteral("2026"))) << detail.toStdString();
    EXPECT_TRUE(named<QLabel>(*page().followUp(), "followUpTitle")
                    ->text()
                    .contains(QStringLiteral("التسجيل")));
}

// The partners page and the organisation editor at 1366×768 in both languages, with partners in
// every standing; written to $TANSIQ_SCREENSHOT_DIR when set (docs/screenshots/).
TEST_F(RegistrationEditorTest, ScreensInBothLanguages)
{
    Registry& registry = workspace().registry();
    const QList<Organisation> organisations = registry.organisations().list();
    for (int i = 0; i < organisations.size(); ++i) {
        PartnerRegistration r;
        r.orgId = organisations.at(i).meta.id;
        r.number = QStringLiteral("MoSAL-%1").arg(1200 + i);
        r.registeredOn = QStringLiteral("2024-03-01");
        r.expiresOn = QStringLiteral("2028-03-01");
        switch (i % 7) {
        case 0:
            r.authority = QStringLiteral("mosal_directorate");
            r.authorityName = QStringLiteral("مديرية الشؤون الاجتماعية والعمل في دير الزور");
            r.number = QStringLiteral("DZ-%1").arg(400 + i);
            r.expiresOn = QStringLiteral("2026-10-15");
            break;
        case 1:
            r.expiresOn = QStringLiteral("2026-12-10");
            break;
        case 2:
            continue; // none
        case 3:
            r.number.clear();
            r.registeredOn = QStringLiteral("2026-09-20");
            r.expiresOn.clear();
            r.status = QStringLiteral("pending");
            break;
        default:
            break;
        }
        ASSERT_TRUE(registry.registrations().create(r).ok());
    }
    // A renewal on top of an expired registration shows the history in the editor.
    const Organisation renewed = organisations.at(7 % organisations.size());
    PartnerRegistration renewal;
    renewal.orgId = renewed.meta.id;
    renewal.number = QStringLiteral("MoSAL-2291");
    renewal.registeredOn = QStringLiteral("2026-08-01");
    renewal.expiresOn = QStringLiteral("2029-08-01");
    ASSERT_TRUE(registry.registrations().create(renewal).ok());
    const QString dir = qEnvironmentVariable("TANSIQ_SCREENSHOT_DIR");
    for (const QString& language : { QStringLiteral("en"), QStringLiteral("ar") }) {
        display().setLanguage(language);
        settle();
        window().resize(1366, 768);
        window().show();
        window().showPage(QStringLiteral("organisations"));
        page().refresh();
        settle();
        EXPECT_GT(page().followUp()->list()->topLevelItemCount(), 0);
        if (!dir.isEmpty())
            window().grab().save(
                dir + QStringLiteral("/%1-registrations-partners.png").arg(language));
        ui::UiContext& context = session().context();
        ui::OrganisationEditor editor(context.edits, context.display, renewed, &window());
        editor.show();
        settle();
        EXPECT_EQ(editor.registrations()->count(), 2);
        if (!dir.isEmpty())
            editor.grab().save(dir + QStringLiteral("/%1-registrations-editor.png").arg(language));
    }
}

} // namespace
} // namespace tansiq::test
