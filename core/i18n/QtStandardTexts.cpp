#include "core/i18n/QtStandardTexts.h"

#include <QtGlobal>

namespace tansiq::i18n {

const std::vector<QtText>& qtStandardTexts()
{
    static const std::vector<QtText> texts = {
        // QDialogButtonBox and QMessageBox standard buttons.
        { QT_TRANSLATE_NOOP("QPlatformTheme", "OK") },
        { QT_TRANSLATE_NOOP("QPlatformTheme", "Save") },
        { QT_TRANSLATE_NOOP("QPlatformTheme", "Save All") },
        { QT_TRANSLATE_NOOP("QPlatformTheme", "Open") },
        { QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes") },
        { QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All") },
        { QT_TRANSLATE_NOOP("QPlatformTheme", "&No") },
        { QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All") },
        { QT_TRANSLATE_NOOP("QPlatformTheme", "Abort") },
        { QT_TRANSLATE_NOOP("QPlatformTheme", "Retry") },
        { QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore") },
        { QT_TRANSLATE_NOOP("QPlatformTheme", "Close") },
        { QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel") },
        { QT_TRANSLATE_NOOP("QPlatformTheme", "Discard") },
        { QT_TRANSLATE_NOOP("QPlatformTheme", "Help") },
        { QT_TRANSLATE_NOOP("QPlatformTheme", "Apply") },
        { QT_TRANSLATE_NOOP("QPlatformTheme", "Reset") },
        { QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults") },
        { QT_TRANSLATE_NOOP("QDialogButtonBox", "OK") },
        // The context menu of every line edit and text view.
        { QT_TRANSLATE_NOOP("QLineEdit", "&Undo") },
        { QT_TRANSLATE_NOOP("QLineEdit", "&Redo") },
        { QT_TRANSLATE_NOOP("QLineEdit", "Cu&t") },
        { QT_TRANSLATE_NOOP("QLineEdit", "&Copy") },
        { QT_TRANSLATE_NOOP("QLineEdit", "&Paste") },
        { QT_TRANSLATE_NOOP("QLineEdit", "Delete") },
        { QT_TRANSLATE_NOOP("QLineEdit", "Select All") },
        { QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo") },
        { QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo") },
        { QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t") },
        { QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy") },
        { QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste") },
        { QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete") },
        { QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All") },
        // The file dialog's buttons (Save as…, Browse…, bundles).
        { QT_TRANSLATE_NOOP("QFileDialog", "&Open") },
        { QT_TRANSLATE_NOOP("QFileDialog", "&Save") },
        { QT_TRANSLATE_NOOP("QFileDialog", "&Choose") },
        { QT_TRANSLATE_NOOP("QFileDialog", "Open") },
        { QT_TRANSLATE_NOOP("QFileDialog", "Save As") },
        { QT_TRANSLATE_NOOP("QFileDialog", "&New Folder") },
        { QT_TRANSLATE_NOOP("QFileDialog", "New Folder") },
        { QT_TRANSLATE_NOOP("QFileDialog", "Create New Folder") },
        { QT_TRANSLATE_NOOP("QFileDialog", "&Delete") },
        { QT_TRANSLATE_NOOP("QFileDialog", "&Rename") },
        { QT_TRANSLATE_NOOP("QFileDialog", "Back") },
        { QT_TRANSLATE_NOOP("QFileDialog", "Forward") },
        { QT_TRANSLATE_NOOP("QFileDialog", "Look in:") },
        { QT_TRANSLATE_NOOP("QFileDialog", "File &name:") },
        { QT_TRANSLATE_NOOP("QFileDialog", "Files of type:") },
        { QT_TRANSLATE_NOOP("QFileDialog", "Show &hidden files") },
    };
    return texts;
}

} // namespace tansiq::i18n
