#include "SyncPrompts.h"

#include "common/MessageBoxes.h"
#include "common/Passphrases.h"
#include "sync/OfficeKeys.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QStorageInfo>

#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX
#endif
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>
#endif

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
    return root.startsWith(QStringLiteral("/media/")) || root.startsWith(QStringLiteral("/run/media/"));
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

}  // namespace

std::optional<QString> WidgetPrompts::saveFile(QWidget* parent, const QString& title,
                                               const QString& suggestedName, const QString& filter)
{
    const QString path = QFileDialog::getSaveFileName(
        parent, title, QDir(removableFolder()).filePath(suggestedName), filter);
    if (path.isEmpty())
        return std::nullopt;
    return path;
}

std::optional<QString> WidgetPrompts::openFile(QWidget* parent, const QString& title,
                                               const QString& filter)
{
    const QString path = QFileDialog::getOpenFileName(parent, title, removableFolder(), filter);
    if (path.isEmpty())
        return std::nullopt;
    return path;
}

std::optional<QByteArray> WidgetPrompts::passphrase(QWidget* parent, const QString& title,
                                                    const QString& label)
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

bool WidgetPrompts::confirm(QWidget* parent, const QString& title, const QString& text)
{
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No)
           == QMessageBox::Yes;
}

void WidgetPrompts::inform(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::information(parent, title, text);
}

void WidgetPrompts::refuse(QWidget* parent, const QString& summary, const Issues& issues)
{
    showIssues(parent, summary, issues);
}

}  // namespace tansiq::ui
