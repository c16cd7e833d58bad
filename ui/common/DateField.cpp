#include "ui/common/DateField.h"

#include "core/common/Dates.h"
#include "ui/common/DisplaySettings.h"

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

bool DateField::isDate() const
{
    return m_kind == Kind::Day ? dates::readDate(text()).has_value()
                               : dates::readMonth(text()).has_value();
}

QString DateField::shownText() const
{
    return isDate() ? m_display.digitsOf(isoText())
                    : DisplaySettings::inTypingOrder(text().trimmed());
}

void DateField::tidy()
{
    if (isDate())
        setIsoText(isoText());
    else if (const QString ordered = DisplaySettings::inTypingOrder(text()); ordered != text())
        setText(ordered); // what is no date yet still reads as it was typed
}

void DateField::relabel()
{
    setPlaceholderText(m_display.digitsOf(
        m_kind == Kind::Day ? QStringLiteral("2026-10-31") : QStringLiteral("2026-10")));
    tidy();
}

} // namespace tansiq::ui
