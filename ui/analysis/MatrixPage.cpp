#include "ui/analysis/MatrixPage.h"

#include "core/engine/PivotEngine.h"
#include "core/engine/PivotTableModel.h"
#include "core/engine/Snapshot.h"
#include "ui/analysis/AnalysisCatalog.h"
#include "ui/analysis/DigitsProxy.h"
#include "ui/analysis/DrillDialog.h"
#include "ui/analysis/PivotCsv.h"
#include "ui/common/DisplaySettings.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/PlaceSelection.h"
#include "ui/common/Prompts.h"
#include "ui/common/SnapshotService.h"
#include "ui/common/UiContext.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

namespace tansiq::ui {

using namespace tansiq::engine;

namespace {

constexpr int kDrillCap = 5000; // lines listed behind one cell; the caption gives the total

struct MatrixAnswer {
    std::shared_ptr<const Snapshot> snapshot;
    PivotResult result;
    AnalysisCatalog catalog;
    QString placeEn;
    QString placeAr;
};

Language languageOf(const DisplaySettings& display)
{
    return display.isArabic() ? Language::Arabic : Language::English;
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

MatrixPage::MatrixPage(UiContext& context, QWidget* parent) : Page(parent), m_context(context)
{
    m_model = new PivotTableModel(this);
    m_proxy = new DigitsProxy(context.display, this);
    m_proxy->setBoldTotals(true);
    m_proxy->setSourceModel(m_model);
    buildControls();
    retranslate();

    for (QComboBox* combo :
        { m_rows, m_columns, m_measure, m_sector, m_organisation, m_status, m_from, m_to })
        connect(combo, &QComboBox::activated, this, &MatrixPage::refresh);
    connect(m_measure, &QComboBox::currentIndexChanged, this, [this] {
        m_measureHelp->setText(measureTitle(
            measureByName(m_measure->currentData().toString()).value_or(Measure::Activities)));
    });
    connect(m_clearPlace, &QPushButton::clicked, this,
        [this] { m_context.selection.setPcode(QString()); });
    connect(
        m_drillButton, &QPushButton::clicked, this, [this] { drillDown(m_table->currentIndex()); });
    connect(m_table, &QTableView::doubleClicked, this, &MatrixPage::drillDown);
    connect(m_export, &QPushButton::clicked, this, &MatrixPage::exportAsked);
    connect(&context.selection, &PlaceSelection::changed, this, &MatrixPage::refresh);
    connect(&context.snapshots, &SnapshotService::snapshotChanged, this, &MatrixPage::refresh);
    connect(&context.display, &DisplaySettings::changed, this, &MatrixPage::refresh);
    refresh();
}

void MatrixPage::buildControls()
{
    m_rows = new QComboBox(this);
    m_rows->setObjectName(QStringLiteral("rows"));
    m_columns = new QComboBox(this);
    m_columns->setObjectName(QStringLiteral("columns"));
    m_measure = new QComboBox(this);
    m_measure->setObjectName(QStringLiteral("measure"));
    m_measureHelp = new QLabel(this);
    m_measureHelp->setWordWrap(true);
    m_sector = new QComboBox(this);
    m_organisation = new QComboBox(this);
    m_organisation->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_organisation->setMinimumContentsLength(18);
    m_status = new QComboBox(this);
    m_from = new QComboBox(this);
    m_to = new QComboBox(this);
    m_place = new QLabel(this);
    m_clearPlace = new QPushButton(this);
    m_drillButton = new QPushButton(this);
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("export"));
    m_summary = new QLabel(this);
    for (int i = 0; i < 9; ++i)
        m_captions << new QLabel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("pivot"));
    m_table->setModel(m_proxy);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* grid = new QGridLayout;
    const auto put = [grid, this](int row, int column, int caption, QWidget* field) {
        grid->addWidget(m_captions.at(caption), row, column * 2);
        grid->addWidget(field, row, column * 2 + 1);
    };
    put(0, 0, 0, m_rows);
    put(0, 1, 1, m_columns);
    put(0, 2, 2, m_measure);
    put(1, 0, 3, m_sector);
    put(1, 1, 4, m_organisation);
    put(1, 2, 5, m_status);
    put(2, 0, 6, m_from);
    put(2, 1, 7, m_to);
    auto* place = new QHBoxLayout;
    place->addWidget(m_place, 1);
    place->addWidget(m_clearPlace);
    grid->addWidget(m_captions.at(8), 2, 4);
    grid->addLayout(place, 2, 5);
    grid->setColumnStretch(6, 1);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_summary, 1);
    actions->addWidget(m_drillButton);
    actions->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_measureHelp);
    layout->addLayout(actions);
    layout->addWidget(m_table, 1);
}

void MatrixPage::fillDimensions()
{
    const QString rows = m_rows->count() ? m_rows->currentData().toString() : MatrixSpec().rows;
    const QString columns
        = m_columns->count() ? m_columns->currentData().toString() : MatrixSpec().columns;
    const QString measure
        = m_measure->count() ? m_measure->currentData().toString() : MatrixSpec().measure;
    const QString status = m_status->currentData().toString();
    for (QComboBox* combo : { m_rows, m_columns }) {
        const QSignalBlocker quiet(combo);
        combo->clear();
        combo->addItem(tr("(none)"), QString());
        for (const DimensionInfo& info : dimensionInfos())
            combo->addItem(
                capitalised(dimensionTitle(info.dimension)), QString::fromLatin1(info.name));
    }
    m_rows->setCurrentIndex(std::max(0, m_rows->findData(rows)));
    m_columns->setCurrentIndex(std::max(0, m_columns->findData(columns)));
    const QStringList measureTitles { tr("Activities"), tr("Organisations"), tr("People targeted"),
        tr("People reached (sum of reports)"), tr("People reached (without double counting)"),
        tr("Households reached"), tr("Coverage of people in need"), tr("Budget"),
        tr("Women reached"), tr("Men reached"), tr("Girls reached"), tr("Boys reached"),
        tr("Children reached"), tr("Elderly people reached"), tr("Women targeted"),
        tr("Men targeted"), tr("Girls targeted"), tr("Boys targeted"), tr("Children targeted"),
        tr("Elderly people targeted") };
    {
        const QSignalBlocker quiet(m_measure);
        m_measure->clear();
        for (int i = 0; i < measureInfos().size(); ++i)
            m_measure->addItem(
                measureTitles.value(i), QString::fromLatin1(measureInfos().at(i).name));
    }
    m_measure->setCurrentIndex(std::max(0, m_measure->findData(measure)));
    m_measureHelp->setText(measureTitle(
        measureByName(m_measure->currentData().toString()).value_or(Measure::Activities)));
    const QSignalBlocker quiet(m_status);
    m_status->clear();
    m_status->addItem(tr("All statuses"), QString());
    for (const Term& term : terms(Vocabulary::Status))
        m_status->addItem(m_context.display.pick(term.nameEn, term.nameAr), term.code);
    m_status->setCurrentIndex(std::max(0, m_status->findData(status)));
}

void MatrixPage::fillCatalog(const AnalysisCatalog& catalog)
{
    fillCatalogCombo(m_sector, catalog.sectors, tr("All sectors"), m_context.display);
    fillCatalogCombo(
        m_organisation, catalog.organisations, tr("All organisations"), m_context.display);
    fillMonthCombo(m_from, catalog.months, m_context.display, 0);
    fillMonthCombo(m_to, catalog.months, m_context.display, -1);
}

MatrixSpec MatrixPage::spec() const
{
    MatrixSpec spec;
    spec.rows = m_rows->currentData().toString();
    spec.columns = m_columns->currentData().toString();
    spec.measure = m_measure->currentData().toString();
    spec.sector = m_sector->currentData().toString();
    spec.organisation = m_organisation->currentData().toString();
    spec.status = m_status->currentData().toString();
    spec.pcode = m_context.selection.pcode();
    spec.firstMonth = m_from->currentData().toString();
    spec.lastMonth = m_to->currentData().toString();
    return spec;
}

void MatrixPage::setSpec(const MatrixSpec& spec)
{
    const auto choose = [](QComboBox* combo, const QString& key) {
        const int index = combo->findData(key);
        if (index >= 0)
            combo->setCurrentIndex(index);
    };
    choose(m_rows, spec.rows);
    choose(m_columns, spec.columns);
    choose(m_measure, spec.measure);
    choose(m_sector, spec.sector);
    choose(m_organisation, spec.organisation);
    choose(m_status, spec.status);
    choose(m_from, spec.firstMonth);
    choose(m_to, spec.lastMonth);
    refresh();
}

void MatrixPage::refresh()
{
    if (deferredWhileHidden()) // a hidden page does not keep the analysis thread busy
        return;
    const MatrixSpec wanted = spec();
    const Language language = languageOf(m_context.display);
    SnapshotService& service = m_context.snapshots;
    const int request = ++m_request;
    ++m_pending;
    m_summary->setText(tr("Computing…"));
    service.run<MatrixAnswer>(
        this,
        [wanted, &service](const Snapshot& s) {
            MatrixAnswer answer;
            answer.snapshot = service.current(); // the one `s` is: published ones never change
            if (answer.snapshot.get() != &s)
                return answer;
            answer.result = PivotEngine(s, service.workers()).run(wanted.toQuery(s));
            answer.catalog = AnalysisCatalog::of(s);
            const int place = wanted.pcode.isEmpty() ? -1 : s.placeOf(wanted.pcode);
            if (place >= 0) {
                answer.placeEn = s.places.at(place).nameEn;
                answer.placeAr = s.places.at(place).nameAr;
            }
            return answer;
        },
        [this, request, language](MatrixAnswer answer) {
            --m_pending;
            if (request != m_request || !answer.snapshot)
                return;
            fillCatalog(answer.catalog);
            m_placeName = m_context.display.pick(answer.placeEn, answer.placeAr);
            m_shown = answer.snapshot;
            m_model->setResult(answer.snapshot, std::move(answer.result), language);
            updateSummary();
        });
}

void MatrixPage::updateSummary()
{
    const QString pcode = m_context.selection.pcode();
    m_place->setText(pcode.isEmpty() ? tr("All of Syria")
                                     : (m_placeName.isEmpty() ? pcode
                                                              : m_placeName + QStringLiteral(" (")
                                                 + pcode + QLatin1Char(')')));
    m_clearPlace->setEnabled(!pcode.isEmpty());
    if (!m_shown) {
        m_summary->clear();
        return;
    }
    const PivotResult& r = m_model->result();
    m_summary->setText(
        tr("%1 rows × %2 columns; total: %3; %4 activities. Double-click a figure to see its "
           "activities.")
            .arg(m_context.display.number(qint64(r.rowCount())),
                m_context.display.number(qint64(std::max(1, r.columnCount()))),
                DigitsProxy::redigit(
                    formatMeasure(r.query.measure, r.grandTotal()), m_context.display),
                m_context.display.number(r.activityCount(r.rowCount(), r.columnCount()))));
}

void MatrixPage::drillDown(const QModelIndex& index)
{
    if (!index.isValid() || !m_shown)
        return;
    const PivotResult& r = m_model->result();
    PivotQuery query = r.query;
    const int row = index.row();
    const int column = index.column();
    if (row < r.rowCount())
        narrowTo(query, r.query.rows, r.rowMembers.at(row));
    if (column < r.columnCount())
        narrowTo(query, r.query.columns, r.columnMembers.at(column));
    const QString rowName = m_proxy->headerData(row, Qt::Vertical).toString();
    const QString columnName = m_proxy->headerData(column, Qt::Horizontal).toString();
    const QString what = rowName + QStringLiteral(" × ") + columnName + QStringLiteral(": ")
        + m_proxy->data(index).toString();
    const Language language = languageOf(m_context.display);
    // Members are indices of the snapshot the table was computed on: ask that one.
    std::shared_ptr<const Snapshot> shown = m_shown;
    ++m_pending;
    m_context.snapshots.run<ActivityLines>(
        this,
        [shown, query, language](const Snapshot&) {
            return ActivityLines::matching(*shown, query, language, kDrillCap);
        },
        [this, what](ActivityLines lines) {
            --m_pending;
            if (m_drill)
                m_drill->deleteLater();
            m_drill = new DrillDialog(m_context.display, what, std::move(lines), this);
            m_drill->setAttribute(Qt::WA_DeleteOnClose);
            m_drill->show();
        });
}

DrillDialog* MatrixPage::drillDialog() const
{
    return m_drill;
}

Status MatrixPage::exportTo(const QString& path) const
{
    return PivotCsv::write(*m_model, path);
}

void MatrixPage::exportAsked()
{
    const QString path
        = m_context.prompts
              .saveFile(this, tr("Export the matrix"), tr("matrix.csv"), tr("CSV files (*.csv)"))
              .value_or(QString());
    if (path.isEmpty())
        return;
    const Status written = exportTo(path);
    if (!written.ok())
        showIssues(this, tr("The matrix was not exported."), written.issues());
}

void MatrixPage::retranslate()
{
    const QStringList captions { tr("Rows:"), tr("Columns:"), tr("Measure:"), tr("Sector:"),
        tr("Organisation:"), tr("Status:"), tr("From:"), tr("To:"), tr("Place:") };
    for (int i = 0; i < m_captions.size(); ++i)
        m_captions.at(i)->setText(captions.at(i));
    m_clearPlace->setText(tr("Everywhere"));
    m_clearPlace->setToolTip(
        tr("Show all places (the place is chosen on the map, the gaps list or the dashboard)"));
    m_drillButton->setText(tr("Show activities"));
    m_export->setText(tr("Export CSV…"));
    fillDimensions();
    updateSummary();
}

} // namespace tansiq::ui
