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

} // namespace tansiq::ui
