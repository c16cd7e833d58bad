#pragma once

#include "core/common/Result.h"

#include <QString>

#include <functional>

class QByteArray;
class QFormLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace tansiq::ui {

// A new passphrase typed twice, with its hint: the rows that creating an office and saving a
// certification key share. The form sets the texts (they differ) and the rule for "strong
// enough"; the fields check the same way for both: strong, then typed the same twice.
class NewPassphraseFields {
public:
    // `name` and `repeatName` are the two fields' object names (tests find them by name).
    NewPassphraseFields(QWidget* parent, const QString& name, const QString& repeatName);

    void addRows(QFormLayout* form) const;
    void setTexts(const QString& label, const QString& repeatLabel, const QString& hint);

    QLineEdit* passphrase() const { return m_passphrase; }
    QLineEdit* repeat() const { return m_repeat; }

    // Empty when the passphrase passes `strong` and was typed the same twice. Otherwise the
    // message to show, with the focus in the field to type again (the second one cleared when
    // the two differ). The typed bytes checked are wiped.
    QString problem(
        const std::function<Status(const QByteArray&)>& strong, const QString& notTheSame) const;
    // Clears both fields, wiping what they held.
    void clear() const;

private:
    QLabel* m_label;
    QLineEdit* m_passphrase;
    QLabel* m_repeatLabel;
    QLineEdit* m_repeat;
    QLabel* m_hint;
};

} // namespace tansiq::ui
