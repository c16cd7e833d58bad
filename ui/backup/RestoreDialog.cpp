#include "ui/backup/RestoreDialog.h"

#include "ui/backup/BackupListModel.h"
#include "ui/common/DisplaySettings.h"
#include "ui/common/Prompts.h"
#include "ui/common/RowSelection.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tansiq::ui {

namespace {
} // namespace

RestoreDialog::RestoreDialog(const DisplaySettings& display, Prompts& prompts, QWidget* parent)
    : QDialog(parent)
    , m_display(display)
    , m_prompts(prompts)
    , m_intro(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new BackupListModel(display, this))
{
    setWindowTitle(tr("Restore from backup"));
    setObjectName(QStringLiteral("restoreDialog"));
    m_intro->setWordWrap(true);
    m_intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("Restore…"), QDialogButtonBox::AcceptRole);
    m_file = buttons->addButton(tr("From a file…"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_file->setObjectName(QStringLiteral("fromFileButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &RestoreDialog::restoreSelected);
    connect(m_file, &QPushButton::clicked, this, &RestoreDialog::fileRequested);
    connect(m_table, &QTableView::doubleClicked, this, &RestoreDialog::restoreSelected);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(820, 420);
    updateButtons();
}

void RestoreDialog::setBackups(const QList<backup::BackupInfo>& backups, const QString& folder)
{
    m_model->setBackups(backups);
    m_intro->setText(backups.isEmpty()
            ? tr("There is no backup of this database in %1 yet. Choose “From a file…” to restore "
                 "one from a USB stick.")
                  .arg(QDir::toNativeSeparators(folder))
            : tr(
                "Backups of this database, newest first (kept in %1). Restoring backs the database "
                "up as it is now, then replaces it.")
                  .arg(QDir::toNativeSeparators(folder)));
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &RestoreDialog::updateButtons, Qt::UniqueConnection);
    if (!backups.isEmpty())
        selectTableRow(m_table, 0);
    updateButtons();
}

QString RestoreDialog::confirmation(const DisplaySettings& display, const backup::BackupInfo& info)
{
    return tr(
        "Restore the backup made on %1 (%2)?\n\nRecords in it — organisations: %3, projects: "
        "%4, activities: %5, needs: %6.\n\nThe database as it is now is backed up first, then "
        "replaced. Changes made since that backup which were already sent to other offices "
        "come back with their next bundles.")
        .arg(backupTime(display, info.createdAt), backup::reasonLabel(info.reason),
            display.number(info.counts.organisations), display.number(info.counts.projects),
            display.number(info.counts.activities), display.number(info.counts.needs));
}

void RestoreDialog::restoreSelected()
{
    const backup::BackupInfo* info = m_model->backupFromIndex(m_table->currentIndex());
    if (!info)
        return;
    const QString path = info->path;
    if (!m_prompts.confirm(this, tr("Restore from backup"), confirmation(m_display, *info)))
        return;
    emit restoreConfirmed(path);
}

void RestoreDialog::updateButtons()
{
    m_restore->setEnabled(m_table->selectionModel() && m_table->selectionModel()->hasSelection());
}

} // namespace tansiq::ui
