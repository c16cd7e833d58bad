#include "ui/analysis/GapsPage.h"

#include "core/engine/Calendar.h"
#include "core/engine/GapAnalysis.h"
#include "core/engine/GapTableModel.h"
#include "core/engine/Snapshot.h"
#include "ui/analysis/AnalysisCatalog.h"
#include "ui/analysis/GapColours.h"
#include "ui/common/ColumnFitter.h"
#include "ui/common/DisplaySettings.h"
#include "ui/common/PlaceSelection.h"
#include "ui/common/SnapshotService.h"
#include "ui/common/UiContext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace tansiq::ui {

using namespace tansiq::engine;

namespace {

struct GapAnswer {
    std::shared_ptr<const Snapshot> snapshot;
    QList<GapRow> rows;
    int gaps = 0; // severe needs without a partner, before the "only gaps" choice
    AnalysisCatalog catalog;
};

std::optional<int> monthOf(const QString& text)
{
    return calendar::parseMonth(text.toLatin1().constData(), int(text.size()));
}

} // namespace

GapsPage::GapsPage(UiContext& context, QWidget* parent) : Page(parent), m_context(context)
{
    m_sector = new QComboBox(this);
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("level"));
    for (int level = 1; level <= 4; ++level)
        m_level->addItem(QString(), level);
    m_level->setCurrentIndex(2); // sub-districts: where the assessments are
    m_from = new QComboBox(this);
    m_to = new QComboBox(this);
    m_onlyGaps = new QCheckBox(this);
    m_onlyGaps->setObjectName(QStringLiteral("onlyGaps"));
    m_formula = new QLabel(this);
    m_formula->setWordWrap(true);
    m_formula->setFrameShape(QFrame::StyledPanel);
    m_formula->setMargin(6);
    m_summary = new QLabel(this);
    for (int i = 0; i < 4; ++i)
        m_captions << new QLabel(this);

    m_model = new GapTableModel(this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(GapTableModel::ValueRole);
    m_colours = new GapColours(context.display, this);
    m_colours->setSourceModel(m_sorted);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("gaps"));
    m_table->setModel(m_colours);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(GapTableModel::Priority, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    // Every column in view at 1366x768: headers wrap, long names give up room first.
    m_columns = new ColumnFitter(m_table);

    auto* filters = new QHBoxLayout;
    const QList<QWidget*> fields { m_sector, m_level, m_from, m_to };
    for (int i = 0; i < fields.size(); ++i) {
        filters->addWidget(m_captions.at(i));
        filters->addWidget(fields.at(i));
    }
    filters->addWidget(m_onlyGaps);
    filters->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_formula);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    for (QComboBox* combo : { m_sector, m_level, m_from, m_to })
        connect(combo, &QComboBox::activated, this, &GapsPage::refresh);
    connect(m_onlyGaps, &QCheckBox::toggled, this, &GapsPage::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &GapsPage::selectPlace);
    connect(&context.snapshots, &SnapshotService::snapshotChanged, this, &GapsPage::refresh);
    connect(&context.display, &DisplaySettings::changed, this, &GapsPage::refresh);
    retranslate();
    refresh();
}

void GapsPage::fillCatalog(const AnalysisCatalog& catalog)
{
    fillCatalogCombo(m_sector, catalog.sectors, tr("All sectors"), m_context.display);
    fillMonthCombo(m_from, catalog.months, m_context.display, 0);
    fillMonthCombo(m_to, catalog.months, m_context.display, -1);
}

void GapsPage::refresh()
{
    if (deferredWhileHidden()) // a hidden page does not keep the analysis thread busy
        return;
    const QString sector = m_sector->currentData().toString();
    const int level = m_level->currentData().toInt();
    const auto first = monthOf(m_from->currentData().toString());
    const auto last = monthOf(m_to->currentData().toString());
    const bool onlyGaps = m_onlyGaps->isChecked();
    SnapshotService& service = m_context.snapshots;
    const int request = ++m_request;
    ++m_pending;
    m_summary->setText(tr("Computing…"));
    service.run<GapAnswer>(
        this,
        [=, &service](const Snapshot& s) {
            GapAnswer answer;
            answer.snapshot = service.current(); // the one `s` is: published ones never change
            if (answer.snapshot.get() != &s)
                return answer;
            GapQuery query;
            query.level = level;
            if (first && last)
                query.period = Period { std::min(*first, *last), std::max(*first, *last) };
            if (!sector.isEmpty()) {
                Filter filter { Dimension::Sector, {} };
                for (int i = 0; i < s.sectors.size(); ++i) {
                    if (s.sectors.at(i).code == sector)
                        filter.members << i;
                }
                query.filters << filter;
            }
            answer.rows = GapAnalysis(s, service.workers()).run(query);
            const QList<GapRow> gaps = GapAnalysis::severeWithoutPartner(answer.rows);
            answer.gaps = int(gaps.size());
            if (onlyGaps)
                answer.rows = gaps;
            answer.catalog = AnalysisCatalog::of(s);
            return answer;
        },
        [this, request, level](GapAnswer answer) {
            --m_pending;
            if (request != m_request || !answer.snapshot)
                return;
            fillCatalog(answer.catalog);
            const qsizetype lines = answer.rows.size();
            const Language language
                = m_context.display.isArabic() ? Language::Arabic : Language::English;
            m_model->setRows(answer.snapshot, std::move(answer.rows), level, language);
            m_columns->fit();
            const DisplaySettings& d = m_context.display;
            m_summary->setText(tr("%1 places and sectors listed; %2 severe needs (severity 3 or "
                                  "more) have no partner present.")
                                   .arg(d.number(qint64(lines)), d.number(qint64(answer.gaps))));
        });
}

void GapsPage::selectPlace()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const QString pcode = m_colours->index(current.row(), GapTableModel::PCode)
                              .data(GapTableModel::ValueRole)
                              .toString();
    if (!pcode.isEmpty())
        m_context.selection.setPcode(pcode);
}

void GapsPage::retranslate()
{
    const QStringList captions { tr("Sector:"), tr("Places:"), tr("From:"), tr("To:") };
    for (int i = 0; i < m_captions.size(); ++i)
        m_captions.at(i)->setText(captions.at(i));
    const QStringList levels { tr("Governorates"), tr("Districts"), tr("Sub-districts"),
        tr("Communities") };
    for (int i = 0; i < levels.size(); ++i)
        m_level->setItemText(i, levels.at(i));
    m_onlyGaps->setText(tr("Only severe needs without a partner"));
    m_formula->setText(GapAnalysis::priorityFormula() + QLatin1Char('\n')
        + tr("Coverage = people reached without double counting (in each place the largest number "
             "any partner "
             "reports) ÷ people in need. A gap is a severe need (severity 3 or more) with no "
             "partner whose "
             "activity is under way or done in the period. Selecting a line chooses its place for "
             "the other pages."));
    if (m_sector->count() > 0)
        m_sector->setItemText(0, tr("All sectors"));
}

} // namespace tansiq::ui
