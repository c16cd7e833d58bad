#include "ui/sync/SyncProgressPanel.h"

#include "ui/common/BackgroundJob.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

#include <climits>

namespace tansiq::ui {

SyncProgressPanel::SyncProgressPanel(BackgroundJob& runner, QWidget* parent)
    : QWidget(parent), m_runner(runner)
{
    m_step = new QLabel(this);
    m_step->setWordWrap(true);
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 0); // the core reports steps; a count only for several bundles
    m_bar->setMaximumWidth(220);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelSync"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_step, 1);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    setVisible(false);

    connect(&runner, &BackgroundJob::started, this, [this](const QString& step) {
        m_step->setText(step);
        m_bar->setRange(0, 0);
        m_cancel->setEnabled(true);
        setVisible(true);
    });
    connect(&runner, &BackgroundJob::stepChanged, m_step, &QLabel::setText);
    // Several bundles: how many of them are done.
    connect(&runner, &BackgroundJob::progressChanged, this, [this](qint64 done, qint64 total) {
        if (total <= 0 || total > INT_MAX)
            return;
        m_bar->setRange(0, int(total));
        m_bar->setValue(int(qMin(done, total)));
    });
    connect(&runner, &BackgroundJob::finished, this, [this] { setVisible(false); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_runner.cancel();
        m_cancel->setEnabled(false);
        m_step->setText(tr("Cancelling… the operation stops at its next safe point."));
    });
    retranslate();
}

QString SyncProgressPanel::stepText() const
{
    return m_step->text();
}

void SyncProgressPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SyncProgressPanel::retranslate()
{
    m_cancel->setText(tr("Cancel"));
}

} // namespace tansiq::ui
