#include "ui/common/Prompts.h"

#include "core/common/WindowsApi.h"
#include "core/sync/OfficeKeys.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/Passphrases.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QScreen>
#include <QStorageInfo>

namespace tansiq::ui {

namespace {

// Is this volume a USB stick? Debian mounts them under /media/USER or /run/media; Windows
// gives them a drive letter of the removable type.
bool isRemovable(const QString& root)
{
#ifdef Q_OS_WIN
    return GetDriveTypeW(reinterpret_cast<const wchar_t*>(QDir::toNativeSeparators(root).utf16()))
        == DRIVE_REMOVABLE;
#else
    return root.startsWith(QStringLiteral("/media/"))
        || root.startsWith(QStringLiteral("/run/media/"));
#endif
}

// A mounted USB stick if there is one, else the home folder: where a coordinator expects the
// file dialog to open.
QString removableFolder()
{
    for (const QStorageInfo& volume : QStorageInfo::mountedVolumes()) {
        const QString root = volume.rootPath();
        if (volume.isValid() && volume.isReady() && !volume.isReadOnly() && isRemovable(root))
            return root;
    }
    return QDir::homePath();
}

// The file the user accepted in `dialog`, or nothing when cancelled.
std::optional<QString> chosen(QDialog& dialog)
{
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const QString path = static_cast<QFileDialog&>(dialog).selectedFiles().value(0);
    if (path.isEmpty())
        return std::nullopt;
    return path;
}

} // namespace

std::unique_ptr<QDialog> WidgetPrompts::fileDialog(
    QWidget* parent, const QString& title, const QString& start, const QString& filter, bool save)
{
    // What QFileDialog::getSaveFileName and getOpenFileName make (the desktop's own dialog
    // where the platform has one), given room: Qt's own dialog opens about 600 px wide, where
    // in Arabic its file list scrolls sideways and cuts the "Date modified" header (issue 14).
    auto dialog = std::make_unique<QFileDialog>(parent, title, start, filter);
    dialog->setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog->setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    const QScreen* screen = parent ? parent->screen() : QGuiApplication::primaryScreen();
    const QSize available = screen ? screen->availableGeometry().size() : QSize(1024, 700);
    const QSize roomy(
        std::min(960, available.width() * 9 / 10), std::min(600, available.height() * 8 / 10));
    dialog->resize(dialog->sizeHint().expandedTo(roomy).boundedTo(available));
    return dialog;
}

std::optional<QString> WidgetPrompts::saveFile(
    QWidget* parent, const QString& title, const QString& suggestedName, const QString& filter)
{
    const auto dialog
        = fileDialog(parent, title, QDir(removableFolder()).filePath(suggestedName), filter, true);
    return chosen(*dialog);
}

std::optional<QString> WidgetPrompts::openFile(
    QWidget* parent, const QString& title, const QString& filter, const QString& startIn)
{
    const auto dialog
        = fileDialog(parent, title, startIn.isEmpty() ? removableFolder() : startIn, filter, false);
    return chosen(*dialog);
}

std::optional<QStringList> WidgetPrompts::openFiles(
    QWidget* parent, const QString& title, const QString& filter, const QString& startIn)
{
    const auto dialog
        = fileDialog(parent, title, startIn.isEmpty() ? removableFolder() : startIn, filter, false);
    auto& files = static_cast<QFileDialog&>(*dialog);
    files.setFileMode(QFileDialog::ExistingFiles);
    if (files.exec() != QDialog::Accepted || files.selectedFiles().isEmpty())
        return std::nullopt;
    return files.selectedFiles();
}

std::optional<QByteArray> WidgetPrompts::passphrase(
    QWidget* parent, const QString& title, const QString& label)
{
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setTextEchoMode(QLineEdit::Password);
    const bool ok = dialog.exec() == QDialog::Accepted;
    // The typed text is taken from the dialog's field, which is cleared and its text wiped.
    QLineEdit* field = dialog.findChild<QLineEdit*>();
    QByteArray typed = field ? passphrases::take(field) : dialog.textValue().toUtf8();
    if (!ok) {
        sync::crypto::wipe(typed);
        return std::nullopt;
    }
    return typed;
}

std::optional<int> WidgetPrompts::choose(QWidget* parent, const QString& title,
    const QString& label, const QStringList& items, int current)
{
    bool ok = false;
    const QString item = QInputDialog::getItem(parent, title, label, items, current, false, &ok);
    if (!ok)
        return std::nullopt;
    return int(items.indexOf(item));
}

std::unique_ptr<QDialog> WidgetPrompts::questionBox(
    QWidget* parent, const QString& title, const QString& text)
{
    auto box = std::make_unique<QMessageBox>(
        QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No, parent);
    box->setDefaultButton(QMessageBox::No);
    return box;
}

bool WidgetPrompts::confirm(QWidget* parent, const QString& title, const QString& text)
{
    return questionBox(parent, title, text)->exec() == QMessageBox::Yes;
}

void WidgetPrompts::inform(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::information(parent, title, text);
}

void WidgetPrompts::refuse(QWidget* parent, const QString& summary, const Issues& issues)
{
    showIssues(parent, summary, issues);
}

} // namespace tansiq::ui
