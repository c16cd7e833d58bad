#include "ui/sync/SyncPage.h"

#include "core/registry/Registry.h"
#include "core/storage/Database.h"
#include "core/sync/Conflicts.h"
#include "core/workspace/Workspace.h"
#include "ui/common/DisplaySettings.h"
#include "ui/common/Passphrases.h"
#include "ui/common/Prompts.h"
#include "ui/common/SnapshotService.h"
#include "ui/common/UiContext.h"
#include "ui/sync/BundleOperations.h"
#include "ui/sync/BundleSession.h"
#include "ui/sync/ConflictModel.h"
#include "ui/sync/OfficeListModel.h"
#include "ui/sync/OfficeOperations.h"
#include "ui/sync/SyncMessages.h"
#include "ui/sync/SyncProgressPanel.h"

#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace tansiq::ui {

namespace {

struct PageData {
    sync::SyncOverview overview;
    QList<ConflictView> conflicts;
};

} // namespace

SyncPage::SyncPage(UiContext& context, QWidget* parent)
    : Page(parent), m_context(context), m_jobs(context, this)
{

    m_identityBox = new QGroupBox(this);
    m_identity = new QLabel(m_identityBox);
    m_identity->setObjectName(QStringLiteral("syncIdentity"));
    m_identity->setWordWrap(true);
    m_fingerprint = new QLabel(m_identityBox);
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openSettings = new QPushButton(m_identityBox);
    auto* identityLayout = new QVBoxLayout(m_identityBox);
    identityLayout->addWidget(m_identity);
    identityLayout->addWidget(m_fingerprint);
    auto* settingsRow = new QHBoxLayout;
    settingsRow->addWidget(m_openSettings);
    settingsRow->addStretch();
    identityLayout->addLayout(settingsRow);

    m_officesBox = new QGroupBox(this);
    m_officeModel = new OfficeListModel(context.display, OfficeListModel::syncColumns(), this);
    m_officesView = officeTable(m_officeModel, QStringLiteral("syncOffices"), m_officesBox);
    m_counts = new QLabel(m_officesBox);
    m_counts->setWordWrap(true);
    m_export = new QPushButton(m_officesBox);
    m_export->setObjectName(QStringLiteral("exportBundle"));
    m_import = new QPushButton(m_officesBox);
    m_import->setObjectName(QStringLiteral("importBundle"));
    m_progress = new SyncProgressPanel(m_jobs.operations(), m_officesBox);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_export);
    buttons->addWidget(m_import);
    buttons->addStretch();
    auto* officesLayout = new QVBoxLayout(m_officesBox);
    officesLayout->addWidget(m_officesView, 1);
    officesLayout->addWidget(m_counts);
    officesLayout->addLayout(buttons);
    officesLayout->addWidget(m_progress);

    m_conflictsBox = new QGroupBox(this);
    m_conflictsHint = new QLabel(m_conflictsBox);
    m_conflictsHint->setWordWrap(true);
    m_conflictModel = new ConflictModel(context.display, this);
    m_conflictsView = new QTreeView(m_conflictsBox);
    m_conflictsView->setObjectName(QStringLiteral("syncConflicts"));
    m_conflictsView->setModel(m_conflictModel);
    m_conflictsView->setAlternatingRowColors(true);
    m_conflictsView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_conflictsView->header()->setStretchLastSection(true);
    m_keep = new QPushButton(m_conflictsBox);
    m_keep->setObjectName(QStringLiteral("keepValue"));
    auto* keepRow = new QHBoxLayout;
    keepRow->addWidget(m_keep);
    keepRow->addStretch();
    auto* conflictsLayout = new QVBoxLayout(m_conflictsBox);
    conflictsLayout->addWidget(m_conflictsHint);
    conflictsLayout->addWidget(m_conflictsView, 1);
    conflictsLayout->addLayout(keepRow);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_identityBox);
    layout->addWidget(m_officesBox, 2);
    layout->addWidget(m_conflictsBox, 3);

    connect(m_openSettings, &QPushButton::clicked, this, &SyncPage::settingsRequested);
    connect(m_export, &QPushButton::clicked, this, &SyncPage::exportBundle);
    connect(m_import, &QPushButton::clicked, this, &SyncPage::importBundle);
    connect(m_keep, &QPushButton::clicked, this, &SyncPage::keepSelectedValue);
    connect(m_conflictsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &SyncPage::updateButtons);
    connect(&m_jobs.operations(), &BackgroundJob::finished, this, &SyncPage::updateButtons);
    connect(&context.display, &DisplaySettings::changed, this, [this] {
        m_officeModel->retranslate();
        m_conflictModel->retranslate();
        showOverview();
    });
    retranslate();
    refresh();
}

void SyncPage::refresh()
{
    m_jobs.read<PageData>(
        [](Workspace& workspace) {
            return PageData { sync::SyncOverview::read(workspace.database()),
                readConflicts(workspace) };
        },
        [this](PageData data) {
            m_overview = std::move(data.overview);
            m_officeModel->setOffices(m_overview.offices);
            m_conflictModel->setConflicts(data.conflicts);
            m_conflictsView->expandAll();
            showOverview();
        });
}

QString SyncPage::officeLabel(const sync::OfficeSyncStatus& office) const
{
    return office.headOffice ? tr("%1 (head office)").arg(office.name) : office.name;
}

void SyncPage::showOverview()
{
    const sync::SyncOverview& o = m_overview;
    const DisplaySettings& display = m_context.display;
    if (!o.hasKeys) {
        m_identity->setText(tr("This installation is not set up as an office yet. To exchange "
                               "bundles with other offices, create this office (or enrol it with "
                               "the head office) in Settings → Office and keys."));
        m_fingerprint->clear();
    } else {
        QString text = o.headOffice ? tr("This office: %1 — head office").arg(o.name)
                                    : tr("This office: %1 — field office").arg(o.name);
        if (!o.enrolled)
            text += QLatin1Char('\n')
                + tr("Not yet enrolled with the head office: make an enrolment request in "
                     "Settings → Office and keys and give it to the head office.");
        m_identity->setText(text);
        m_fingerprint->setText(
            tr("Fingerprint: %1").arg(offices::spacedFingerprint(o.fingerprint)));
    }
    m_fingerprint->setVisible(o.hasKeys);
    m_openSettings->setVisible(!o.hasKeys || !o.enrolled);

    QStringList counts;
    counts << tr("Changes known here: %1").arg(display.number(qint64(o.changesKnown)));
    counts << tr("Waiting for earlier bundles: %1").arg(display.number(o.waiting));
    if (o.heldBack > 0)
        counts << tr("Held back (sender's clock ahead): %1").arg(display.number(o.heldBack));
    if (o.setAside > 0)
        counts << tr("Set aside (copied or restored database): %1").arg(display.number(o.setAside));
    QString countText = counts.join(QStringLiteral(" | "));
    for (const sync::SyncAlert& alert : o.alerts.mid(0, 5))
        countText += QLatin1Char('\n') + tr("Alert: %1").arg(alert.detail);
    m_counts->setText(countText);

    m_conflictsBox->setTitle(tr("Conflicts to review (%1)").arg(display.number(o.openConflicts)));
    m_conflictsHint->setText(m_conflictModel->rowCount() == 0
            ? tr("No conflicts to review.")
            : tr("Two offices changed the same field at the same time. Every office already "
                 "shows the same value; choose the right one and press “Keep this value”. "
                 "The decision travels with the next bundles."));
    const bool anyConflict = m_conflictModel->rowCount() > 0;
    m_conflictsView->setVisible(anyConflict);
    m_keep->setVisible(anyConflict);
    // Without conflicts the section is one line; the offices table takes the room.
    if (auto* box = qobject_cast<QVBoxLayout*>(layout()))
        box->setStretchFactor(m_conflictsBox, anyConflict ? 3 : 0);
    updateButtons();
}

void SyncPage::updateButtons()
{
    const bool idle = !m_jobs.operations().busy();
    m_export->setEnabled(idle && m_overview.hasKeys && !m_overview.offices.isEmpty());
    m_import->setEnabled(idle && m_overview.hasKeys);
    const auto [conflict, choice] = m_conflictModel->locate(m_conflictsView->currentIndex());
    m_keep->setEnabled(idle && conflict >= 0);
    m_keep->setText(
        choice >= 0 || conflict < 0 ? tr("Keep this value") : tr("Keep the value shown now"));
}

void SyncPage::exportBundle()
{
    QList<sync::OfficeSyncStatus> candidates;
    for (const sync::OfficeSyncStatus& office : m_overview.offices) {
        if (!office.revoked)
            candidates << office;
    }
    if (!m_overview.hasKeys || candidates.isEmpty()) {
        m_jobs.prompts().inform(this, tr("Export bundle"),
            tr("There is no other office to send a bundle to yet. Set up this "
               "office and enrol it with the head office in Settings → Office and "
               "keys."));
        return;
    }
    int chosen = 0;
    const QModelIndex selected = m_officesView->currentIndex();
    if (selected.isValid()) {
        const QUuid id = m_overview.offices.at(selected.row()).office;
        for (int i = 0; i < candidates.size(); ++i) {
            if (candidates.at(i).office == id)
                chosen = i;
        }
    }
    if (candidates.size() > 1) {
        QStringList names;
        for (const sync::OfficeSyncStatus& office : candidates)
            names << officeLabel(office);
        const auto answer = m_jobs.prompts().choose(
            this, tr("Export bundle"), tr("Which office is the bundle for?"), names, chosen);
        if (!answer || *answer < 0)
            return;
        chosen = *answer;
    }
    const sync::OfficeSyncStatus recipient = candidates.at(chosen);
    const QString suggested
        = QStringLiteral("tansiq-%1-to-%2-%3.tqb")
              .arg(fileSafe(m_overview.name), fileSafe(recipient.name),
                  QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    const auto path = m_jobs.prompts().saveFile(this,
        tr("Export bundle for “%1”").arg(recipient.name), suggested, tr("Tansiq bundles (*.tqb)"));
    if (!path)
        return;
    const auto secret = m_jobs.prompts().passphrase(
        this, tr("Export bundle for “%1”").arg(recipient.name), tr("This office's passphrase:"));
    if (!secret)
        return;
    const bundles::ExportRequest request { recipient.office, *path, *secret };
    m_jobs.operations().runOnWorkspace<bundles::ExportOutcome>(
        tr("Exporting a bundle for “%1”…").arg(recipient.name),
        [request, held = passphrases::Held(*secret)](Workspace& workspace, JobControl& control) {
            Q_UNUSED(held); // wipes the passphrase (shared with request) once the job is done
            return bundles::exportBundle(workspace, request, control);
        },
        [this](Result<bundles::ExportOutcome> outcome) {
            if (!outcome.ok()) {
                if (!wasCancelled(outcome.issues()))
                    m_jobs.prompts().refuse(
                        this, tr("The bundle was not exported."), outcome.issues());
            } else {
                m_jobs.prompts().inform(this, tr("Bundle exported"),
                    SyncMessages(m_context.display).exported(outcome.value()));
            }
            refresh();
        });
    updateButtons();
}

void SyncPage::importBundle()
{
    // Several bundles may be chosen at once (a head office's stick with one from each field
    // office): one import for all of them.
    const auto chosen = m_jobs.prompts().openFiles(
        this, tr("Import bundles"), tr("Tansiq bundles (*.tqb *.tansiq);;All files (*)"));
    if (!chosen)
        return;
    const QStringList paths = bundles::bundleFiles(*chosen);
    if (paths.isEmpty()) {
        m_jobs.prompts().inform(
            this, tr("Import bundles"), tr("There is no Tansiq bundle (.tqb) in what was chosen."));
        return;
    }
    const auto secret
        = m_jobs.prompts().passphrase(this, tr("Import bundle"), tr("This office's passphrase:"));
    if (!secret)
        return;
    if (paths.size() > 1) {
        importSeveral(paths, *secret);
        return;
    }
    m_jobs.operations().runOnWorkspace<bundles::ImportOutcome>(
        tr("Importing a bundle…"),
        [file = paths.first(), secret = passphrases::Held(*secret)](
            Workspace& workspace, JobControl& control) {
            return bundles::importBundle(workspace, file, secret.bytes(), control);
        },
        [this](Result<bundles::ImportOutcome> outcome) {
            if (!outcome.ok()) {
                if (!wasCancelled(outcome.issues()))
                    m_jobs.prompts().refuse(this,
                        tr("The bundle was not imported. Nothing was changed."), outcome.issues());
            } else {
                afterImport();
                m_jobs.prompts().inform(this, tr("Bundle imported"),
                    SyncMessages(m_context.display).imported(outcome.value()));
            }
            refresh();
        });
    updateButtons();
}

void SyncPage::importSeveral(const QStringList& paths, const QByteArray& passphrase)
{
    // One import session in the background (docs/decisions/0110): one safety backup, each
    // bundle all or nothing, progress per bundle, Cancel between bundles; one summary after.
    m_jobs.operations().runOnWorkspace<bundles::SessionOutcome>(
        tr("Importing %1 bundles…").arg(m_context.display.number(qint64(paths.size()))),
        [paths, secret = passphrases::Held(passphrase)](Workspace& workspace, JobControl& control) {
            return bundles::importBundles(workspace, paths, secret.bytes(), control);
        },
        [this](Result<bundles::SessionOutcome> outcome) {
            if (!outcome.ok()) {
                if (!wasCancelled(outcome.issues()))
                    m_jobs.prompts().refuse(this,
                        tr("The bundles were not imported. Nothing was changed."),
                        outcome.issues());
            } else {
                afterImport();
                m_jobs.prompts().inform(this, tr("Bundles imported"),
                    SyncMessages(m_context.display).importedSeveral(outcome.value()));
            }
            refresh();
        });
    updateButtons();
}

void SyncPage::afterImport()
{
    m_context.snapshots.invalidate();
    emit dataChanged();
}

void SyncPage::keepSelectedValue()
{
    const auto [row, choice] = m_conflictModel->locate(m_conflictsView->currentIndex());
    if (row < 0 || m_jobs.operations().busy())
        return;
    const ConflictView& conflict = m_conflictModel->conflicts().at(row);
    const QString keep = choice >= 0
        ? conflict.choices.at(choice).keep
        : (conflict.editDelete ? QStringLiteral("record") : QStringLiteral("current"));
    Workspace& workspace = m_context.workspace;
    sync::Conflicts conflicts(workspace.database(), workspace.registry().writer());
    const Status resolved = conflicts.resolve(conflict.id, keep);
    if (!resolved.ok()) {
        m_jobs.prompts().refuse(this, tr("The conflict could not be resolved."), resolved.issues());
        return;
    }
    emit dataChanged();
    refresh();
}

void SyncPage::retranslate()
{
    m_identityBox->setTitle(tr("This office"));
    m_openSettings->setText(tr("Open Settings"));
    m_officesBox->setTitle(tr("Other offices"));
    m_export->setText(tr("Export bundle for…"));
    m_import->setText(tr("Import bundle…"));
    emit titleChanged();
    showOverview();
}

} // namespace tansiq::ui
