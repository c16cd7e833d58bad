#include "tests/ui/GuiFixture.h"

#include "core/demo/DemoGenerator.h"
#include "ui/common/Page.h"
#include "ui/common/SnapshotService.h"
#include "ui/registry/ActivityTableModel.h"
#include "ui/shell/MainWindow.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

namespace tansiq::test {

void GuiFixture::SetUp()
{
    DemoOptions options;
    options.activities = 600;
    options.projects = 20;
    const auto demo = DemoGenerator(m_workspace->registry(), options).run();
    ASSERT_TRUE(demo.ok()) << demo.errorText().toStdString();
    m_store = std::make_unique<QSettings>(
        m_settingsDir.filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
    m_display = std::make_unique<ui::DisplaySettings>(*m_store);
    m_display->setLanguage(QStringLiteral("en"));
    m_language.apply(QStringLiteral("en"));
    QObject::connect(m_display.get(), &ui::DisplaySettings::changed, &m_language,
        [this] { m_language.apply(m_display->language()); });
    m_session = std::make_unique<ui::Session>(*m_workspace, *m_display, m_prompts);
    m_session->window().show();
    settle();
}

void GuiFixture::TearDown()
{
    settle();
    m_session.reset();
    m_language.apply(QStringLiteral("en"));
}

void GuiFixture::waitFor(const ui::ActivityTableModel& model)
{
    QDeadlineTimer deadline(20000);
    while (model.loading() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
}

void GuiFixture::settle()
{
    QDeadlineTimer deadline(20000);
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

} // namespace tansiq::test
