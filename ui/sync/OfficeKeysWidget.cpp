#include "OfficeKeysWidget.h"

#include "CertificationOperations.h"
#include "CertificationPrompts.h"
#include "OfficeOperations.h"
#include "OfficeSetupForm.h"
#include "RosterModel.h"
#include "SyncJobRunner.h"
#include "SyncProgressPanel.h"
#include "common/Prompts.h"
#include "common/Passphrases.h"
#include "common/UiContext.h"
#include "office/LocalOffice.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QEvent>
#include <QLocale>
#include <QFont>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tansiq::ui {

namespace {
QString fileSafe(QString name)
{
    for (QChar& c : name) {
        if (!c.isLetterOrNumber())
            c = QLatin1Char('-');
    }
    return name;
}
}  // namespace

OfficeKeysWidget::OfficeKeysWidget(UiContext& context, QWidget* parent)
    : QGroupBox(parent), m_context(context), m_ownPrompts(std::make_unique<WidgetPrompts>()),
      m_prompts(m_ownPrompts.get())
{
    setObjectName(QStringLiteral("officeKeys"));
    const QString path = context.workspace.database().path();
    m_runner = new SyncJobRunner(path, context.workspace.clock(), this);
    m_reader = new SyncJobRunner(path, context.workspace.clock(), this);

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
    m_roster = new RosterModel(this);
    m_rosterView = new QTableView(m_identityPanel);
    m_rosterView->setObjectName(QStringLiteral("roster"));
    m_rosterView->setModel(m_roster);
    m_rosterView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rosterView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rosterView->verticalHeader()->hide();
    m_rosterView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_rosterView->horizontalHeader()->setSectionResizeMode(RosterModel::Name, QHeaderView::Stretch);
    m_rosterView->setMinimumHeight(120);
    m_revoke = new QPushButton(m_identityPanel);
    m_revoke->setObjectName(QStringLiteral("revokeOffice"));
    m_renew = new QPushButton(m_identityPanel);
    m_renew->setObjectName(QStringLiteral("renewOffice"));
    m_newKey = new QPushButton(m_identityPanel);
    m_newKey->setObjectName(QStringLiteral("certifyNewKey"));
    m_progress = new SyncProgressPanel(*m_runner, this);
    m_progress->cancelButton()->hide();  // key operations are short and cannot stop halfway

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
    connect(m_runner, &SyncJobRunner::started, this, [this] { m_setup->setBusy(true); });
    connect(m_runner, &SyncJobRunner::finished, this, [this] { m_setup->setBusy(false); });
    retranslate();
    refresh();
}

OfficeKeysWidget::~OfficeKeysWidget() = default;

void OfficeKeysWidget::setPrompts(Prompts* prompts)
{
    m_prompts = prompts ? prompts : m_ownPrompts.get();
}

bool OfficeKeysWidget::busy() const
{
    return m_runner->busy() || m_reader->busy();
}

void OfficeKeysWidget::refresh()
{
    if (m_reader->busy()) {
        m_readAgain = true;
        return;
    }
    auto overview = std::make_shared<SyncOverview>();
    m_reader->start(QString(), [overview](Workspace& workspace, JobControl&) {
        *overview = SyncOverview::read(workspace.database());
    }, [this, overview](const Status& opened) {
        if (opened.ok()) {
            m_overview = *overview;
            showOverview();
        }
        if (m_readAgain) {
            m_readAgain = false;
            refresh();
        }
    });
}

void OfficeKeysWidget::showOverview()
{
    const SyncOverview& o = m_overview;
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
        m_enrolmentHint->setText(tr("To enrol a field office: take its request file, call the office "
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
    auto issues = std::make_shared<Issues>();
    m_runner->start(step, [issues, work = std::move(work)](Workspace& workspace, JobControl&) {
        *issues = work(workspace);
    }, [this, issues, done = std::move(done)](const Status& opened) {
        done(opened.ok() ? *issues : opened.issues());
        refresh();
        emit officeChanged();
    });
}

void OfficeKeysWidget::createOffice(const QString& name, bool headOffice, const QByteArray& passphrase)
{
    auto created = std::make_shared<offices::CreatedOffice>();
    const passphrases::Held secret(passphrase);  // wiped once the job is done
    // A head office is rooted in a certification key of its own (docs/decisions/0061, 0085).
    std::optional<certification::Answer> key;
    if (headOffice) {
        key = certification::askNewKeyFile(*m_prompts, this, name, secret.bytes());
        if (!key) {
            m_setup->setMessage(tr("A head office is created with its certification key file "
                                   "and that key's own passphrase; nothing was created. Type "
                                   "the office passphrase again to start over."));
            return;
        }
    }
    run(tr("Creating this office's keys…"), [=](Workspace& workspace) {
        const auto result = key ? offices::createHeadOffice(workspace, name, secret.bytes(),
                                                            key->keyPath, key->passphrase.bytes())
                                : offices::create(workspace, name, false, secret.bytes());
        if (result.ok())
            *created = result.value();
        return result.ok() ? Issues{} : result.issues();
    }, [this, created](const Issues& issues) {
        if (!issues.isEmpty()) {
            m_setup->setMessage(issuesToText(issues));
            return;
        }
        m_setup->clearPassphrases();
        m_prompts->inform(this, tr("Office created"),
                          (created->headOffice ? tr("“%1” is set up as the head office. Its "
                                                    "certification key is saved: put that stick "
                                                    "away, apart from this laptop.")
                                               : tr("“%1” is set up as a field office. Next, make "
                                                    "an enrolment request for the head office."))
                                  .arg(created->name)
                              + QStringLiteral("\n\n")
                              + tr("Its fingerprint: %1").arg(offices::spacedFingerprint(created->fingerprint)));
    });
}

void OfficeKeysWidget::makeRequest()
{
    const auto path = m_prompts->saveFile(this, tr("Make enrolment request"),
                                          QStringLiteral("enrolment-request-%1.tqr").arg(fileSafe(m_overview.name)),
                                          tr("Enrolment requests (*.tqr)"));
    if (!path)
        return;
    const auto secret = m_prompts->passphrase(this, tr("Make enrolment request"), tr("This office's passphrase:"));
    if (!secret)
        return;
    auto fingerprint = std::make_shared<QString>();
    run(tr("Writing the enrolment request…"), [=, file = *path, secret = passphrases::Held(*secret)](Workspace& workspace) {
        const auto result = offices::writeRequest(workspace, file, secret.bytes());
        if (result.ok())
            *fingerprint = result.value();
        return result.ok() ? Issues{} : result.issues();
    }, [this, file = *path, fingerprint](const Issues& issues) {
        if (!issues.isEmpty())
            return m_prompts->refuse(this, tr("The enrolment request was not written."), issues);
        m_prompts->inform(this, tr("Enrolment request written"),
                          tr("The request was written to %1. Give the file to the head office, then "
                             "call them and read them this fingerprint:\n\n%2")
                              .arg(QChar(0x2066) + file + QChar(0x2069), offices::spacedFingerprint(*fingerprint)));
    });
}

void OfficeKeysWidget::acceptAnswer()
{
    const auto path = m_prompts->openFile(this, tr("Accept signed enrolment"),
                                          tr("Signed enrolments (*.tqa);;All files (*)"));
    if (!path)
        return;
    const auto secret = m_prompts->passphrase(this, tr("Accept signed enrolment"), tr("This office's passphrase:"));
    if (!secret)
        return;
    // First the head office in the file, to compare its fingerprint by phone; only then stored.
    auto head = std::make_shared<sync::OfficeEntry>();
    // One holder for both steps: the bytes are wiped when the last of them is done.
    const passphrases::Held held(*secret);
    run(tr("Checking the signed enrolment…"), [=, file = *path, secret = held](Workspace& workspace) {
        const auto result = offices::readAnswer(workspace, file, secret.bytes());
        if (result.ok())
            *head = result.value();
        return result.ok() ? Issues{} : result.issues();
    }, [this, head, file = *path, secret = held](const Issues& issues) {
        if (!issues.isEmpty())
            return m_prompts->refuse(this, tr("The signed enrolment was not accepted."), issues);
        const QString fingerprint = head->rootFingerprint;
        if (!m_prompts->confirm(this, tr("Signed enrolment from “%1”").arg(head->name),
                                tr("Call the head office “%1” and ask them to read you the "
                                   "fingerprint shown in their Settings. Accept only if it is "
                                   "exactly:\n\n%2\n\nDoes it match?")
                                    .arg(head->name, offices::spacedFingerprint(fingerprint))))
            return;
        run(tr("Accepting the signed enrolment…"), [=](Workspace& workspace) {
            const auto result = offices::acceptAnswer(workspace, file, fingerprint, secret.bytes());
            return result.ok() ? Issues{} : result.issues();
        }, [this, head](const Issues& acceptIssues) {
            if (!acceptIssues.isEmpty())
                return m_prompts->refuse(this, tr("The signed enrolment was not accepted."), acceptIssues);
            m_prompts->inform(this, tr("Enrolled"),
                              tr("This office is enrolled with the head office “%1”; bundles can "
                                 "now be exchanged.")
                                  .arg(head->name));
        });
    });
}

void OfficeKeysWidget::signRequest()
{
    const auto path = m_prompts->openFile(this, tr("Sign an enrolment request"),
                                          tr("Enrolment requests (*.tqr);;All files (*)"));
    if (!path)
        return;
    const auto entry = offices::readRequest(*path);
    if (!entry.ok())
        return m_prompts->refuse(this, tr("This enrolment request cannot be used."), entry.issues());
    const QString fingerprint = entry->fingerprint();
    if (!m_prompts->confirm(this, tr("Enrolment request from “%1”").arg(entry->name),
                            tr("Office “%1”, office id %2.\n\nCall the office and ask them to read "
                               "you the fingerprint shown in their Settings. Sign only if it is "
                               "exactly:\n\n%3\n\nDoes it match?")
                                .arg(entry->name,
                                     entry->office.toString(QUuid::WithoutBraces),
                                     offices::spacedFingerprint(fingerprint))))
        return;
    const auto answerPath = m_prompts->saveFile(this, tr("Save the signed enrolment"),
                                                QStringLiteral("enrolment-%1.tqa").arg(fileSafe(entry->name)),
                                                tr("Signed enrolments (*.tqa)"));
    if (!answerPath)
        return;
    const auto by = certification::askAuthority(*m_prompts, this, m_context.workspace.database(),
                                                m_overview.certificationKey,
                                                tr("Sign an enrolment request"));
    if (!by)
        return;
    auto signedRequest = std::make_shared<offices::SignedRequest>();
    run(tr("Signing the enrolment…"), [=, request = *path, answer = *answerPath, by = *by](Workspace& workspace) {
        const auto result = offices::signRequest(workspace, request, fingerprint, answer,
                                                 offices::Authority{by.keyPath, by.passphrase.bytes()});
        if (result.ok())
            *signedRequest = result.value();
        return result.ok() ? Issues{} : result.issues();
    }, [this, signedRequest, answer = *answerPath](const Issues& issues) {
        if (!issues.isEmpty())
            return m_prompts->refuse(this, tr("The enrolment request was not signed."), issues);
        m_prompts->inform(this, tr("Office enrolled"),
                          tr("“%1” is enrolled. Give it the file %2. When they accept it, read them "
                             "the head office's fingerprint:\n\n%3")
                              .arg(signedRequest->officeName, QChar(0x2066) + answer + QChar(0x2069),
                                   offices::spacedFingerprint(signedRequest->headFingerprint)));
    });
}

std::optional<OfficeSyncStatus> OfficeKeysWidget::chosenOffice(const QString& title)
{
    const QModelIndex current = m_rosterView->currentIndex();
    if (!current.isValid() || current.row() >= m_roster->offices().size()) {
        m_prompts->inform(this, title, tr("Choose the office in the list first."));
        return std::nullopt;
    }
    const OfficeSyncStatus office = m_roster->offices().at(current.row());
    if (office.revoked || office.headOffice)
        return std::nullopt;
    return office;
}

void OfficeKeysWidget::revokeSelected()
{
    const std::optional<OfficeSyncStatus> chosen = chosenOffice(tr("Revoke an office"));
    if (!chosen)
        return;
    const OfficeSyncStatus office = *chosen;
    if (!m_prompts->confirm(this, tr("Revoke “%1”?").arg(office.name),
                            tr("Bundles from “%1” will be refused by every office once it has "
                               "imported a bundle from the head office. This cannot be undone: the "
                               "office would have to be set up and enrolled again.")
                                .arg(office.name)))
        return;
    const auto by = certification::askAuthority(*m_prompts, this, m_context.workspace.database(),
                                                m_overview.certificationKey,
                                                tr("Revoke “%1”").arg(office.name));
    if (!by)
        return;
    run(tr("Revoking “%1”…").arg(office.name), [id = office.office, by = *by](Workspace& workspace) {
        const auto result = offices::revoke(workspace, id, offices::Authority{by.keyPath, by.passphrase.bytes()});
        return result.ok() ? Issues{} : result.issues();
    }, [this, name = office.name](const Issues& issues) {
        if (!issues.isEmpty())
            return m_prompts->refuse(this, tr("The office was not revoked."), issues);
        m_prompts->inform(this, tr("Office revoked"),
                          tr("“%1” is revoked. Send a bundle from the head office to every office "
                             "so that they refuse its bundles too.").arg(name));
    });
}

void OfficeKeysWidget::renewSelected()
{
    const std::optional<OfficeSyncStatus> office = chosenOffice(tr("Renew a certificate"));
    if (!office)
        return;
    const auto by = certification::askAuthority(*m_prompts, this, m_context.workspace.database(),
                                                m_overview.certificationKey,
                                                tr("Renew “%1”").arg(office->name));
    if (!by)
        return;
    auto renewed = std::make_shared<sync::OfficeEntry>();
    run(tr("Renewing “%1”…").arg(office->name), [id = office->office, by = *by, renewed](Workspace& workspace) {
        const auto result = offices::renew(workspace, id, offices::Authority{by.keyPath, by.passphrase.bytes()});
        if (result.ok())
            *renewed = result.value();
        return result.ok() ? Issues{} : result.issues();
    }, [this, name = office->name, renewed](const Issues& issues) {
        if (!issues.isEmpty())
            return m_prompts->refuse(this, tr("The certificate was not renewed."), issues);
        m_prompts->inform(this, tr("Certificate renewed"),
                          tr("“%1” has a new certificate, valid until %2. It reaches the office "
                             "with the next bundle from the head office.")
                              .arg(name, QLocale().toString(QDateTime::fromMSecsSinceEpoch(renewed->expiresAt).date(),
                                                            QLocale::LongFormat)));
    });
}

void OfficeKeysWidget::certifyNewKey()
{
    const QString title = tr("New key for this computer");
    if (!m_prompts->confirm(this, title,
                            tr("This computer gets a new key, certified with the certification key; "
                               "the old key is retired. What it signed up to now stays valid; "
                               "anything it signs later is refused by every office that has had a "
                               "bundle from this computer. Do this on a new laptop after the old "
                               "one was lost or stolen (restore the last backup first), or to "
                               "change keys. Then send every office a bundle.\n\nContinue?")))
        return;
    const auto by = certification::askAuthority(*m_prompts, this, m_context.workspace.database(),
                                                m_overview.certificationKey, title);
    if (!by)
        return;
    const auto fresh = certification::askNewPassphrase(*m_prompts, this, title);
    if (!fresh)
        return;
    auto fingerprint = std::make_shared<QString>();
    run(tr("Certifying a new key…"), [by = *by, fresh = *fresh, fingerprint](Workspace& workspace) {
        const auto result = offices::certifyNewKey(workspace, by.keyPath, by.passphrase.bytes(), fresh.bytes());
        if (result.ok())
            *fingerprint = result.value();
        return result.ok() ? Issues{} : result.issues();
    }, [this, title, fingerprint](const Issues& issues) {
        if (!issues.isEmpty())
            return m_prompts->refuse(this, tr("This computer's key was not changed."), issues);
        m_prompts->inform(this, title,
                          tr("This computer now signs with a new key (fingerprint %1); the old "
                             "one is retired. Use the new passphrase from now on, and send every "
                             "office a bundle now.")
                              .arg(offices::spacedFingerprint(*fingerprint)));
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

}  // namespace tansiq::ui
