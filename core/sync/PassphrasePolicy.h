#pragma once

#include "core/common/Result.h"

#include <QByteArray>

namespace tansiq::sync::passphrase {

constexpr qsizetype kMinCharacters = 12;

// Whether a new passphrase may protect an office's keys: at least 12 characters, not one of
// the commonly used passwords (a built-in list, compared without case, spaces and digits at
// the end), and not a single character or a keyboard or digit run repeated. An error names
// what is wrong; the passphrase itself is never put into a message.
Status check(const QByteArray& passphrase);

} // namespace tansiq::sync::passphrase
