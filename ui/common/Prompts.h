#pragma once

#include "core/common/Issue.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QDialog;
class QWidget;

namespace tansiq::ui {

// The one seam for modal questions: every file chooser, confirmation, information box and
// refusal the GUI shows goes through this interface, so GUI tests answer them without modal
// loops (tests/ui/ScriptedPrompts) and WidgetPrompts is the only code that opens QMessageBox or
// QFileDialog (CTest `dialogs_through_prompts` checks it; docs/decisions/0108).
class Prompts {
public:
    virtual ~Prompts() = default;

    // A file to write. A relative `suggestedName` starts in the USB stick's folder if one is
    // mounted, else the home folder; an absolute one is used as given.
    virtual std::optional<QString> saveFile(
        QWidget* parent, const QString& title, const QString& suggestedName, const QString& filter)
        = 0;
    // A file to read; `startIn` (a folder or file) or, when empty, the USB stick or home.
    virtual std::optional<QString> openFile(QWidget* parent, const QString& title,
        const QString& filter, const QString& startIn = QString())
        = 0;
    // Several files to read at once (the bundles on a stick), where the same start; by default
    // the one file openFile() gives.
    virtual std::optional<QStringList> openFiles(QWidget* parent, const QString& title,
        const QString& filter, const QString& startIn = QString())
    {
        const std::optional<QString> one = openFile(parent, title, filter, startIn);
        return one ? std::optional<QStringList>(QStringList { *one }) : std::nullopt;
    }
    // The office passphrase, typed in a password field.
    virtual std::optional<QByteArray> passphrase(
        QWidget* parent, const QString& title, const QString& label)
        = 0;
    // One of `items` (offices), or nothing when cancelled.
    virtual std::optional<int> choose(QWidget* parent, const QString& title, const QString& label,
        const QStringList& items, int current)
        = 0;
    // A Yes/No question; No is the default answer.
    virtual bool confirm(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual void inform(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual void refuse(QWidget* parent, const QString& summary, const Issues& issues) = 0;
};

// Standard Qt dialogs (translated by Qt's own catalogue), window-modal over `parent`.
class WidgetPrompts : public Prompts {
public:
    std::optional<QString> saveFile(QWidget* parent, const QString& title,
        const QString& suggestedName, const QString& filter) override;
    std::optional<QString> openFile(QWidget* parent, const QString& title, const QString& filter,
        const QString& startIn) override;
    std::optional<QStringList> openFiles(QWidget* parent, const QString& title,
        const QString& filter, const QString& startIn) override;
    std::optional<QByteArray> passphrase(
        QWidget* parent, const QString& title, const QString& label) override;
    std::optional<int> choose(QWidget* parent, const QString& title, const QString& label,
        const QStringList& items, int current) override;
    bool confirm(QWidget* parent, const QString& title, const QString& text) override;
    void inform(QWidget* parent, const QString& title, const QString& text) override;
    void refuse(QWidget* parent, const QString& summary, const Issues& issues) override;

    // The file chooser saveFile() (`save`) or openFile() shows, not yet shown, starting at
    // `start` (a folder, or a file to propose), sized for the screen.
    static std::unique_ptr<QDialog> fileDialog(QWidget* parent, const QString& title,
        const QString& start, const QString& filter, bool save);
    // The box confirm() shows, not yet shown (the screenshots show it as a user sees it).
    static std::unique_ptr<QDialog> questionBox(
        QWidget* parent, const QString& title, const QString& text);
};

} // namespace tansiq::ui
