#pragma once

#include "ui/analysis/ActivityLines.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace tansiq::ui {

class DisplaySettings;

// The activities behind a figure (a pivot cell): what they are, where, when and by whom. At
// most a few thousand are listed; the caption says how many there are in all.
class DrillDialog : public QDialog {
    Q_OBJECT
public:
    DrillDialog(const DisplaySettings& display, const QString& what, ActivityLines lines,
        QWidget* parent = nullptr);

    const ActivityLinesModel& model() const { return *m_model; }
    qint64 total() const { return m_total; }
    QString caption() const;

private:
    ActivityLinesModel* m_model;
    QLabel* m_caption;
    qint64 m_total;
};

} // namespace tansiq::ui
