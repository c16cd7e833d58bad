#include "ui/sync/OfficeKeysWidget.h"

#include "core/workspace/Workspace.h"
#include "ui/common/UiContext.h"
#include "ui/sync/OfficeListModel.h"
#include "ui/sync/OfficeOperations.h"
#include "ui/sync/OfficeSetupForm.h"
#include "ui/sync/SyncProgressPanel.h"

#include <QEvent>
#include <QFont>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tansiq::ui {

OfficeKeysWidget::OfficeKeysWidget(UiContext& context, QWidget* parent)
    : QGroupBox(parent), m_context(context), m_jobs(context, this)
{
    setObjectName(QStringLiteral("officeKeys"));

    m_setup = new OfficeSetupForm(this);
    m_identityPanel = new QWidget(this);
    m_identity = new QLabel(m_identityPanel);
    m_identity->setWordWrap(true);
    m_fingerprintCaption = new QLabel(m_identityPanel);
    m_fingerprintCaption->setWordWrap(true);
    m_fingerprint = new QLabel(m_identityPanel);
    m_fingerprint->setObjectName(QStringLiteral("ownFingerprint"));
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_fingerprint->setFont(big);
    m_enrolmentHint = new QLabel(m_identityPanel);
    m_enrolmentHint->setWordWrap(true);
    m_rootNote = new QLabel(m_identityPanel);
    m_rootNote->setObjectName(QStringLiteral("rootNote"));
    m_rootNote->setWordWrap(true);
    m_makeRequest = new QPushButton(m_identityPanel);
    m_makeRequest->setObjectName(QStringLiteral("makeRequest"));
    m_accept = new QPushButton(m_identityPanel);
    m_accept->setObjectName(QStringLiteral("acceptAnswer"));
    m_sign = new QPushButton(m_identityPanel);
    m_sign->setObjectName(QStringLiteral("signRequest"));
    m_rosterCaption = new QLabel(m_identityPanel);
    m_roster = new OfficeListModel(context.display, OfficeListModel::rosterColumns(), this);
    m_rosterView = officeTable(m_roster, QStringLiteral("roster"), m_identityPanel);
    m_rosterView->setMinimumHeight(120);
    m_revoke = new QPushButton(m_identityPanel);
    m_revoke->setObjectName(QStringLiteral("revokeOffice"));
    m_renew = new QPushButton(m_identityPanel);
    m_renew->setObjectName(QStringLiteral("renewOffice"));
    m_newKey = new QPushButton(m_identityPanel);
    m_newKey->setObjectName(QStringLiteral("certifyNewKey"));
    m_progress = new SyncProgressPanel(m_jobs.operations(), this);
    m_progress->cancelButton()->hide(); // key operations are short and cannot stop halfway

    auto* enrolButtons = new QHBoxLayout;
    enrolButtons->addWidget(m_makeRequest);
    enrolButtons->addWidget(m_accept);
    enrolButtons->addWidget(m_sign);
    enrolButtons->addStretch();
    auto* rosterButtons = new QHBoxLayout;
    rosterButtons->addWidget(m_renew);
    rosterButtons->addWidget(m_revoke);
    rosterButtons->addStretch();
    auto* identityLayout = new QVBoxLayout(m_identityPanel);
    identityLayout->setContentsMargins(0, 0, 0, 0);
    identityLayout->addWidget(m_identity);
    identityLayout->addWidget(m_fingerprintCaption);
    identityLayout->addWidget(m_fingerprint);
    identityLayout->addWidget(m_enrolmentHint);
    identityLayout->addLayout(enrolButtons);
    identityLayout->addWidget(m_rootNote);
    auto* keyButtons = new QHBoxLayout;
    keyButtons->addWidget(m_newKey);
    keyButtons->addStretch();
    identityLayout->addLayout(keyButtons);
    identityLayout->addWidget(m_rosterCaption);
    identityLayout->addWidget(m_rosterView);
    identityLayout->addLayout(rosterButtons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_setup);
    layout->addWidget(m_identityPanel);
    layout->addWidget(m_progress);
    m_identityPanel->hide();

    connect(m_setup, &OfficeSetupForm::createRequested, this, &OfficeKeysWidget::createOffice);
    connect(m_makeRequest, &QPushButton::clicked, this, &OfficeKeysWidget::makeRequest);
    connect(m_accept, &QPushButton::clicked, this, &OfficeKeysWidget::acceptAnswer);
    connect(m_sign, &QPushButton::clicked, this, &OfficeKeysWidget::signRequest);
    connect(m_revoke, &QPushButton::clicked, this, &OfficeKeysWidget::revokeSelected);
    connect(m_renew, &QPushButton::clicked, this, &OfficeKeysWidget::renewSelected);
    connect(m_newKey, &QPushButton::clicked, this, &OfficeKeysWidget::certifyNewKey);
    connect(
        &m_jobs.operations(), &BackgroundJob::started, this, [this] { m_setup->setBusy(true); });
    connect(
        &m_jobs.operations(), &BackgroundJob::finished, this, [this] { m_setup->setBusy(false); });
    retranslate();
    refresh();
}

void OfficeKeysWidget::refresh()
{
    m_jobs.read<sync::SyncOverview>(
        [](Workspace& workspace) { return sync::SyncOverview::read(workspace.database()); },
        [this](sync::SyncOverview overview) {
            m_overview = std::move(overview);
            showOverview();
        });
}

void OfficeKeysWidget::showOverview()
{
    const sync::SyncOverview& o = m_overview;
    m_setup->setVisible(!o.hasKeys);
    m_identityPanel->setVisible(o.hasKeys);
    m_setup->setOfficeName(o.name);
    if (!o.hasKeys)
        return;
    m_identity->setText(o.headOffice ? tr("This office: %1 — head office").arg(o.name)
                                     : tr("This office: %1 — field office").arg(o.name));
    m_fingerprint->setText(offices::spacedFingerprint(o.fingerprint));
    m_makeRequest->setVisible(!o.headOffice);
    m_accept->setVisible(!o.headOffice);
    m_sign->setVisible(o.headOffice);
    m_revoke->setVisible(o.headOffice);
    m_renew->setVisible(o.headOffice);
    m_newKey->setVisible(o.headOffice && o.certificationKey);
    m_rootNote->setVisible(o.headOffice);
    if (o.certificationKey)
        m_rootNote->setText(tr("This network's root is the head office's certification key: its "
                               "file and its own passphrase are asked to sign, renew or revoke "
                               "an office and to give this computer a new key. Keep the stick "
                               "apart from this laptop, and a copy in a safe place."));
    else if (o.headOffice)
        m_rootNote->setText(tr("This head office was set up before certification keys: its own "
                               "key is the network's root, so its passphrase signs, renews and "
                               "revokes. Moving it to a certification key is not possible yet: "
                               "every field office would have to enrol again with a new head "
                               "office. If this laptop is lost, that is also the way "
                               "back."));
    if (o.headOffice)
        m_enrolmentHint->setText(
            tr("To enrol a field office: take its request file, call the office "
               "and have them read you their fingerprint, then sign the "
               "request and give them the answer file."));
    else if (o.enrolled)
        m_enrolmentHint->setText(tr("Enrolled with the head office: bundles can be exchanged."));
    else
        m_enrolmentHint->setText(tr("Not yet enrolled. 1. Make an enrolment request and give the "
                                    "file to the head office. 2. Read them this fingerprint by "
                                    "phone. 3. Accept the signed enrolment they give you back."));
    m_roster->setOffices(o.offices);
    m_rosterCaption->setVisible(!o.offices.isEmpty());
    m_rosterView->setVisible(!o.offices.isEmpty());
}

void OfficeKeysWidget::run(const QString& step, std::function<Issues(Workspace&)> work,
    std::function<void(const Issues&)> done)
{
    m_jobs.operations().runOnWorkspace<Done>(
        step,
        [work = std::move(work)](Workspace& workspace, JobControl&) {
            const Issues issues = work(workspace);
            return issues.isEmpty() ? success() : Status::failure(issues);
        },
        [this, done = std::move(done)](Status result) {
            done(result.ok() ? Issues {} : result.issues());
            refresh();
            emit officeChanged();
        });
}

void OfficeKeysWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void OfficeKeysWidget::retranslate()
{
    setTitle(tr("Office and keys"));
    m_fingerprintCaption->setText(tr("This office's fingerprint (read it over the phone to "
                                     "confirm who you exchange bundles with):"));
    m_makeRequest->setText(tr("Make enrolment request…"));
    m_accept->setText(tr("Accept signed enrolment…"));
    m_sign->setText(tr("Sign an enrolment request…"));
    m_rosterCaption->setText(tr("Offices enrolled by the head office:"));
    m_revoke->setText(tr("Revoke office…"));
    m_renew->setText(tr("Renew certificate…"));
    m_newKey->setText(tr("New key for this computer…"));
    m_roster->retranslate();
    showOverview();
}

} // namespace tansiq::ui
