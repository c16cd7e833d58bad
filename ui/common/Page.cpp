#include "ui/common/Page.h"

#include <QEvent>

namespace tansiq::ui {

void Page::changeEvent(QEvent* event)
{
    // The layout direction changes with the language; texts placed by direction follow it.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LayoutDirectionChange) {
        retranslate();
        emit titleChanged();
    }
    QWidget::changeEvent(event);
}

bool Page::deferredWhileHidden()
{
    m_stale = !isVisible();
    return m_stale;
}

void Page::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

} // namespace tansiq::ui
