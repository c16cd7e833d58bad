#pragma once

#include "common/Issue.h"

#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace tansiq::ui {

// Every question the sync screens ask and every answer they show, behind one interface so
// GUI tests can answer without modal dialogs (WidgetPrompts is the real one).
class SyncPrompts {
public:
    virtual ~SyncPrompts() = default;

    // A file to write (a bundle or an enrolment file on the USB stick).
    virtual std::optional<QString> saveFile(QWidget* parent, const QString& title,
                                            const QString& suggestedName,
                                            const QString& filter) = 0;
    virtual std::optional<QString> openFile(QWidget* parent, const QString& title,
                                            const QString& filter) = 0;
    // The office passphrase, typed in a password field.
    virtual std::optional<QByteArray> passphrase(QWidget* parent, const QString& title,
                                                 const QString& label) = 0;
    // One of `items` (offices), or nothing when cancelled.
    virtual std::optional<int> choose(QWidget* parent, const QString& title, const QString& label,
                                      const QStringList& items, int current) = 0;
    virtual bool confirm(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual void inform(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual void refuse(QWidget* parent, const QString& summary, const Issues& issues) = 0;
};

// Standard Qt dialogs (translated by Qt's own catalogue), window-modal over `parent`.
class WidgetPrompts : public SyncPrompts {
public:
    std::optional<QString> saveFile(QWidget* parent, const QString& title,
                                    const QString& suggestedName, const QString& filter) override;
    std::optional<QString> openFile(QWidget* parent, const QString& title,
                                    const QString& filter) override;
    std::optional<QByteArray> passphrase(QWidget* parent, const QString& title,
                                         const QString& label) override;
    std::optional<int> choose(QWidget* parent, const QString& title, const QString& label,
                              const QStringList& items, int current) override;
    bool confirm(QWidget* parent, const QString& title, const QString& text) override;
    void inform(QWidget* parent, const QString& title, const QString& text) override;
    void refuse(QWidget* parent, const QString& summary, const Issues& issues) override;
};

}  // namespace tansiq::ui
