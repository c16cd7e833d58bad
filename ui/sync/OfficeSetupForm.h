#pragma once

#include "ui/common/NewPassphraseFields.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tansiq::ui {

// The form that sets this installation up as an office: its name, head office or not, and
// the passphrase twice. Checks what it can before anything is created (name given, the two
// passphrases equal, long enough) and says what is wrong beside the fields.
class OfficeSetupForm : public QWidget {
    Q_OBJECT
public:
    explicit OfficeSetupForm(QWidget* parent = nullptr);

    void setOfficeName(const QString& name);
    // False where the page already has the office's name field (Settings): one name, one
    // field; the form then uses the name it is given.
    void setNameShown(bool shown);
    void clearPassphrases();
    void setMessage(const QString& text);
    void setBusy(bool busy);
    // Validates and, when the input is complete, emits createRequested.
    void submit();

    QLineEdit* nameField() const { return m_name; }
    QCheckBox* headOfficeBox() const { return m_headOffice; }
    QLineEdit* passphraseField() const { return m_passphrase->passphrase(); }
    QLineEdit* repeatField() const { return m_passphrase->repeat(); }
    QPushButton* createButton() const { return m_create; }
    QString message() const;

signals:
    void createRequested(const QString& name, bool headOffice, const QByteArray& passphrase);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_intro;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QFormLayout* m_form;
    bool m_nameShown = true;
    QCheckBox* m_headOffice;
    std::unique_ptr<NewPassphraseFields> m_passphrase;
    QLabel* m_message;
    QPushButton* m_create;
};

} // namespace tansiq::ui
