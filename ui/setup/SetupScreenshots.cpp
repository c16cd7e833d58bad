#include "ui/setup/SetupScreenshots.h"

#include "ui/common/Prompts.h"
#include "ui/setup/CertificationKeyStep.h"
#include "ui/setup/ChoiceStep.h"
#include "ui/setup/OfficeStep.h"
#include "ui/setup/SetupAssistant.h"

#include <QCommandLinkButton>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QThread>

#include <functional>

namespace tansiq::ui::setup {

namespace {
void settleWhile(const std::function<bool()>& waiting, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    do {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        if (waiting())
            QThread::msleep(20);
    } while (waiting() && !deadline.hasExpired());
    QCoreApplication::processEvents();
}
} // namespace

QStringList captureSetupScreens(
    DisplaySettings& display, const Clock& clock, const QString& directory, const QString& language)
{
    QDir().mkpath(directory);
    QTemporaryDir scratch;
    WidgetPrompts prompts;
    SetupAssistant assistant(display, prompts, clock, SetupAssistant::Start::Language,
        { scratch.filePath(QStringLiteral("tansiq.db")),
            scratch.filePath(QStringLiteral("sample-data.db")) });
    assistant.show();
    QStringList written;
    int number = 1;
    const auto grab = [&](const char* step) {
        settleWhile([] { return false; }, 0);
        const QString file = QDir(directory).filePath(QStringLiteral("%1-00-setup-%2-%3.png")
                                                          .arg(language)
                                                          .arg(number++)
                                                          .arg(QLatin1String(step)));
        if (assistant.grab().save(file))
            written << file;
    };
    grab("language");
    assistant.next();
    grab("choice");
    assistant.choiceStep()->registryButton()->click();
    OfficeStep* office = assistant.officeStep();
    office->arabicName()->setText(QStringLiteral("مكتب دير الزور الميداني"));
    office->englishName()->setText(QStringLiteral("Deir-ez-Zor field office"));
    office->fieldOffice()->setChecked(true);
    office->passphrase()->setText(QStringLiteral("short"));
    office->repeat()->setText(QStringLiteral("short"));
    assistant.next(); // refused: too short, said beside the fields
    grab("office-refused");
    office->passphrase()->setText(QStringLiteral("river bridge orchard 1984"));
    office->repeat()->setText(QStringLiteral("river bridge orchard 1984"));
    grab("office");
    assistant.next();
    settleWhile([&] { return assistant.busy(); }, 60000);
    grab("ready-field");

    // The sample being made, with its progress and Cancel (then cancelled: nothing is kept).
    SetupAssistant sample(display, prompts, clock, SetupAssistant::Start::Language,
        { scratch.filePath(QStringLiteral("other.db")),
            scratch.filePath(QStringLiteral("sample-data.db")) });
    sample.setSampleActivities(20000);
    sample.show();
    sample.next();
    sample.choiceStep()->sampleButton()->click();
    const QString before = sample.workingLabel()->text(); // until the activities are counted
    settleWhile([&] { return sample.busy() && sample.workingLabel()->text() == before; }, 30000);
    settleWhile([] { return false; }, 0);
    const QString file = QDir(directory).filePath(
        QStringLiteral("%1-00-setup-%2-sample-progress.png").arg(language).arg(number++));
    if (sample.grab().save(file))
        written << file;
    sample.reject();
    settleWhile([&] { return sample.busy(); }, 60000);

    // A head office: its certification key step, refused (no place chosen), then filled.
    SetupAssistant head(display, prompts, clock, SetupAssistant::Start::Office,
        { scratch.filePath(QStringLiteral("head.db")),
            scratch.filePath(QStringLiteral("sample-data.db")) });
    head.show();
    head.officeStep()->arabicName()->setText(QStringLiteral("مكتب دمشق الرئيسي"));
    head.officeStep()->englishName()->setText(QStringLiteral("Damascus head office"));
    head.officeStep()->headOffice()->setChecked(true);
    head.officeStep()->passphrase()->setText(QStringLiteral("river bridge orchard 1984"));
    head.officeStep()->repeat()->setText(QStringLiteral("river bridge orchard 1984"));
    head.next();
    head.next(); // refused: no place chosen for the key
    const auto grabHead = [&](const char* step) {
        settleWhile([] { return false; }, 0);
        const QString file = QDir(directory).filePath(QStringLiteral("%1-00-setup-%2-%3.png")
                                                          .arg(language)
                                                          .arg(number++)
                                                          .arg(QLatin1String(step)));
        if (head.grab().save(file))
            written << file;
    };
    grabHead("certification-refused");
    head.certificationStep()->setKeyPath(QStringLiteral("/media/coordinator/ROOT-KEY/"
                                                        "certification-key-Damascus.key"));
    head.certificationStep()->passphrase()->setText(QStringLiteral("cedar stick kept apart"));
    head.certificationStep()->repeat()->setText(QStringLiteral("cedar stick kept apart"));
    head.certificationStep()->setMessage(QString());
    grabHead("certification");
    return written;
}

} // namespace tansiq::ui::setup
