#include "tests/ui/ScriptedPrompts.h"

#include <utility>

namespace tansiq::test {

std::optional<QString> ScriptedPrompts::saveFile(
    QWidget*, const QString& title, const QString&, const QString&)
{
    fileTitles << title;
    if (!savePaths.isEmpty())
        return savePaths.takeFirst();
    return savePath.isEmpty() ? std::nullopt : std::optional<QString>(savePath);
}

std::optional<QString> ScriptedPrompts::openFile(
    QWidget*, const QString& title, const QString&, const QString&)
{
    fileTitles << title;
    if (!openPaths.isEmpty())
        return openPaths.takeFirst();
    return openPath.isEmpty() ? std::nullopt : std::optional<QString>(openPath);
}

std::optional<QStringList> ScriptedPrompts::openFiles(
    QWidget* parent, const QString& title, const QString& filter, const QString& startIn)
{
    if (openSeveral.isEmpty())
        return Prompts::openFiles(parent, title, filter, startIn);
    fileTitles << title;
    return std::exchange(openSeveral, {});
}

std::optional<QByteArray> ScriptedPrompts::passphrase(
    QWidget*, const QString&, const QString& label)
{
    passphraseLabels << label;
    if (!passphrases.isEmpty()) {
        const QByteArray next = passphrases.takeFirst();
        return QByteArray(next.constData(), next.size());
    }
    // A passphrase typed afresh each time, as the real prompt returns it: the screens wipe what
    // they were given once done (docs/decisions/0062), which must not wipe the script's answer.
    return QByteArray(passphraseAnswer.constData(), passphraseAnswer.size());
}

std::optional<int> ScriptedPrompts::choose(
    QWidget*, const QString&, const QString&, const QStringList&, int)
{
    return chooseAnswer;
}

bool ScriptedPrompts::confirm(QWidget*, const QString&, const QString& text)
{
    confirmations << text;
    return confirmAnswer;
}

void ScriptedPrompts::inform(QWidget*, const QString&, const QString& text)
{
    informed << text;
}

void ScriptedPrompts::refuse(QWidget*, const QString& summary, const Issues& issues)
{
    refusals << summary + QLatin1Char('\n') + issuesToText(issues);
}

} // namespace tansiq::test
