#pragma once

#include "core/backup/BackupInfo.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace tansiq::ui {

class BackupListModel;
class DisplaySettings;
class Prompts;

// "Restore from backup…": the backups of the open database (date, reason, size, counts) and
// "From a file…" for one on a stick. Choosing one asks for confirmation (through the prompts
// seam) and then emits restoreConfirmed; the dialog itself changes nothing.
class RestoreDialog : public QDialog {
    Q_OBJECT
public:
    RestoreDialog(const DisplaySettings& display, Prompts& prompts, QWidget* parent = nullptr);

    void setBackups(const QList<backup::BackupInfo>& backups, const QString& folder);
    QTableView* table() const { return m_table; }
    BackupListModel* model() const { return m_model; }
    QPushButton* restoreButton() const { return m_restore; }
    QPushButton* fileButton() const { return m_file; }

    // The confirmation text for restoring `info` (also used for a backup chosen from a file).
    static QString confirmation(const DisplaySettings& display, const backup::BackupInfo& info);

signals:
    void restoreConfirmed(const QString& backupPath);
    void fileRequested();

private:
    void restoreSelected();
    void updateButtons();

    const DisplaySettings& m_display;
    Prompts& m_prompts;
    QLabel* m_intro;
    QTableView* m_table;
    BackupListModel* m_model;
    QPushButton* m_restore;
    QPushButton* m_file;
};

} // namespace tansiq::ui
