#pragma once

#include <QProxyStyle>

class QStyleOptionMenuItem;

namespace tansiq::ui {

// The application's style: the platform's (or Fusion) with the metrics Arabic text needs.
// - A push button is always wide enough for its text as shaped (Arabic glyphs reach beyond
//   their advance), its icon, the spacing between them and the style's margins: Save, Cancel
//   («إلغاء»), Yes/No, Close and the file dialogs' buttons are never clipped, in either
//   direction and whatever icons the desktop adds to dialog buttons.
// - A menu item keeps a gap between its label and its shortcut («استيراد…    Ctrl+I»),
//   whatever the order in which QMenu measured its items (decision 0113).
// - A right-to-left push button with an icon shows its text beside the icon, not pushed to the
//   button's far edge where Arabic letters touched the frame («حفظ», «إلغاء»).
// Installed once for the whole application (main and the GUI tests), never per dialog.
class AppStyle : public QProxyStyle {
    Q_OBJECT
public:
    explicit AppStyle(QStyle* base = nullptr);

    // Wraps the current application style.
    static void install();
    // The width a push button needs to show `text` and an icon of `iconWidth` (0: none) in
    // `metrics` without clipping, margins and frame included. The tests check buttons with it.
    static int buttonWidthNeeded(
        const QFontMetrics& metrics, const QString& text, int iconWidth, const QStyle* style);

    // The clear gap kept between a menu label and its shortcut, in `metrics`.
    static int shortcutGap(const QFontMetrics& metrics);

    void drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
        const QWidget* widget) const override;
    void drawItemText(QPainter* painter, const QRect& rect, int flags, const QPalette& palette,
        bool enabled, const QString& text, QPalette::ColorRole textRole) const override;

    QSize sizeFromContents(ContentsType type, const QStyleOption* option, const QSize& size,
        const QWidget* widget) const override;

private:
    // Set while a right-to-left push button with an icon draws its label (see drawControl).
    mutable bool m_buttonLabelRightToLeft = false;
    int menuItemWidth(
        const QStyleOptionMenuItem& item, const QSize& size, const QWidget* widget) const;
};

} // namespace tansiq::ui
