#pragma once

#include "ui/common/NewPassphraseFields.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tansiq::ui::setup {

// A head office's certification key (docs/decisions/0061, 0085): the offline key every field
// office trusts, saved in a file of its own, usually on a USB stick kept apart from the laptop,
// with a passphrase of its own typed twice. Shown after the office step when "the head office"
// is chosen; says beside the fields what is missing before anything is written.
class CertificationKeyStep : public QWidget {
    Q_OBJECT
public:
    struct Choice {
        QString path;
        QByteArray passphrase;
    };

    explicit CertificationKeyStep(QWidget* parent = nullptr);

    void setKeyPath(const QString& path);
    QString keyPath() const { return m_path; }
    // The answers when complete (the passphrase strength-checked and not `officePassphrase`);
    // otherwise nothing, with the reason shown.
    std::optional<Choice> validate(const QByteArray& officePassphrase);
    void setMessage(const QString& text);
    QString message() const;
    void clearPassphrases();

    QPushButton* chooseButton() const { return m_choose; }
    QLabel* pathLabel() const { return m_pathShown; }
    QLineEdit* passphrase() const { return m_passphrase->passphrase(); }
    QLineEdit* repeat() const { return m_passphrase->repeat(); }

signals:
    // "Choose where…" was clicked: the assistant asks through its prompts.
    void chooseRequested();
    void submitted();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QString m_path;
    QLabel* m_title;
    QLabel* m_intro;
    QLabel* m_fileLabel;
    QLabel* m_pathShown;
    QPushButton* m_choose;
    std::unique_ptr<NewPassphraseFields> m_passphrase;
    QLabel* m_message;
};

} // namespace tansiq::ui::setup
