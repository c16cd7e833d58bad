#include "ui/common/TermCombo.h"

#include "ui/common/DisplaySettings.h"

namespace tansiq::ui {

TermCombo::TermCombo(Vocabulary vocabulary, const DisplaySettings& display, QWidget* parent)
    : TermCombo(terms(vocabulary), display, parent)
{
}

TermCombo::TermCombo(const QList<Term>& terms, const DisplaySettings& display, QWidget* parent)
    : QComboBox(parent), m_terms(terms), m_display(display)
{
    for (const Term& term : m_terms)
        addItem(QString(), term.code);
    relabel();
}

void TermCombo::setCode(const QString& code)
{
    const int index = findData(code);
    if (index >= 0)
        setCurrentIndex(index);
}

void TermCombo::relabel()
{
    const QList<Term>& list = m_terms;
    for (int i = 0; i < count() && i < list.size(); ++i)
        setItemText(i, m_display.pick(list.at(i).nameEn, list.at(i).nameAr));
}

} // namespace tansiq::ui
