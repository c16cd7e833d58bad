#include "ui/registry/EditorScreenshots.h"

#include "core/registry/Registry.h"
#include "core/workspace/Workspace.h"
#include "ui/common/UiContext.h"
#include "ui/registry/ActivityEditor.h"
#include "ui/registry/OrganisationEditor.h"
#include "ui/registry/ProjectEditor.h"

#include <QCoreApplication>
#include <QDir>
#include <QLineEdit>
#include <QPixmap>

namespace tansiq::ui {

namespace {
void typeInto(QWidget& editor, std::initializer_list<std::pair<const char*, QString>> fields)
{
    for (const auto& [name, text] : fields) {
        if (auto* edit = editor.findChild<QLineEdit*>(QLatin1String(name))) {
            edit->setText(text);
            emit edit->editingFinished();
        }
    }
}

QString shoot(QWidget& editor, const QString& directory, const QString& language, int number,
    const char* name)
{
    QCoreApplication::processEvents();
    const QString file = QDir(directory).filePath(QStringLiteral("%1-%2-%3.png")
                                                      .arg(language)
                                                      .arg(number, 2, 10, QLatin1Char('0'))
                                                      .arg(QLatin1String(name)));
    return editor.grab().save(file) ? file : QString();
}
} // namespace

QStringList captureEditors(QWidget& parent, UiContext& context, const QString& directory,
    const QString& language, int number)
{
    Registry& registry = context.workspace.registry();
    QStringList written;
    {
        const ActivityChoices choices { registry.organisations().list(), registry.projects().list(),
            registry.reference().sectors(), registry.reference().activityTypes(),
            registry.reference().adminUnits() };
        ActivityEditor editor(context.edits, context.display, choices, std::nullopt, &parent);
        typeInto(editor,
            { { "start", QStringLiteral("٢٠٢٦-١٠-٠١") }, { "end", QStringLiteral("2026-09-30") },
                { "month", QStringLiteral("2026-13") },
                { "reached", QStringLiteral("1200 people") } });
        editor.show(); // as a person sees it: the dialog makes room for the messages
        editor.save(); // refused: every message under its field
        written << shoot(editor, directory, language, number++, "activity-editor");
    }
    {
        ProjectEditor editor(context.edits, context.display, registry.organisations().list(),
            registry.reference().sectors(), std::nullopt, &parent);
        typeInto(editor,
            { { "titleEn", QStringLiteral("Water trucking in Hajin") },
                { "start", QStringLiteral("2026-02-30") }, { "budget", QStringLiteral("abc") },
                { "currency", QStringLiteral("dollars") } });
        editor.show();
        editor.save();
        written << shoot(editor, directory, language, number++, "project-editor");
    }
    {
        OrganisationEditor editor(context.edits, context.display, std::nullopt, &parent);
        typeInto(editor,
            { { "nameAr", QStringLiteral("جمعية البر في الميادين") },
                { "contactEmail", QStringLiteral("info.albir.org") },
                { "contactPhone", QStringLiteral("call the office") } });
        editor.show();
        editor.save();
        written << shoot(editor, directory, language, number++, "organisation-editor");
    }
    written.removeAll(QString());
    return written;
}

} // namespace tansiq::ui
