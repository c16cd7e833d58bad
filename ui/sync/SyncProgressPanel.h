#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace tansiq::ui {

class BackgroundJob;

// The in-page progress line of a running sync job: what it is doing, a busy bar (how many
// bundles are done when several are imported) and Cancel.
// Hidden while nothing runs.
class SyncProgressPanel : public QWidget {
    Q_OBJECT
public:
    explicit SyncProgressPanel(BackgroundJob& runner, QWidget* parent = nullptr);

    QPushButton* cancelButton() const { return m_cancel; }
    QString stepText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    BackgroundJob& m_runner;
    QLabel* m_step;
    QProgressBar* m_bar;
    QPushButton* m_cancel;
};

} // namespace tansiq::ui
