#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace tansiq::ui {

struct UiContext;

// Renders the activity, project and organisation editors, each refusing several typed values
// at once (the messages under their fields, in the interface language), to
// DIR/<lang>-<nn>-<editor>.png, numbered from `number`. Writes nothing to the registry.
QStringList captureEditors(QWidget& parent, UiContext& context, const QString& directory,
    const QString& language, int number);

} // namespace tansiq::ui
