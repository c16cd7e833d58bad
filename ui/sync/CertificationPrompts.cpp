#include "ui/sync/CertificationPrompts.h"

#include "core/sync/OfficeKeys.h"
#include "core/sync/PassphrasePolicy.h"
#include "ui/common/Prompts.h"
#include "ui/sync/CertificationOperations.h"

#include <QCoreApplication>
#include <QLocale>

namespace tansiq::ui::certification {

namespace {

struct Certification {
    Q_DECLARE_TR_FUNCTIONS(tansiq::ui::certification)
};

QString keyFilter()
{
    return Certification::tr("Certification keys (*.key);;All files (*)");
}

// The same passphrase typed twice; nothing when cancelled or when the two differ (said).
std::optional<passphrases::Held> askTwice(Prompts& prompts, QWidget* parent, const QString& title,
    const QString& label, const QString& again)
{
    const std::optional<QByteArray> first = prompts.passphrase(parent, title, label);
    if (!first)
        return std::nullopt;
    const passphrases::Held held(*first);
    const std::optional<QByteArray> second = prompts.passphrase(parent, title, again);
    if (!second)
        return std::nullopt;
    const passphrases::Held repeat(*second);
    if (held.bytes() != repeat.bytes()) {
        prompts.refuse(parent, title,
            { Issue::error(QStringLiteral("passphrase-repeat"), Certification::tr("passphrase"),
                QString(),
                Certification::tr("The two passphrases are not the same. Nothing was changed.")) });
        return std::nullopt;
    }
    return held;
}

} // namespace

QString suggestedKeyFileName(const QString& officeName)
{
    QString name = officeName;
    for (QChar& c : name) {
        if (!c.isLetterOrNumber())
            c = QLatin1Char('-');
    }
    return QStringLiteral("certification-key-%1.key").arg(name);
}

std::optional<Answer> askAuthority(
    Prompts& prompts, QWidget* parent, Database& db, bool certificationKey, const QString& title)
{
    if (!certificationKey) {
        const auto secret
            = prompts.passphrase(parent, title, Certification::tr("The head office's passphrase:"));
        if (!secret)
            return std::nullopt;
        return Answer { QString(), passphrases::Held(*secret) };
    }
    const auto path = prompts.openFile(parent,
        Certification::tr("%1 — the certification key file (on its own stick)").arg(title),
        keyFilter());
    if (!path)
        return std::nullopt;
    // Another network's key, or not a key file at all, is said before any passphrase is typed.
    const Status ours = offices::checkKeyFile(db, *path);
    if (!ours.ok()) {
        prompts.refuse(
            parent, Certification::tr("This certification key cannot be used."), ours.issues());
        return std::nullopt;
    }
    const auto secret = prompts.passphrase(parent, title,
        Certification::tr("The certification key's passphrase (not the office passphrase):"));
    if (!secret)
        return std::nullopt;
    return Answer { *path, passphrases::Held(*secret) };
}

std::optional<Answer> askNewKeyFile(Prompts& prompts, QWidget* parent, const QString& officeName,
    const QByteArray& officePassphrase)
{
    const QString title = Certification::tr("Save the certification key");
    const auto path
        = prompts.saveFile(parent, title, suggestedKeyFileName(officeName), keyFilter());
    if (!path)
        return std::nullopt;
    const auto secret = askTwice(prompts, parent, title,
        Certification::tr(
            "A passphrase for the certification key, its own (at least %1 characters):")
            .arg(QLocale().toString(sync::passphrase::kMinCharacters)),
        Certification::tr("The certification key's passphrase again:"));
    if (!secret)
        return std::nullopt;
    const Status strong = offices::checkKeyPassphrase(secret->bytes(), officePassphrase);
    if (!strong.ok()) {
        prompts.refuse(
            parent, Certification::tr("The certification key was not created."), strong.issues());
        return std::nullopt;
    }
    return Answer { *path, *secret };
}

std::optional<passphrases::Held> askNewPassphrase(
    Prompts& prompts, QWidget* parent, const QString& title)
{
    const auto secret = askTwice(prompts, parent, title,
        Certification::tr(
            "A new passphrase for this office's keys (at least %1 characters; whoever has the "
            "old laptop may know the old one):")
            .arg(QLocale().toString(sync::passphrase::kMinCharacters)),
        Certification::tr("The new passphrase again:"));
    if (!secret)
        return std::nullopt;
    const Status strong = sync::passphrase::check(secret->bytes());
    if (!strong.ok()) {
        prompts.refuse(parent, title, strong.issues());
        return std::nullopt;
    }
    return secret;
}

} // namespace tansiq::ui::certification
