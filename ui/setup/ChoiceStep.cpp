#include "ui/setup/ChoiceStep.h"

#include "ui/setup/StepStyle.h"

#include <QCommandLinkButton>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace tansiq::ui::setup {

ChoiceStep::ChoiceStep(QWidget* parent) : QWidget(parent)
{
    m_title = heading(this);
    m_intro = paragraph(this);
    m_registry = new QCommandLinkButton(this);
    m_registry->setObjectName(QStringLiteral("chooseRegistry"));
    m_sample = new QCommandLinkButton(this);
    m_sample->setObjectName(QStringLiteral("chooseSample"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addSpacing(8);
    layout->addWidget(m_registry);
    layout->addWidget(m_sample);
    layout->addStretch();
    connect(m_registry, &QCommandLinkButton::clicked, this, &ChoiceStep::registryChosen);
    connect(m_sample, &QCommandLinkButton::clicked, this, &ChoiceStep::sampleChosen);
    retranslate();
}

void ChoiceStep::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ChoiceStep::retranslate()
{
    m_title->setText(tr("How do you want to start?"));
    m_intro->setText(
        tr("Your office's registry holds only what your office enters or receives from "
           "other offices. Sample data lives in a file of its own."));
    m_registry->setText(tr("Set up this office's registry"));
    m_registry->setDescription(
        tr("Starts with the places of Syria (governorates to communities, with "
           "their P-codes) and the sector and activity lists, and no "
           "organisations, projects or activities yet. For a head office or a "
           "field office."));
    m_sample->setText(tr("Explore with sample data"));
    m_sample->setDescription(
        tr("A separate file with invented partners, projects and activities, to "
           "try every page. It is never your registry, and nothing from it can be "
           "sent to other offices."));
}

} // namespace tansiq::ui::setup
