#include "ImportReviewPage.h"

#include "common/DisplaySettings.h"
#include "interop/ImportPlanModel.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tansiq::ui {

namespace {

using interop::RowAction;

constexpr RowAction kCounted[] = {RowAction::Create, RowAction::Update, RowAction::Unchanged,
                                  RowAction::Error, RowAction::Blank};

QString actionCode(RowAction action)
{
    switch (action) {
    case RowAction::Create: return QStringLiteral("create");
    case RowAction::Update: return QStringLiteral("update");
    case RowAction::Unchanged: return QStringLiteral("unchanged");
    case RowAction::Blank: return QStringLiteral("blank");
    case RowAction::Error: return QStringLiteral("error");
    }
    return QString();
}

QString unmatchedKind(const QString& kind)
{
    if (kind == u"organisation")
        return ImportReviewPage::tr("Organisation");
    if (kind == u"place")
        return ImportReviewPage::tr("Place");
    if (kind == u"sector")
        return ImportReviewPage::tr("Sector");
    if (kind == u"activity type")
        return ImportReviewPage::tr("Activity type");
    if (kind == u"project")
        return ImportReviewPage::tr("Project");
    return kind;
}

QTableView* makeTable(QWidget* parent, const QString& name)
{
    auto* table = new QTableView(parent);
    table->setObjectName(name);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

}  // namespace

ImportReviewPage::ImportReviewPage(const DisplaySettings& display, QWidget* parent)
    : QWidget(parent), m_display(display)
{
    m_file = new QLabel(this);
    m_file->setWordWrap(true);
    auto* counts = new QGridLayout;
    int column = 0;
    for (RowAction action : kCounted) {
        auto* number = new QLabel(this);
        number->setObjectName(QStringLiteral("count-") + actionCode(action));
        QFont big = number->font();
        big.setPointSizeF(big.pointSizeF() * 1.6);
        big.setBold(true);
        number->setFont(big);
        number->setAlignment(Qt::AlignCenter);
        auto* name = new QLabel(this);
        name->setAlignment(Qt::AlignCenter);
        counts->addWidget(number, 0, column);
        counts->addWidget(name, 1, column);
        counts->setColumnStretch(column, 1);
        ++column;
        m_counts.insert(int(action), number);
        m_countNames.insert(int(action), name);
    }
    m_fileIssues = new QLabel(this);
    m_fileIssues->setObjectName(QStringLiteral("fileIssues"));
    m_fileIssues->setWordWrap(true);
    m_fileIssues->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problemsOnly = new QCheckBox(this);
    m_problemsOnly->setObjectName(QStringLiteral("problemsOnly"));

    m_model = new interop::ImportPlanModel(this);
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(interop::ImportPlanModel::SeverityRole);
    m_rows = makeTable(this, QStringLiteral("planRows"));
    m_rows->setModel(m_filter);
    m_rows->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_rows->horizontalHeader()->setStretchLastSection(true);
    m_rows->setMinimumHeight(180);

    m_unmatchedTitle = new QLabel(this);
    QFont bold = m_unmatchedTitle->font();
    bold.setBold(true);
    m_unmatchedTitle->setFont(bold);
    m_unmatchedModel = new QStandardItemModel(0, 4, this);
    m_unmatched = makeTable(this, QStringLiteral("unmatched"));
    m_unmatched->setModel(m_unmatchedModel);
    m_unmatched->setMinimumHeight(110);

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_file);
    layout->addLayout(counts);
    layout->addWidget(m_fileIssues);
    layout->addWidget(m_problemsOnly);
    layout->addWidget(m_rows, 3);
    layout->addWidget(m_unmatchedTitle);
    layout->addWidget(m_unmatched, 1);
    layout->addWidget(m_verdict);

    connect(m_problemsOnly, &QCheckBox::toggled, this, [this](bool only) {
        // Severity 1 (warnings) or 2 (errors).
        m_filter->setFilterRegularExpression(only ? QStringLiteral("^[12]$") : QString());
    });
    retranslate();
}

void ImportReviewPage::setPlan(const interop::ImportPlan& plan, ReviewNames names)
{
    m_plan = plan;
    auto shared = std::make_shared<ReviewNames>(std::move(names));
    m_model->setPlan(plan, [shared](interop::ImportPlanModel::Column column, const Activity& activity) {
        switch (column) {
        case interop::ImportPlanModel::OrganisationColumn:
            return shared->organisations.value(activity.implementingOrgId);
        case interop::ImportPlanModel::SectorColumn:
            return shared->sectors.value(activity.sectorId);
        case interop::ImportPlanModel::PlaceColumn: {
            const QString name = shared->places.value(activity.adminPcode);
            return name.isEmpty() ? activity.adminPcode
                                  : QStringLiteral("%1 (%2)").arg(name, activity.adminPcode);
        }
        default: return QString();
        }
    });
    m_rows->resizeColumnsToContents();
    for (int c = 0; c + 1 < m_model->columnCount(); ++c)
        m_rows->setColumnWidth(c, std::min(m_rows->columnWidth(c), 220));
    showPlanTexts();
}

void ImportReviewPage::showPlanTexts()
{
    m_file->setText(tr("%1 — %2").arg(m_plan.file, m_plan.description));
    for (RowAction action : kCounted)
        m_counts.value(int(action))->setText(m_display.number(qint64(m_plan.count(action))));
    QStringList notes;
    for (const Issue& issue : std::as_const(m_plan.fileIssues))
        notes << QStringLiteral("• ") + issue.message;
    m_fileIssues->setText(notes.join(u'\n'));
    m_fileIssues->setVisible(!notes.isEmpty());

    m_unmatchedModel->setRowCount(0);
    for (const interop::Unmatched& u : std::as_const(m_plan.unmatched)) {
        QList<QStandardItem*> items{new QStandardItem(unmatchedKind(u.kind)), new QStandardItem(u.value),
                                    new QStandardItem(m_display.number(qint64(u.rows))),
                                    new QStandardItem(u.suggestions.join(m_display.isArabic() ? QStringLiteral("؛ ") : QStringLiteral("; ")))};
        for (QStandardItem* item : items)
            item->setToolTip(item->text());
        m_unmatchedModel->appendRow(items);
    }
    m_unmatchedModel->setHorizontalHeaderLabels(
        {tr("What"), tr("Written in the file"), tr("Rows"), tr("Closest known names")});
    m_unmatched->resizeColumnsToContents();
    const bool anyUnmatched = !m_plan.unmatched.isEmpty();
    m_unmatchedTitle->setVisible(anyUnmatched);
    m_unmatched->setVisible(anyUnmatched);
    m_verdict->setText(verdict());
}

QString ImportReviewPage::verdict() const
{
    const int errors = m_plan.count(RowAction::Error);
    if (errors > 0)
        return tr("Rows with errors: %1. Correct them in the file (or add what is missing to the "
                  "registry) and choose the file again: nothing is imported while any row has an error.")
            .arg(m_display.number(qint64(errors)));
    if (!m_plan.canApply())
        return tr("The file has errors: nothing can be imported.");
    if (!m_plan.changesSomething())
        return tr("Every row is already in the registry as the file has it: importing changes nothing.");
    return tr("Import writes %1 new and %2 updated activities in one step: all of them or none.")
        .arg(m_display.number(qint64(m_plan.count(RowAction::Create))),
             m_display.number(qint64(m_plan.count(RowAction::Update))));
}

void ImportReviewPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ImportReviewPage::retranslate()
{
    m_countNames.value(int(RowAction::Create))->setText(tr("to create"));
    m_countNames.value(int(RowAction::Update))->setText(tr("to update"));
    m_countNames.value(int(RowAction::Unchanged))->setText(tr("unchanged"));
    m_countNames.value(int(RowAction::Error))->setText(tr("with errors"));
    m_countNames.value(int(RowAction::Blank))->setText(tr("blank"));
    m_problemsOnly->setText(tr("Show only rows with errors or warnings"));
    m_unmatchedTitle->setText(tr("Names that matched nothing in the registry"));
    if (!m_plan.file.isEmpty())
        showPlanTexts();
}

}  // namespace tansiq::ui
