#include "core/sync/PassphrasePolicy.h"

#include <QCoreApplication>
#include <QString>

#include <sodium.h>

namespace tansiq::sync::passphrase {

namespace {

struct Passphrase {
    Q_DECLARE_TR_FUNCTIONS(tansiq::sync::passphrase)
};

// Frequent passwords of public breach lists, as people stretch them to a required length,
// and the runs they are built from (compared lower-case, without spaces and trailing digits).
const char* const kCommon[] = { "password", "passw0rd", "passphrase", "qwerty", "qwertyuiop",
    "asdfghjkl", "zxcvbnm", "azerty", "iloveyou", "letmein", "welcome", "admin", "administrator",
    "changeme", "trustno1", "sunshine", "princess", "football", "baseball", "dragon", "monkey",
    "master", "superman", "batman", "starwars", "whatever", "freedom", "computer", "internet",
    "secret", "default", "abcdef", "abcdefgh", "abcdefghijkl", "abc", "abcabc", "test", "testing",
    "tansiq", "ocha", "unocha", "humanitarian", "syria", "damascus", "aleppo", "homs", "idlib",
    "headoffice", "fieldoffice", "office", "correcthorsebatterystaple", "mypassword",
    "yourpassword", "thepassword", "passwordpassword", "qwertyqwerty", "1qaz2wsx3edc",
    "1q2w3e4r5t6y", "qazwsxedc", "qazwsxedcrfv", "zaq12wsx", "football", "michael", "jennifer",
    "shadow", "mustang", "killer", "hello", "helloworld", "loveyou", "mohammad", "mohammed",
    "muhammad", "ahmad", "allah", "bismillah", "habibi" };

// The same short run repeated ("abcabcabcabc", "121212121212", "aaaaaaaaaaaa").
bool repeated(const QString& text)
{
    for (qsizetype period = 1; period <= 4 && period < text.size(); ++period) {
        bool same = true;
        for (qsizetype i = period; i < text.size() && same; ++i)
            same = text.at(i) == text.at(i - period);
        if (same)
            return true;
    }
    return false;
}

// Ascending or descending characters only ("123456789012", "abcdefghijkl").
bool sequence(const QString& text)
{
    for (int step : { 1, -1 }) {
        bool run = true;
        for (qsizetype i = 1; i < text.size() && run; ++i) {
            const int expected = text.at(i - 1).unicode() + step;
            // Digits wrap (…890123…).
            run = text.at(i).unicode() == expected
                || (text.at(i - 1) == QLatin1Char(step > 0 ? '9' : '0')
                    && text.at(i) == QLatin1Char(step > 0 ? '0' : '9'));
        }
        if (run)
            return true;
    }
    return false;
}

} // namespace

Status check(const QByteArray& bytes)
{
    QString text = QString::fromUtf8(bytes);
    const Issue shortIssue = Issue::error(QStringLiteral("passphrase-short"),
        Passphrase::tr("passphrase"), QString(),
        Passphrase::tr(
            "The passphrase must have at least %1 characters. A few unrelated words make a good "
            "one.")
            .arg(kMinCharacters));
    if (text.size() < kMinCharacters)
        return shortIssue;
    const Issue common = Issue::error(QStringLiteral("passphrase-common"),
        Passphrase::tr("passphrase"), QString(),
        Passphrase::tr("This passphrase is too easy to guess: it is a common password, or a run or "
                       "repetition of characters. Choose a few unrelated words."));
    QString core = text.toLower();
    core.remove(QLatin1Char(' '));
    if (repeated(core) || sequence(core))
        return common;
    // "password2024!" and "Password 1234" are still "password".
    while (!core.isEmpty() && !core.back().isLetter())
        core.chop(1);
    while (!core.isEmpty() && !core.front().isLetter())
        core.remove(0, 1);
    if (core.isEmpty() || repeated(core))
        return common;
    for (const char* word : kCommon) {
        const QString candidate = QString::fromLatin1(word);
        if (core == candidate)
            return common;
        // The same word written twice or more ("passwordpassword").
        if (core.size() % candidate.size() == 0
            && core == candidate.repeated(core.size() / candidate.size()))
            return common;
    }
    // Wipe the copies made here (the caller wipes its own).
    sodium_memzero(core.data(), size_t(core.size()) * sizeof(QChar));
    sodium_memzero(text.data(), size_t(text.size()) * sizeof(QChar));
    return success();
}

} // namespace tansiq::sync::passphrase
