#include "DateField.h"

#include "DisplaySettings.h"
#include "common/Dates.h"

namespace tansiq::ui {

DateField::DateField(Kind kind, const DisplaySettings& display, QWidget* parent)
    : QLineEdit(parent), m_kind(kind), m_display(display)
{
    // Once typed, a date is re-drawn in the user's digits and in reading order.
    connect(this, &QLineEdit::editingFinished, this, &DateField::tidy);
    relabel();
}

void DateField::setIsoText(const QString& iso)
{
    setText(m_display.digitsOf(iso));
}

QString DateField::isoText() const
{
    return m_kind == Kind::Day ? dates::typedDate(text()) : dates::typedMonth(text());
}

void DateField::tidy()
{
    const bool valid = m_kind == Kind::Day ? dates::readDate(text()).has_value()
                                           : dates::readMonth(text()).has_value();
    if (valid)
        setIsoText(isoText());
}

void DateField::relabel()
{
    setPlaceholderText(m_display.digitsOf(
        m_kind == Kind::Day ? QStringLiteral("2026-10-31") : QStringLiteral("2026-10")));
    tidy();
}

} // namespace tansiq::ui
