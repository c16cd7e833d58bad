#pragma once

#include "ui/common/Prompts.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tansiq::test {

// The GUI tests' answers to every modal question (the ui::Prompts seam): set the fields a
// test needs, run the action, then read what was asked and shown. Never a modal loop.
class ScriptedPrompts : public ui::Prompts {
public:
    QString savePath;
    QString openPath;
    QByteArray passphraseAnswer;
    int chooseAnswer = 0;
    bool confirmAnswer = true;
    // Answers in turn, before the single answers above (a head office's action asks for the
    // request file, then the certification key file; the key's passphrase, then another).
    QStringList openPaths;
    // The files chosen at once where several may be (openFiles); empty: openFile's answer.
    QStringList openSeveral;
    QStringList savePaths;
    QList<QByteArray> passphrases;

    QStringList informed; // texts of information boxes
    QStringList refusals; // summary + the issues' messages
    QStringList confirmations; // texts asked to confirm
    QStringList passphraseLabels; // what each passphrase prompt asked for
    QStringList fileTitles; // titles of the file choosers shown

    std::optional<QString> saveFile(
        QWidget*, const QString&, const QString&, const QString&) override;
    std::optional<QString> openFile(
        QWidget*, const QString&, const QString&, const QString&) override;
    std::optional<QStringList> openFiles(
        QWidget*, const QString&, const QString&, const QString&) override;
    std::optional<QByteArray> passphrase(QWidget*, const QString&, const QString&) override;
    std::optional<int> choose(
        QWidget*, const QString&, const QString&, const QStringList&, int) override;
    bool confirm(QWidget*, const QString&, const QString& text) override;
    void inform(QWidget*, const QString&, const QString& text) override;
    void refuse(QWidget*, const QString& summary, const Issues& issues) override;
};

} // namespace tansiq::test
