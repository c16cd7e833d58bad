#pragma once

#include <QFrame>

class QLabel;

namespace tansiq::ui {

// One key figure on the dashboard: a large number over its caption.
class KeyFigureTile : public QFrame {
    Q_OBJECT
public:
    explicit KeyFigureTile(QWidget* parent = nullptr);

    void setCaption(const QString& caption);
    void setValue(const QString& value);
    QString value() const;

private:
    QLabel* m_value;
    QLabel* m_caption;
};

} // namespace tansiq::ui
