#pragma once

#include "core/interop/ExportFilter.h"
#include "core/registry/Sector.h"
#include "core/registry/Vocabulary.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace tansiq::ui {

class DateField;
class OrganisationCombo;
class SectorCombo;
class BackgroundJob;
struct UiContext;

// Exports the 4W as an HXL-tagged CSV or XLSX file: Arabic or English headers and names,
// filtered by sector, implementing organisation, the place selected in the interface and a
// period. Written on a worker thread with its own connection, with progress and Cancel; the
// file appears only when complete.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ExportDialog(UiContext& context, QWidget* parent = nullptr);
    ~ExportDialog() override;

    bool busy() const;
    interop::ExportFilter filter() const;
    Language language() const;
    bool xlsx() const;
    QString path() const; // with the format's extension added when it has none
    QString resultText() const;
    void setPath(const QString& path);

    void exportNow();
    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateState();
    void browse();
    // Why the period cannot be used (a date that is no date, an end before the start); empty
    // when it can, or when no period is asked for.
    QString periodProblem() const;

    UiContext& m_context;
    QList<Sector> m_sectors;
    QString m_placeName;
    QLabel* m_formatLabel;
    QComboBox* m_format;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QLabel* m_sectorLabel;
    SectorCombo* m_sector;
    QLabel* m_organisationLabel;
    OrganisationCombo* m_organisation;
    QCheckBox* m_onlyPlace;
    QCheckBox* m_period;
    DateField* m_from;
    DateField* m_to;
    QLabel* m_fileLabel;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QLabel* m_note;
    QLabel* m_result;
    QProgressBar* m_progressBar;
    QPushButton* m_export;
    QPushButton* m_close;
    QTimer* m_poll;
    BackgroundJob* m_job;
};

} // namespace tansiq::ui
