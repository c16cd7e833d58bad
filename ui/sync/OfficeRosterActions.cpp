#include "core/workspace/Workspace.h"
#include "ui/common/Passphrases.h"
#include "ui/common/Prompts.h"
#include "ui/common/UiContext.h"
#include "ui/sync/CertificationOperations.h"
#include "ui/sync/CertificationPrompts.h"
#include "ui/sync/OfficeKeysWidget.h"
#include "ui/sync/OfficeListModel.h"
#include "ui/sync/OfficeOperations.h"

#include <QDateTime>
#include <QLocale>
#include <QTableView>

// Settings → Office and keys, head office: revoking and renewing the offices in the roster,
// and a new key for this computer certified with the certification key.

namespace tansiq::ui {

std::optional<sync::OfficeSyncStatus> OfficeKeysWidget::chosenOffice(const QString& title)
{
    const QModelIndex current = m_rosterView->currentIndex();
    if (!current.isValid() || current.row() >= m_roster->offices().size()) {
        prompts().inform(this, title, tr("Choose the office in the list first."));
        return std::nullopt;
    }
    const sync::OfficeSyncStatus office = m_roster->offices().at(current.row());
    if (office.revoked || office.headOffice)
        return std::nullopt;
    return office;
}

void OfficeKeysWidget::revokeSelected()
{
    const std::optional<sync::OfficeSyncStatus> chosen = chosenOffice(tr("Revoke an office"));
    if (!chosen)
        return;
    const sync::OfficeSyncStatus office = *chosen;
    if (!prompts().confirm(this, tr("Revoke “%1”?").arg(office.name),
            tr("Bundles from “%1” will be refused by every office once it has "
               "imported a bundle from the head office. This cannot be undone: the "
               "office would have to be set up and enrolled again.")
                .arg(office.name)))
        return;
    const auto by = certification::askAuthority(prompts(), this, m_context.workspace.database(),
        m_overview.certificationKey, tr("Revoke “%1”").arg(office.name));
    if (!by)
        return;
    run(
        tr("Revoking “%1”…").arg(office.name),
        [id = office.office, by = *by](Workspace& workspace) {
            const auto result = offices::revoke(
                workspace, id, offices::Authority { by.keyPath, by.passphrase.bytes() });
            return result.ok() ? Issues {} : result.issues();
        },
        [this, name = office.name](const Issues& issues) {
            if (!issues.isEmpty())
                return prompts().refuse(this, tr("The office was not revoked."), issues);
            prompts().inform(this, tr("Office revoked"),
                tr("“%1” is revoked. Send a bundle from the head office to every office "
                   "so that they refuse its bundles too.")
                    .arg(name));
        });
}

void OfficeKeysWidget::renewSelected()
{
    const std::optional<sync::OfficeSyncStatus> office = chosenOffice(tr("Renew a certificate"));
    if (!office)
        return;
    const auto by = certification::askAuthority(prompts(), this, m_context.workspace.database(),
        m_overview.certificationKey, tr("Renew “%1”").arg(office->name));
    if (!by)
        return;
    auto renewed = std::make_shared<sync::OfficeEntry>();
    run(
        tr("Renewing “%1”…").arg(office->name),
        [id = office->office, by = *by, renewed](Workspace& workspace) {
            const auto result = offices::renew(
                workspace, id, offices::Authority { by.keyPath, by.passphrase.bytes() });
            if (result.ok())
                *renewed = result.value();
            return result.ok() ? Issues {} : result.issues();
        },
        [this, name = office->name, renewed](const Issues& issues) {
            if (!issues.isEmpty())
                return prompts().refuse(this, tr("The certificate was not renewed."), issues);
            prompts().inform(this, tr("Certificate renewed"),
                tr("“%1” has a new certificate, valid until %2. It reaches the office "
                   "with the next bundle from the head office.")
                    .arg(name,
                        QLocale().toString(
                            QDateTime::fromMSecsSinceEpoch(renewed->expiresAt).date(),
                            QLocale::LongFormat)));
        });
}

void OfficeKeysWidget::certifyNewKey()
{
    const QString title = tr("New key for this computer");
    if (!prompts().confirm(this, title,
            tr("This computer gets a new key, certified with the certification key; "
               "the old key is retired. What it signed up to now stays valid; "
               "anything it signs later is refused by every office that has had a "
               "bundle from this computer. Do this on a new laptop after the old "
               "one was lost or stolen (restore the last backup first), or to "
               "change keys. Then send every office a bundle.\n\nContinue?")))
        return;
    const auto by = certification::askAuthority(
        prompts(), this, m_context.workspace.database(), m_overview.certificationKey, title);
    if (!by)
        return;
    const auto fresh = certification::askNewPassphrase(prompts(), this, title);
    if (!fresh)
        return;
    auto fingerprint = std::make_shared<QString>();
    run(
        tr("Certifying a new key…"),
        [by = *by, fresh = *fresh, fingerprint](Workspace& workspace) {
            const auto result = offices::certifyNewKey(
                workspace, by.keyPath, by.passphrase.bytes(), fresh.bytes());
            if (result.ok())
                *fingerprint = result.value();
            return result.ok() ? Issues {} : result.issues();
        },
        [this, title, fingerprint](const Issues& issues) {
            if (!issues.isEmpty())
                return prompts().refuse(this, tr("This computer's key was not changed."), issues);
            prompts().inform(this, title,
                tr("This computer now signs with a new key (fingerprint %1); the old "
                   "one is retired. Use the new passphrase from now on, and send every "
                   "office a bundle now.")
                    .arg(offices::spacedFingerprint(*fingerprint)));
        });
}

} // namespace tansiq::ui
