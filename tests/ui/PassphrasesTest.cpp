// Issue 12: a passphrase the GUI takes is held in memory that is overwritten after use, and the
// field it was typed into is cleared.

#include "ui/common/Passphrases.h"

#include <QLineEdit>
#include <QTest>

#include <gtest/gtest.h>

namespace tansiq::ui {

TEST(Passphrases, TakingAPassphraseClearsTheFieldAndOverwritesWhatItHeld)
{
    QLineEdit field;
    field.setEchoMode(QLineEdit::Password);
    QTest::keyClicks(&field, QStringLiteral("olive grove at dawn 77"));
    const QString seen = field.text(); // what the field holds, shared
    const QByteArray taken = passphrases::take(&field);
    EXPECT_EQ(taken, QByteArray("olive grove at dawn 77"));
    EXPECT_TRUE(field.text().isEmpty());
    EXPECT_FALSE(field.isUndoAvailable()) << "no undo step brings it back";
    EXPECT_EQ(seen, QString(seen.size(), QChar(u'\0'))) << "the typed text was overwritten";
}

TEST(Passphrases, AHeldPassphraseIsOverwrittenWhenTheLastHolderIsDone)
{
    QByteArray typed = QStringLiteral("correct horse battery").toUtf8();
    const QByteArray promptCopy = typed; // e.g. what the prompt returned
    {
        const passphrases::Held held(typed);
        typed = QByteArray(); // the caller lets go; the job holds it
        const auto job = [held] { return held.bytes(); };
        EXPECT_EQ(job(), QByteArray("correct horse battery"));
        EXPECT_EQ(promptCopy, QByteArray("correct horse battery")) << "not before the job is done";
    }
    EXPECT_EQ(promptCopy, QByteArray(21, '\0')) << "every copy reads zeros afterwards";
}

} // namespace tansiq::ui
