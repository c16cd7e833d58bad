// Settings, in Arabic: the database's path sits in its field on the reading (right) side like
// the other values, as a left-to-right isolate; a long one is elided in the middle with the
// whole path in the tooltip; a button copies it (issue 14).

#include "core/storage/Database.h"
#include "core/workspace/Workspace.h"
#include "tests/ui/GuiFixture.h"
#include "ui/settings/PathField.h"
#include "ui/settings/SettingsPage.h"
#include "ui/shell/MainWindow.h"

#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPushButton>

namespace tansiq::test {
namespace {

const QChar kLri(0x2066);
const QChar kPdi(0x2069);

class SettingsPathTest : public GuiFixture {
protected:
    ui::SettingsPage& settings()
    {
        window().showPage(QStringLiteral("settings"));
        settle();
        return *static_cast<ui::SettingsPage*>(window().page(QStringLiteral("settings")));
    }
};

// The horizontal extent of the label's dark pixels (its text), in its own coordinates.
std::pair<int, int> inkOf(QWidget& label)
{
    const QImage image = label.grab().toImage();
    int left = image.width();
    int right = -1;
    for (int x = 0; x < image.width(); ++x) {
        for (int y = 0; y < image.height(); ++y) {
            if (qGray(image.pixel(x, y)) < 128) {
                left = std::min(left, x);
                right = std::max(right, x);
                break;
            }
        }
    }
    return { left, right };
}

int rightEdge(const QWidget& widget, const QWidget& page)
{
    return widget.mapTo(&page, QPoint(widget.width(), 0)).x();
}

int leftEdge(const QWidget& widget, const QWidget& page)
{
    return widget.mapTo(&page, QPoint(0, 0)).x();
}

} // namespace

TEST_F(SettingsPathTest, TheDatabasePathReadsOnTheFormsSideAsAnIsolate)
{
    const QString path = QDir::toNativeSeparators(workspace().database().path());
    for (const char* language : { "ar", "en" }) {
        SCOPED_TRACE(language);
        display().setLanguage(QLatin1String(language));
        window().resize(1366, 768);
        ui::SettingsPage& page = settings();
        ui::PathLabel& label = *page.databaseField()->label();
        EXPECT_EQ(label.text(), kLri + path + kPdi); // room enough: whole
        EXPECT_EQ(label.toolTip(), kLri + path + kPdi);
        // The value's side of the form, like the language chooser above it.
        const QComboBox& chooser = *page.languageCombo();
        const auto [left, right] = inkOf(label);
        ASSERT_GE(right, 0) << "nothing drawn";
        if (display().isArabic()) {
            EXPECT_NEAR(rightEdge(label, page), rightEdge(chooser, page), 2);
            EXPECT_GE(right, label.width() - 8) << "the path is not on the right of its field";
            // The buttons follow it, further left.
            EXPECT_LE(rightEdge(*page.databaseField()->copyButton(), page), leftEdge(label, page));
        } else {
            EXPECT_NEAR(leftEdge(label, page), leftEdge(chooser, page), 2);
            EXPECT_LE(left, 8);
        }
    }
    // The copy button puts the whole path on the clipboard.
    settings().databaseField()->copyButton()->click();
    EXPECT_EQ(QGuiApplication::clipboard()->text(), path);
}

TEST_F(SettingsPathTest, ALongPathIsElidedInTheMiddleAndWholeInTheTooltip)
{
    const QString path = QStringLiteral("/home/coordinator/Documents/Tansiq/Deir ez-Zor field "
                                        "office/registries/2027/tansiq-deir-ez-zor.db");
    ui::PathField field(path);
    field.setLayoutDirection(Qt::RightToLeft);
    field.resize(360, field.sizeHint().height());
    field.show();
    QCoreApplication::processEvents();
    const QString shown = field.label()->text();
    EXPECT_TRUE(shown.startsWith(kLri + QStringLiteral("/home"))) << shown.toStdString();
    EXPECT_TRUE(shown.endsWith(QStringLiteral("zor.db") + kPdi)) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QChar(0x2026)) || shown.contains(QStringLiteral("...")))
        << shown.toStdString();
    EXPECT_LE(field.label()->fontMetrics().horizontalAdvance(shown), field.label()->width());
    EXPECT_EQ(field.label()->toolTip(), kLri + path + kPdi);
    // Given room again, it shows whole.
    field.resize(1200, field.height());
    QCoreApplication::processEvents();
    EXPECT_EQ(field.label()->text(), kLri + path + kPdi);
}

} // namespace tansiq::test
