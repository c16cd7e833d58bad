#include "ui/settings/PathField.h"

#include "ui/common/DisplaySettings.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QPushButton>
#include <QUrl>

#include <algorithm>

namespace tansiq::ui {

PathLabel::PathLabel(QWidget* parent) : QLabel(parent)
{
    // Plain text drawn in the widget's direction: a selectable label's document would take the
    // path's own (left-to-right) direction and put it at the far left of a right-to-left form.
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void PathLabel::setPath(const QString& path)
{
    m_path = QDir::toNativeSeparators(path);
    setToolTip(DisplaySettings::leftToRight(m_path));
    updateGeometry();
    shorten();
}

QSize PathLabel::sizeHint() const
{
    const QMargins margins = contentsMargins();
    return { fontMetrics().horizontalAdvance(DisplaySettings::leftToRight(m_path)) + 2 * margin()
            + margins.left() + margins.right() + 4,
        QLabel::sizeHint().height() };
}

QSize PathLabel::minimumSizeHint() const
{
    // Room for the start and the end of a path around the ellipsis.
    return { fontMetrics().averageCharWidth() * 16, QLabel::minimumSizeHint().height() };
}

void PathLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    shorten();
}

void PathLabel::shorten()
{
    const int room = contentsRect().width() - 2 * margin() - 2;
    setText(DisplaySettings::leftToRight(
        fontMetrics().elidedText(m_path, Qt::ElideMiddle, std::max(room, 0))));
}

PathField::PathField(const QString& path, QWidget* parent) : QWidget(parent)
{
    m_label = new PathLabel(this);
    m_label->setObjectName(QStringLiteral("path"));
    m_label->setPath(path);
    m_copy = new QPushButton(this);
    m_copy->setObjectName(QStringLiteral("copyPath"));
    m_folder = new QPushButton(this);
    m_folder->setObjectName(QStringLiteral("openFolder"));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    // The buttons follow the path; the path gives up room (elided) only when the row lacks it.
    row->addWidget(m_label);
    row->addWidget(m_copy);
    row->addWidget(m_folder);
    row->addStretch(1);
    connect(m_copy, &QPushButton::clicked, this,
        [this] { QGuiApplication::clipboard()->setText(m_label->path()); });
    connect(m_folder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_label->path()).absolutePath()));
    });
    retranslate();
}

void PathField::retranslate()
{
    m_copy->setText(tr("Copy path"));
    m_folder->setText(tr("Open folder"));
}

} // namespace tansiq::ui
