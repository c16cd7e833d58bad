#pragma once

#include <QWidget>

class QCommandLinkButton;
class QLabel;

namespace tansiq::ui::setup {

// The two ways to start: the office's own registry (reference data only), or a separate file
// of invented data to explore. Nothing is written until a later step.
class ChoiceStep : public QWidget {
    Q_OBJECT
public:
    explicit ChoiceStep(QWidget* parent = nullptr);

    QCommandLinkButton* registryButton() const { return m_registry; }
    QCommandLinkButton* sampleButton() const { return m_sample; }

signals:
    void registryChosen();
    void sampleChosen();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_title;
    QLabel* m_intro;
    QCommandLinkButton* m_registry;
    QCommandLinkButton* m_sample;
};

} // namespace tansiq::ui::setup
