#include "core/workspace/Workspace.h"
#include "ui/common/DisplaySettings.h"
#include "ui/common/Passphrases.h"
#include "ui/common/Prompts.h"
#include "ui/common/UiContext.h"
#include "ui/sync/CertificationOperations.h"
#include "ui/sync/CertificationPrompts.h"
#include "ui/sync/OfficeKeysWidget.h"
#include "ui/sync/OfficeOperations.h"
#include "ui/sync/OfficeSetupForm.h"

// Settings → Office and keys: creating this office and the enrolment steps (a field office's
// request and the head office's signed answer).

namespace tansiq::ui {

void OfficeKeysWidget::createOffice(
    const QString& name, bool headOffice, const QByteArray& passphrase)
{
    auto created = std::make_shared<offices::CreatedOffice>();
    const passphrases::Held secret(passphrase); // wiped once the job is done
    // A head office is rooted in a certification key of its own (docs/decisions/0061, 0085).
    std::optional<certification::Answer> key;
    if (headOffice) {
        key = certification::askNewKeyFile(prompts(), this, name, secret.bytes());
        if (!key) {
            m_setup->setMessage(tr("A head office is created with its certification key file "
                                   "and that key's own passphrase; nothing was created. Type "
                                   "the office passphrase again to start over."));
            return;
        }
    }
    run(
        tr("Creating this office's keys…"),
        [=](Workspace& workspace) {
            const auto result = key ? offices::createHeadOffice(workspace, name, secret.bytes(),
                                    key->keyPath, key->passphrase.bytes())
                                    : offices::create(workspace, name, false, secret.bytes());
            if (result.ok())
                *created = result.value();
            return result.ok() ? Issues {} : result.issues();
        },
        [this, created](const Issues& issues) {
            if (!issues.isEmpty()) {
                m_setup->setMessage(issuesToText(issues));
                return;
            }
            m_setup->clearPassphrases();
            prompts().inform(this, tr("Office created"),
                (created->headOffice ? tr("“%1” is set up as the head office. Its "
                                          "certification key is saved: put that stick "
                                          "away, apart from this laptop.")
                                     : tr("“%1” is set up as a field office. Next, make "
                                          "an enrolment request for the head office."))
                        .arg(created->name)
                    + QStringLiteral("\n\n")
                    + tr("Its fingerprint: %1")
                          .arg(offices::spacedFingerprint(created->fingerprint)));
        });
}

void OfficeKeysWidget::makeRequest()
{
    const auto path = prompts().saveFile(this, tr("Make enrolment request"),
        QStringLiteral("enrolment-request-%1.tqr").arg(fileSafe(m_overview.name)),
        tr("Enrolment requests (*.tqr)"));
    if (!path)
        return;
    const auto secret
        = prompts().passphrase(this, tr("Make enrolment request"), tr("This office's passphrase:"));
    if (!secret)
        return;
    auto fingerprint = std::make_shared<QString>();
    run(
        tr("Writing the enrolment request…"),
        [=, file = *path, secret = passphrases::Held(*secret)](Workspace& workspace) {
            const auto result = offices::writeRequest(workspace, file, secret.bytes());
            if (result.ok())
                *fingerprint = result.value();
            return result.ok() ? Issues {} : result.issues();
        },
        [this, file = *path, fingerprint](const Issues& issues) {
            if (!issues.isEmpty())
                return prompts().refuse(this, tr("The enrolment request was not written."), issues);
            prompts().inform(this, tr("Enrolment request written"),
                tr("The request was written to %1. Give the file to the head office, then "
                   "call them and read them this fingerprint:\n\n%2")
                    .arg(DisplaySettings::leftToRight(file),
                        offices::spacedFingerprint(*fingerprint)));
        });
}

void OfficeKeysWidget::acceptAnswer()
{
    const auto path = prompts().openFile(
        this, tr("Accept signed enrolment"), tr("Signed enrolments (*.tqa);;All files (*)"));
    if (!path)
        return;
    const auto secret = prompts().passphrase(
        this, tr("Accept signed enrolment"), tr("This office's passphrase:"));
    if (!secret)
        return;
    // First the head office in the file, to compare its fingerprint by phone; only then stored.
    auto head = std::make_shared<sync::OfficeEntry>();
    // One holder for both steps: the bytes are wiped when the last of them is done.
    const passphrases::Held held(*secret);
    run(
        tr("Checking the signed enrolment…"),
        [=, file = *path, secret = held](Workspace& workspace) {
            const auto result = offices::readAnswer(workspace, file, secret.bytes());
            if (result.ok())
                *head = result.value();
            return result.ok() ? Issues {} : result.issues();
        },
        [this, head, file = *path, secret = held](const Issues& issues) {
            if (!issues.isEmpty())
                return prompts().refuse(this, tr("The signed enrolment was not accepted."), issues);
            const QString fingerprint = head->rootFingerprint;
            if (!prompts().confirm(this, tr("Signed enrolment from “%1”").arg(head->name),
                    tr("Call the head office “%1” and ask them to read you the "
                       "fingerprint shown in their Settings. Accept only if it is "
                       "exactly:\n\n%2\n\nDoes it match?")
                        .arg(head->name, offices::spacedFingerprint(fingerprint))))
                return;
            run(
                tr("Accepting the signed enrolment…"),
                [=](Workspace& workspace) {
                    const auto result
                        = offices::acceptAnswer(workspace, file, fingerprint, secret.bytes());
                    return result.ok() ? Issues {} : result.issues();
                },
                [this, head](const Issues& acceptIssues) {
                    if (!acceptIssues.isEmpty())
                        return prompts().refuse(
                            this, tr("The signed enrolment was not accepted."), acceptIssues);
                    prompts().inform(this, tr("Enrolled"),
                        tr("This office is enrolled with the head office “%1”; bundles can "
                           "now be exchanged.")
                            .arg(head->name));
                });
        });
}

void OfficeKeysWidget::signRequest()
{
    const auto path = prompts().openFile(
        this, tr("Sign an enrolment request"), tr("Enrolment requests (*.tqr);;All files (*)"));
    if (!path)
        return;
    const auto entry = offices::readRequest(*path);
    if (!entry.ok())
        return prompts().refuse(this, tr("This enrolment request cannot be used."), entry.issues());
    const QString fingerprint = entry->fingerprint();
    if (!prompts().confirm(this, tr("Enrolment request from “%1”").arg(entry->name),
            tr("Office “%1”, office id %2.\n\nCall the office and ask them to read "
               "you the fingerprint shown in their Settings. Sign only if it is "
               "exactly:\n\n%3\n\nDoes it match?")
                .arg(entry->name, entry->office.toString(QUuid::WithoutBraces),
                    offices::spacedFingerprint(fingerprint))))
        return;
    const auto answerPath = prompts().saveFile(this, tr("Save the signed enrolment"),
        QStringLiteral("enrolment-%1.tqa").arg(fileSafe(entry->name)),
        tr("Signed enrolments (*.tqa)"));
    if (!answerPath)
        return;
    const auto by = certification::askAuthority(prompts(), this, m_context.workspace.database(),
        m_overview.certificationKey, tr("Sign an enrolment request"));
    if (!by)
        return;
    auto signedRequest = std::make_shared<offices::SignedRequest>();
    run(
        tr("Signing the enrolment…"),
        [=, request = *path, answer = *answerPath, by = *by](Workspace& workspace) {
            const auto result = offices::signRequest(workspace, request, fingerprint, answer,
                offices::Authority { by.keyPath, by.passphrase.bytes() });
            if (result.ok())
                *signedRequest = result.value();
            return result.ok() ? Issues {} : result.issues();
        },
        [this, signedRequest, answer = *answerPath](const Issues& issues) {
            if (!issues.isEmpty())
                return prompts().refuse(this, tr("The enrolment request was not signed."), issues);
            prompts().inform(this, tr("Office enrolled"),
                tr("“%1” is enrolled. Give it the file %2. When they accept it, read them "
                   "the head office's fingerprint:\n\n%3")
                    .arg(signedRequest->officeName, DisplaySettings::leftToRight(answer),
                        offices::spacedFingerprint(signedRequest->headFingerprint)));
        });
}

} // namespace tansiq::ui
