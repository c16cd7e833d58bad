#include "ui/dashboard/StartPanel.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tansiq::ui {

StartPanel::StartPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("startPanel"));
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("startText"));
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignHCenter);
    m_import = new QPushButton(this);
    m_import->setObjectName(QStringLiteral("startImport"));
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("startAdd"));
    m_sample = new QPushButton(this);
    m_sample->setObjectName(QStringLiteral("startSample"));
    connect(m_import, &QPushButton::clicked, this, [this] { emit requested(Start::Import); });
    connect(m_add, &QPushButton::clicked, this, [this] { emit requested(Start::Add); });
    connect(m_sample, &QPushButton::clicked, this, [this] { emit requested(Start::Sample); });

    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    // Not aligned in the layout: a wrapped label only gets the height of its lines when it
    // spans the width it wraps in (an aligned one keeps its one-line size hint and is cut).
    layout->addWidget(m_text);
    layout->addSpacing(12);
    for (QPushButton* button : { m_import, m_add, m_sample }) {
        button->setMinimumWidth(320);
        layout->addWidget(button, 0, Qt::AlignHCenter);
    }
    layout->addStretch(2);
    retranslate();
}

void StartPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StartPanel::retranslate()
{
    m_title->setText(tr("This registry has no activities yet"));
    m_text->setText(tr("Start with the partners' 4W tables, add activities one by one, or explore "
                       "Tansiq with invented sample data."));
    m_import->setText(tr("Import a 4W table…"));
    m_add->setText(tr("Add an activity…"));
    m_sample->setText(tr("Open the sample data"));
}

} // namespace tansiq::ui
