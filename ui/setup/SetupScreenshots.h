#pragma once

#include <QString>
#include <QStringList>

namespace tansiq {
class Clock;
}

namespace tansiq::ui {
class DisplaySettings;
}

namespace tansiq::ui::setup {

// Renders the setup assistant's steps to DIR/<lang>-00-setup-<n>-<step>.png (for
// `tansiq --screenshots`): the language, the choice, the office form (filled, then refused
// for a short passphrase), a field office's ready step with its fingerprint, and the sample
// data being made. Works in a temporary folder; the user's files are never touched.
QStringList captureSetupScreens(DisplaySettings& display, const Clock& clock,
    const QString& directory, const QString& language);

} // namespace tansiq::ui::setup
