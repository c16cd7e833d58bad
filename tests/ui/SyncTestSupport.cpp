#include "tests/ui/SyncTestSupport.h"

#include "ui/common/Page.h"
#include "ui/common/SnapshotService.h"
#include "ui/settings/SettingsPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/sync/OfficeKeysWidget.h"
#include "ui/sync/OfficeOperations.h"
#include "ui/sync/SyncPage.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QThread>

#include <gtest/gtest.h>

namespace tansiq::test {

OfficeOnScreen::OfficeOnScreen() : m_workspace(std::make_unique<TestWorkspace>())
{
    m_store = std::make_unique<QSettings>(
        m_settingsDir.filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
    m_display = std::make_unique<ui::DisplaySettings>(*m_store);
    m_display->setLanguage(QStringLiteral("en"));
    m_session = std::make_unique<ui::Session>(workspace(), *m_display, m_prompts);
    syncPage().jobs().setPrompts(&m_prompts);
    officeKeys().jobs().setPrompts(&m_prompts);
    settle();
}

OfficeOnScreen::~OfficeOnScreen()
{
    settle();
    m_session.reset();
}

ui::SyncPage& OfficeOnScreen::syncPage()
{
    return *qobject_cast<ui::SyncPage*>(m_session->window().page(QStringLiteral("sync")));
}

ui::OfficeKeysWidget& OfficeOnScreen::officeKeys()
{
    auto* settings
        = qobject_cast<ui::SettingsPage*>(m_session->window().page(QStringLiteral("settings")));
    return *settings->officeKeys();
}

void OfficeOnScreen::settle()
{
    QDeadlineTimer deadline(30000);
    const auto busy = [this] {
        if (m_session->context().snapshots.busy())
            return true;
        for (const ui::Page* page : m_session->window().pages()) {
            if (page->busy())
                return true;
        }
        return false;
    };
    do {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (busy())
            QThread::msleep(5);
    } while (busy() && !deadline.hasExpired());
    QCoreApplication::processEvents();
}

void enrolPair(
    OfficeOnScreen& head, OfficeOnScreen& field, const QString& dir, const QByteArray& passphrase)
{
    const auto created
        = ui::offices::create(head.workspace(), QStringLiteral("Damascus HO"), true, passphrase);
    ASSERT_TRUE(created.ok()) << created.errorText().toStdString();
    enrolField(head, field, QStringLiteral("Aleppo"), created->fingerprint, dir, passphrase);
}

void enrolField(OfficeOnScreen& head, OfficeOnScreen& field, const QString& name,
    const QString& headFingerprint, const QString& dir, const QByteArray& passphrase)
{
    const auto fieldOffice = ui::offices::create(field.workspace(), name, false, passphrase);
    ASSERT_TRUE(fieldOffice.ok()) << fieldOffice.errorText().toStdString();
    const QString request = QDir(dir).filePath(name.toLower() + QStringLiteral(".tqr"));
    const QString answer = QDir(dir).filePath(name.toLower() + QStringLiteral(".tqa"));
    const auto fingerprint = ui::offices::writeRequest(field.workspace(), request, passphrase);
    ASSERT_TRUE(fingerprint.ok()) << fingerprint.errorText().toStdString();
    EXPECT_EQ(fingerprint.value(), fieldOffice->fingerprint);
    const auto signedRequest = ui::offices::signRequest(
        head.workspace(), request, fingerprint.value(), answer, passphrase);
    ASSERT_TRUE(signedRequest.ok()) << signedRequest.errorText().toStdString();
    const auto accepted
        = ui::offices::acceptAnswer(field.workspace(), answer, headFingerprint, passphrase);
    ASSERT_TRUE(accepted.ok()) << accepted.errorText().toStdString();
    EXPECT_EQ(accepted->fingerprint(), headFingerprint);
    head.syncPage().refresh();
    field.syncPage().refresh();
    head.settle();
    field.settle();
}

} // namespace tansiq::test
