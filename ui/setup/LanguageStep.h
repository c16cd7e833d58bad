#pragma once

#include <QWidget>

class QLabel;
class QRadioButton;

namespace tansiq::ui {
class DisplaySettings;
}

namespace tansiq::ui::setup {

// First question of the first launch: the interface language. Each choice is written in its
// own language; choosing one switches the whole assistant at once (and is remembered).
class LanguageStep : public QWidget {
    Q_OBJECT
public:
    explicit LanguageStep(DisplaySettings& display, QWidget* parent = nullptr);

    QRadioButton* arabic() const { return m_arabic; }
    QRadioButton* english() const { return m_english; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    DisplaySettings& m_display;
    QLabel* m_welcome;
    QLabel* m_intro;
    QLabel* m_question;
    QRadioButton* m_arabic;
    QRadioButton* m_english;
};

} // namespace tansiq::ui::setup
