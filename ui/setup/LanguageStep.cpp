#include "ui/setup/LanguageStep.h"

#include "ui/common/DisplaySettings.h"
#include "ui/setup/StepStyle.h"

#include <QEvent>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace tansiq::ui::setup {

LanguageStep::LanguageStep(DisplaySettings& display, QWidget* parent)
    : QWidget(parent), m_display(display)
{
    m_welcome = heading(this);
    m_intro = paragraph(this);
    m_question = paragraph(this);
    m_arabic = new QRadioButton(QStringLiteral("العربية"), this);
    m_arabic->setObjectName(QStringLiteral("languageArabic"));
    m_english = new QRadioButton(QStringLiteral("English"), this);
    m_english->setObjectName(QStringLiteral("languageEnglish"));
    for (QRadioButton* choice : { m_arabic, m_english }) {
        QFont font = choice->font();
        font.setPointSizeF(font.pointSizeF() * 1.3);
        choice->setFont(font);
    }
    (display.isArabic() ? m_arabic : m_english)->setChecked(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_welcome);
    layout->addWidget(m_intro);
    layout->addSpacing(12);
    layout->addWidget(m_question);
    layout->addWidget(m_arabic);
    layout->addWidget(m_english);
    layout->addStretch();

    connect(m_arabic, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            m_display.setLanguage(QStringLiteral("ar"));
    });
    connect(m_english, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            m_display.setLanguage(QStringLiteral("en"));
    });
    retranslate();
}

void LanguageStep::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LanguageStep::retranslate()
{
    m_welcome->setText(tr("Welcome to Tansiq"));
    m_intro->setText(
        tr("Tansiq keeps your coordination office's 4W registry: who does what, where "
           "and when. It works without the internet; offices exchange their changes on "
           "USB sticks."));
    m_question->setText(tr("In which language do you want to work? You can change it later in "
                           "Settings."));
}

} // namespace tansiq::ui::setup
