#include "AppStyle.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOptionButton>
#include <QStyleOptionMenuItem>

#include <algorithm>

namespace tansiq::ui {

namespace {
constexpr int iconSpacing = 4; // what QPushButton and QCommonStyle put between icon and text
constexpr int shortcutGap = 24; // between a menu label and its shortcut

QString withoutMnemonic(QString text)
{
    // "&Yes" shows "Yes"; "&&" shows one "&".
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}
} // namespace

AppStyle::AppStyle(QStyle* base) : QProxyStyle(base)
{
}

void AppStyle::install()
{
    if (qobject_cast<AppStyle*>(QApplication::style()))
        return;
    // QProxyStyle takes the style it wraps; a fresh one of the same kind, as Qt chose it.
    QStyle* base = QStyleFactory::create(QApplication::style()->name());
    QApplication::setStyle(new AppStyle(base));
}

int AppStyle::buttonWidthNeeded(
    const QFontMetrics& metrics, const QString& text, int iconWidth, const QStyle* style)
{
    const QString shown = withoutMnemonic(text);
    // The advance is where the next glyph would start; the ink of Arabic finals (ـاء, ـي)
    // can reach past it: take whichever is wider.
    const int textWidth
        = std::max(metrics.horizontalAdvance(shown), metrics.boundingRect(shown).width());
    int width = textWidth;
    if (iconWidth > 0)
        width += iconWidth + iconSpacing;
    const int margin = style->pixelMetric(QStyle::PM_ButtonMargin);
    const int frame = style->pixelMetric(QStyle::PM_DefaultFrameWidth);
    return width + 2 * (margin + frame);
}

QSize AppStyle::sizeFromContents(
    ContentsType type, const QStyleOption* option, const QSize& size, const QWidget* widget) const
{
    QSize result = QProxyStyle::sizeFromContents(type, option, size, widget);
    if (type == CT_PushButton) {
        if (const auto* button = qstyleoption_cast<const QStyleOptionButton*>(option)) {
            const int icon = button->icon.isNull() ? 0 : button->iconSize.width();
            result.setWidth(std::max(
                result.width(), buttonWidthNeeded(button->fontMetrics, button->text, icon, this)));
        }
    } else if (type == CT_MenuItem) {
        if (const auto* item = qstyleoption_cast<const QStyleOptionMenuItem*>(option)) {
            if (item->text.contains(QLatin1Char('\t')))
                result.setWidth(result.width() + shortcutGap);
        }
    }
    return result;
}

void AppStyle::drawControl(
    ControlElement element, const QStyleOption* option, QPainter* painter, const QWidget* widget) const
{
    const auto* button = qstyleoption_cast<const QStyleOptionButton*>(option);
    if (element != CE_PushButtonLabel || !button || button->direction != Qt::RightToLeft
        || button->icon.isNull() || button->text.isEmpty()
        || (button->features & QStyleOptionButton::HasMenu)) {
        QProxyStyle::drawControl(element, option, painter, widget);
        return;
    }
    // As QCommonStyle centres icon and text together, mirrored for right to left: the icon on
    // the right of the pair, the text ending just left of it (AlignAbsolute: really right).
    int flags = Qt::AlignVCenter | Qt::TextShowMnemonic | Qt::AlignRight | Qt::AlignAbsolute;
    if (!styleHint(SH_UnderlineShortcut, button, widget))
        flags |= Qt::TextHideMnemonic;
    QIcon::Mode mode = (button->state & State_Enabled) ? QIcon::Normal : QIcon::Disabled;
    if (mode == QIcon::Normal && (button->state & State_HasFocus))
        mode = QIcon::Active;
    const QIcon::State state = (button->state & State_On) ? QIcon::On : QIcon::Off;
    const QPixmap pixmap = button->icon.pixmap(
        button->iconSize, painter->device()->devicePixelRatio(), mode, state);
    const QSize icon = pixmap.deviceIndependentSize().toSize();
    const QRect area = button->rect;
    const int textWidth = std::max(button->fontMetrics.boundingRect(area, flags, button->text).width(),
        button->fontMetrics.horizontalAdvance(withoutMnemonic(button->text)));
    const int labelWidth = icon.width() + iconSpacing + textWidth;
    const int left = area.x() + std::max(0, (area.width() - labelWidth) / 2);
    const QRect iconRect(left + labelWidth - icon.width(),
        area.y() + (area.height() - icon.height()) / 2, icon.width(), icon.height());
    QRect textRect = area;
    textRect.setLeft(std::min(left, iconRect.left()));
    textRect.setRight(iconRect.left() - iconSpacing);
    painter->drawPixmap(iconRect, pixmap);
    drawItemText(painter, textRect, flags, button->palette, button->state & State_Enabled,
        button->text, QPalette::ButtonText);
}

} // namespace tansiq::ui
