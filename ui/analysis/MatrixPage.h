#pragma once

#include "core/common/Result.h"
#include "ui/analysis/MatrixSpec.h"
#include "ui/common/Page.h"

#include <QPointer>

#include <memory>

class QComboBox;
class QLabel;
class QModelIndex;
class QPushButton;
class QTableView;

namespace tansiq::engine {
class PivotTableModel;
struct Snapshot;
} // namespace tansiq::engine

namespace tansiq::ui {

class DigitsProxy;
class DrillDialog;
struct AnalysisCatalog;
struct UiContext;

// The pivot builder: rows and columns (any dimension, or none), a measure, filters (sector,
// organisation, status, the place chosen anywhere in the window) and a period; the table with
// totals; the activities behind any cell; the view exported to CSV. Computed on the analysis
// thread from the engine's snapshot, so a million activities never freeze the window.
class MatrixPage : public Page {
    Q_OBJECT
public:
    explicit MatrixPage(UiContext& context, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("matrix"); }
    QString title() const override { return tr("Matrix"); }
    void refresh() override;
    bool busy() const override { return m_pending > 0; }

    MatrixSpec spec() const;
    void setSpec(const MatrixSpec& spec); // chooses in the lists and recomputes
    const engine::PivotTableModel& model() const { return *m_model; }
    QTableView* table() const { return m_table; }
    // Opens the activities behind the cell (view index) once they are collected.
    void drillDown(const QModelIndex& index);
    DrillDialog* drillDialog() const;
    Status exportTo(const QString& path) const;

protected:
    void retranslate() override;

private:
    void buildControls();
    void fillDimensions();
    void fillCatalog(const AnalysisCatalog& catalog);
    void exportAsked();
    void updateSummary();

    UiContext& m_context;
    QComboBox* m_rows;
    QComboBox* m_columns;
    QComboBox* m_measure;
    QLabel* m_measureHelp;
    QComboBox* m_sector;
    QComboBox* m_organisation;
    QComboBox* m_status;
    QComboBox* m_from;
    QComboBox* m_to;
    QLabel* m_place;
    QPushButton* m_clearPlace;
    QPushButton* m_drillButton;
    QPushButton* m_export;
    QLabel* m_summary;
    QList<QLabel*> m_captions;
    QTableView* m_table;
    engine::PivotTableModel* m_model;
    DigitsProxy* m_proxy;
    std::shared_ptr<const engine::Snapshot> m_shown; // the snapshot the table was computed on
    QString m_placeName;
    QPointer<DrillDialog> m_drill;
    int m_request = 0;
    int m_pending = 0;
};

} // namespace tansiq::ui
