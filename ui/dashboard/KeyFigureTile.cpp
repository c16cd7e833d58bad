#include "ui/dashboard/KeyFigureTile.h"

#include <QLabel>
#include <QVBoxLayout>

namespace tansiq::ui {

KeyFigureTile::KeyFigureTile(QWidget* parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("tansiq--ui--KeyFigureTile { background: #f4f8fb; border: 1px "
                                 "solid #d5e1ea; border-radius: 6px; }"));
    m_value = new QLabel(QStringLiteral("…"), this);
    m_value->setObjectName(QStringLiteral("value"));
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.9);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setStyleSheet(QStringLiteral("color: #1f4e79;"));
    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_value, 0, Qt::AlignHCenter);
    layout->addWidget(m_caption, 0, Qt::AlignHCenter);
    setMinimumWidth(150);
}

void KeyFigureTile::setCaption(const QString& caption)
{
    m_caption->setText(caption);
}

void KeyFigureTile::setValue(const QString& value)
{
    m_value->setText(value);
}

QString KeyFigureTile::value() const
{
    return m_value->text();
}

} // namespace tansiq::ui
