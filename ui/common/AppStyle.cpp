#include "ui/common/AppStyle.h"

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

int AppStyle::shortcutGap(const QFontMetrics& metrics)
{
    return 2 * metrics.averageCharWidth();
}

int AppStyle::menuItemWidth(
    const QStyleOptionMenuItem& item, const QSize& size, const QWidget* widget) const
{
    // QMenu measures its items one by one and passes, as reservedShortcutWidth, the widest
    // shortcut among the items measured so far (0 for the first item with one); it paints them
    // all with the widest of the whole menu, after adding that width to the menu once more.
    // Fusion adds the reserved width to the item and keeps only about 3 px between the label's
    // end and the shortcut column (its tab spacing goes to the margins it paints), and it
    // paints labels unclipped: the widest label, measured before a wider shortcut, ran into its
    // shortcut («استيراد جدول 4W…Ctrl+I»). The item's width is therefore taken without the
    // partial reservation, whatever order Qt measured in, plus a gap of two average letters.
    QStyleOptionMenuItem unreserved(item);
    unreserved.reservedShortcutWidth = 0;
    const QSize base = QProxyStyle::sizeFromContents(CT_MenuItem, &unreserved, size, widget);
    return base.width() + shortcutGap(item.fontMetrics);
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

void AppStyle::drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
    const QWidget* widget) const
{
    // QCommonStyle lays an icon and its text out as one centred group and, right to left, asks
    // for the text right-aligned against the icon; but the painter of a right-to-left
    // application mirrors a non-absolute AlignRight, so the text went to the button's far left
    // edge, away from its icon and against the frame. The alignment is made absolute for that
    // one call.
    const auto* button = qstyleoption_cast<const QStyleOptionButton*>(option);
    m_buttonLabelRightToLeft = element == CE_PushButtonLabel && button && !button->icon.isNull()
        && !button->text.isEmpty() && button->direction == Qt::RightToLeft;
    QProxyStyle::drawControl(element, option, painter, widget);
    m_buttonLabelRightToLeft = false;
}

void AppStyle::drawItemText(QPainter* painter, const QRect& rect, int flags,
    const QPalette& palette, bool enabled, const QString& text, QPalette::ColorRole textRole) const
{
    if (m_buttonLabelRightToLeft && (flags & Qt::AlignRight))
        flags |= Qt::AlignAbsolute;
    QProxyStyle::drawItemText(painter, rect, flags, palette, enabled, text, textRole);
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
                result.setWidth(menuItemWidth(*item, size, widget));
        }
    }
    return result;
}

} // namespace tansiq::ui
