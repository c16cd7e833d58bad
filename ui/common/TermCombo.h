#pragma once

#include "core/registry/Vocabulary.h"

#include <QComboBox>

namespace tansiq::ui {

class DisplaySettings;

// A combo box over one of core's closed vocabularies: shows the label in the interface
// language, stores the code. Re-labels itself when the language changes.
class TermCombo : public QComboBox {
    Q_OBJECT
public:
    TermCombo(Vocabulary vocabulary, const DisplaySettings& display, QWidget* parent = nullptr);
    // Over another closed list (the registration vocabularies).
    TermCombo(const QList<Term>& terms, const DisplaySettings& display, QWidget* parent = nullptr);

    QString code() const { return currentData().toString(); }
    void setCode(const QString& code);
    void relabel();

private:
    QList<Term> m_terms;
    const DisplaySettings& m_display;
};

} // namespace tansiq::ui
