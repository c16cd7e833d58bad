#pragma once

#include "ui/common/Passphrases.h"

#include <QString>

#include <optional>

class QWidget;

namespace tansiq {
class Database;
}

namespace tansiq::ui {

class Prompts;

// The questions a head office is asked about its certification key (docs/decisions/0085),
// through Prompts so that tests answer them without modal dialogs. Each returns nothing
// when the person cancels or when the answer is refused (the refusal already shown).
namespace certification {

struct Answer {
    QString keyPath; // empty: a self-rooted head office's everyday key (the office passphrase)
    passphrases::Held passphrase;
};

// What certifies a head-office action. With a certification key (`certificationKey`): its
// file, checked against the network's root in `db` before its passphrase is asked, then its
// passphrase. Self-rooted: the office passphrase.
std::optional<Answer> askAuthority(
    Prompts& prompts, QWidget* parent, Database& db, bool certificationKey, const QString& title);

// A new certification key: where to save the file (usually a stick kept apart) and its own
// passphrase, typed twice, strength-checked and different from `officePassphrase`.
std::optional<Answer> askNewKeyFile(Prompts& prompts, QWidget* parent, const QString& officeName,
    const QByteArray& officePassphrase);

// A new passphrase for this office's keys, typed twice and strength-checked.
std::optional<passphrases::Held> askNewPassphrase(
    Prompts& prompts, QWidget* parent, const QString& title);

// "certification-key-NAME.key", safe on any stick.
QString suggestedKeyFileName(const QString& officeName);

} // namespace certification
} // namespace tansiq::ui
