#pragma once

#include "ui/setup/SetupJobs.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace tansiq::ui::setup {

// The office: its name (Arabic, and English when it has one), head office or field office, and
// the passphrase that protects its keys, typed twice. Says beside the fields what is missing
// before anything is created.
class OfficeStep : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMinimumPassphrase = 12;

    explicit OfficeStep(QWidget* parent = nullptr);

    void setTargetPath(const QString& path);
    // The answers when they are complete; otherwise nothing, with the reason shown.
    std::optional<OfficeChoice> validate();
    void setMessage(const QString& text);
    QString message() const;
    void clearPassphrases();

    QLineEdit* arabicName() const { return m_arabicName; }
    QLineEdit* englishName() const { return m_englishName; }
    QRadioButton* headOffice() const { return m_head; }
    QRadioButton* fieldOffice() const { return m_field; }
    QLineEdit* passphrase() const { return m_passphrase; }
    QLineEdit* repeat() const { return m_repeat; }

signals:
    void submitted();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QString m_targetPath;
    QLabel* m_title;
    QLabel* m_where;
    QLabel* m_arabicLabel;
    QLineEdit* m_arabicName;
    QLabel* m_englishLabel;
    QLineEdit* m_englishName;
    QLabel* m_kindLabel;
    QRadioButton* m_field;
    QLabel* m_fieldHint;
    QRadioButton* m_head;
    QLabel* m_headHint;
    QLabel* m_passphraseLabel;
    QLineEdit* m_passphrase;
    QLabel* m_repeatLabel;
    QLineEdit* m_repeat;
    QLabel* m_passphraseHint;
    QLabel* m_message;
};

} // namespace tansiq::ui::setup
