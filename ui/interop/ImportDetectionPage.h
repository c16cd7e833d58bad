#pragma once

#include "ui/interop/ImportSteps.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace tansiq::ui {

class DisplaySettings;

// Wizard step after reading: what Tansiq found in the file — format, encoding, delimiter or
// sheet, how many rows, whether and where the HXL hashtag row is, the human header rows
// above it, which columns were recognised and which are ignored — and what comes next.
class ImportDetectionPage : public QWidget {
    Q_OBJECT
public:
    ImportDetectionPage(const DisplaySettings& display, QWidget* parent = nullptr);

    void setDetection(const Detection& detection);
    QString text() const; // every line shown, for tests

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showDetection();

    const DisplaySettings& m_display;
    Detection m_detection;
    QFormLayout* m_form;
    QList<QLabel*> m_names;
    QList<QLabel*> m_values;
    QLabel* m_next;
};

} // namespace tansiq::ui
