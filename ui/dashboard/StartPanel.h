#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace tansiq::ui {

// What an empty registry's dashboard shows instead of charts with nothing in them: where to
// start. Each button asks for one way in; the window decides how (StandardPages wires them).
class StartPanel : public QWidget {
    Q_OBJECT
public:
    enum class Start { Import, Add, Sample };

    explicit StartPanel(QWidget* parent = nullptr);

signals:
    void requested(tansiq::ui::StartPanel::Start start);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_title;
    QLabel* m_text;
    QPushButton* m_import;
    QPushButton* m_add;
    QPushButton* m_sample;
};

} // namespace tansiq::ui
