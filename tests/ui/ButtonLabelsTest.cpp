// A push button with an icon shows its text beside the icon, the two centred together, in
// both directions (issue 14, item 5). In a right-to-left application Qt put the text at the
// button's far left edge, away from its icon, where «إلغاء» and «حفظ» touched the frame.
// Measured on the pixels Qt paints.

#include <QApplication>
#include <QImage>
#include <QPushButton>
#include <QStyle>
#include <QStyleOptionButton>

#include <cstdlib>
#include <gtest/gtest.h>

namespace tansiq::test {
namespace {

struct Ink {
    int left = -1; // blank columns between the contents' left edge and the first ink
    int right = -1; // and between the last ink and the contents' right edge
};

Ink inkOf(QPushButton& button)
{
    const QImage image = button.grab().toImage().convertToFormat(QImage::Format_RGB32);
    QStyleOptionButton option;
    option.initFrom(&button);
    const QRect contents = button.style()
                               ->subElementRect(QStyle::SE_PushButtonContents, &option, &button)
                               .adjusted(1, 3, -1, -3)
        & image.rect();
    const QRgb background = image.pixel(contents.left(), contents.center().y());
    const auto isInk = [&](int x) {
        for (int y = contents.top(); y <= contents.bottom(); ++y) {
            const QRgb p = image.pixel(x, y);
            if (std::abs(qRed(p) - qRed(background)) + std::abs(qGreen(p) - qGreen(background))
                    + std::abs(qBlue(p) - qBlue(background))
                > 90)
                return true;
        }
        return false;
    };
    Ink ink;
    for (int x = contents.left(); x <= contents.right(); ++x) {
        if (isInk(x)) {
            if (ink.left < 0)
                ink.left = x - contents.left();
            ink.right = contents.right() - x;
        }
    }
    return ink;
}

// The whole application in the direction, as the language switch sets it.
class ButtonLabelsTest : public ::testing::TestWithParam<Qt::LayoutDirection> {
protected:
    void SetUp() override { QApplication::setLayoutDirection(GetParam()); }
    void TearDown() override { QApplication::setLayoutDirection(Qt::LeftToRight); }
};

} // namespace

TEST_P(ButtonLabelsTest, TheTextStaysBesideItsIconAndBothAreCentred)
{
    for (const QString& text : { QStringLiteral("إلغاء"), QStringLiteral("حفظ"),
             QStringLiteral("Cancel"), QStringLiteral("Save") }) {
        QPushButton button(text);
        button.setIcon(button.style()->standardIcon(QStyle::SP_DialogCancelButton));
        // Wider than it needs, as in a dialog's button box.
        button.resize(button.sizeHint().width() + 60, button.sizeHint().height());
        ASSERT_EQ(button.layoutDirection(), GetParam());
        const Ink ink = inkOf(button);
        ASSERT_GE(ink.left, 0) << text.toStdString();
        EXPECT_NEAR(ink.left, ink.right, 4) << text.toStdString() << ": the label is off centre";
        EXPECT_GE(std::min(ink.left, ink.right), 20) << text.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(
    BothDirections, ButtonLabelsTest, ::testing::Values(Qt::RightToLeft, Qt::LeftToRight));

} // namespace tansiq::test
