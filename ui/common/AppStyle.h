#pragma once

#include <QProxyStyle>

namespace tansiq::ui {

// The application's style: the platform's (or Fusion) with the metrics Arabic text needs.
// - A push button is always wide enough for its text as shaped (Arabic glyphs reach beyond
//   their advance), its icon, the spacing between them and the style's margins: Save, Cancel
//   («إلغاء»), Yes/No, Close and the file dialogs' buttons are never clipped, in either
//   direction and whatever icons the desktop adds to dialog buttons.
// - A menu item keeps a gap between its label and its shortcut («استيراد…    Ctrl+I»).
// - A right-to-left button with an icon draws its text beside the icon: Qt 6.4 aligns that
//   text right without Qt::AlignAbsolute, which a right-to-left painter mirrors, so «حفظ» was
//   drawn against the far edge and clipped (the file dialogs' Save and Cancel; issue 14).
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

    QSize sizeFromContents(ContentsType type, const QStyleOption* option, const QSize& size,
        const QWidget* widget) const override;
    void drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
        const QWidget* widget) const override;
};

} // namespace tansiq::ui
