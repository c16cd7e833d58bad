#include "ui/interop/ImportReviewPage.h"

#include "core/interop/ImportPlanModel.h"
#include "ui/common/DisplaySettings.h"
#include "ui/interop/ValueChoicesPanel.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tansiq::ui {

namespace {

using interop::RowAction;

constexpr RowAction kCounted[] = { RowAction::Create, RowAction::Update, RowAction::Unchanged,
    RowAction::Error, RowAction::Skipped, RowAction::Blank };

QString actionCode(RowAction action)
{
    switch (action) {
    case RowAction::Create:
        return QStringLiteral("create");
    case RowAction::Update:
        return QStringLiteral("update");
    case RowAction::Unchanged:
        return QStringLiteral("unchanged");
    case RowAction::Blank:
        return QStringLiteral("blank");
    case RowAction::Error:
        return QStringLiteral("error");
    case RowAction::Skipped:
        return QStringLiteral("skipped");
    }
    return QString();
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

} // namespace

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
    m_rows->setMinimumHeight(120);

    m_monthLabel = new QLabel(this);
    m_month = new QLineEdit(this);
    m_month->setObjectName(QStringLiteral("month"));
    m_month->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^(\\d{0,4}(-\\d{0,2})?)$")), m_month));
    m_month->setMaximumWidth(110);
    m_month->setLayoutDirection(Qt::LeftToRight);
    m_monthLabel->setBuddy(m_month);
    m_monthSource = new QLabel(this);
    m_monthSource->setObjectName(QStringLiteral("monthSource"));
    m_monthSource->setWordWrap(true);
    m_recheck = new QPushButton(this);
    m_recheck->setObjectName(QStringLiteral("recheck"));
    auto* monthRow = new QHBoxLayout;
    monthRow->addWidget(m_monthLabel);
    monthRow->addWidget(m_month);
    monthRow->addWidget(m_monthSource, 1);
    monthRow->addWidget(m_recheck);
    m_choices = new ValueChoicesPanel(display, this);

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_file);
    layout->addLayout(counts);
    layout->addLayout(monthRow);
    layout->addWidget(m_fileIssues);
    // The values to reconcile above, the rows below: a splitter, so neither crushes the other
    // at 1000×720 and the user can give either more room.
    auto* rowsBox = new QWidget(this);
    auto* rowsLayout = new QVBoxLayout(rowsBox);
    rowsLayout->setContentsMargins(0, 0, 0, 0);
    rowsLayout->addWidget(m_problemsOnly);
    rowsLayout->addWidget(m_rows, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("reviewSplit"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_choices);
    split->addWidget(rowsBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    layout->addWidget(m_verdict);
    connect(m_recheck, &QPushButton::clicked, this, &ImportReviewPage::recheckRequested);
    const auto changed = [this] {
        m_pending = true;
        m_verdict->setText(
            tr("Choose “Check again” to see what the import does with your choices."));
        emit pendingChanged();
    };
    connect(m_choices, &ValueChoicesPanel::choicesChanged, this, changed);
    connect(m_month, &QLineEdit::textEdited, this, changed);
    connect(m_month, &QLineEdit::returnPressed, this, &ImportReviewPage::recheckRequested);

    connect(m_problemsOnly, &QCheckBox::toggled, this, [this](bool only) {
        // Severity 1 (warnings) or 2 (errors).
        m_filter->setFilterRegularExpression(only ? QStringLiteral("^[12]$") : QString());
    });
    retranslate();
}

QTableView* ImportReviewPage::unmatched() const
{
    return m_choices->table();
}

void ImportReviewPage::setProblem(const QString& text)
{
    m_verdict->setText(text);
    m_verdict->setStyleSheet(QStringLiteral("color: #b3261e;"));
}

QString ImportReviewPage::month() const
{
    return m_month->text().trimmed();
}

void ImportReviewPage::setPlan(const interop::ImportPlan& plan, ReviewNames names)
{
    m_plan = plan;
    m_pending = false;
    m_verdict->setStyleSheet(QString());
    m_choices->setValues(plan, names.candidates);
    m_choices->setVisible(m_choices->valueCount() > 0);
    m_month->setText(plan.month);
    auto shared = std::make_shared<ReviewNames>(std::move(names));
    m_model->setPlan(
        plan, [shared](interop::ImportPlanModel::Column column, const Activity& activity) {
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
            default:
                return QString();
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
    for (const Issue& issue : std::as_const(m_plan.fileIssues)) {
        if (issue.code != u"month-from-title") // shown beside the month
            notes << QStringLiteral("• ") + issue.message;
    }
    m_fileIssues->setText(notes.join(u'\n'));
    m_fileIssues->setVisible(!notes.isEmpty());

    switch (m_plan.monthSource) {
    case interop::MonthSource::Title:
        m_monthSource->setText(
            tr("Proposed: read from row %1 of the file: «%2». Change it if it is wrong.")
                .arg(m_display.number(qint64(m_plan.monthRow)), m_plan.monthText));
        break;
    case interop::MonthSource::Given:
        m_monthSource->setText(tr("Given for the whole file; rows with their own month keep it."));
        break;
    case interop::MonthSource::Missing:
        m_monthSource->setText(
            tr("The file names no month: type the reporting month (%1), then choose "
               "“Check again”.")
                .arg(QStringLiteral("YYYY-MM")));
        break;
    case interop::MonthSource::Column:
        m_monthSource->setText(
            tr("The file has a month column; a month typed here fills its empty cells."));
        break;
    }
    m_monthSource->setStyleSheet(m_plan.monthSource == interop::MonthSource::Missing
            ? QStringLiteral("color: #b3261e;")
            : QString());
    m_verdict->setText(verdict());
}

QString ImportReviewPage::verdict() const
{
    const int errors = m_plan.count(RowAction::Error);
    if (errors > 0 && !m_plan.unmatched.isEmpty())
        return tr(
            "Rows with errors: %1. Resolve the values above and choose “Check again”, or correct "
            "the file: nothing is imported while any row has an error.")
            .arg(m_display.number(qint64(errors)));
    if (errors > 0)
        return tr(
            "Rows with errors: %1. Correct them in the file (or add what is missing to the "
            "registry) and choose the file again: nothing is imported while any row has an error.")
            .arg(m_display.number(qint64(errors)));
    if (!m_plan.canApply())
        return tr("The file has errors: nothing can be imported.");
    if (!m_plan.changesSomething())
        return tr(
            "Every row is already in the registry as the file has it: importing changes nothing.");
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
    m_countNames.value(int(RowAction::Skipped))->setText(tr("left out"));
    m_monthLabel->setText(tr("Reporting &month:"));
    m_month->setPlaceholderText(QStringLiteral("YYYY-MM"));
    m_recheck->setText(tr("Check a&gain"));
    m_problemsOnly->setText(tr("Show only rows with errors or warnings"));
    if (!m_plan.file.isEmpty())
        showPlanTexts();
}

} // namespace tansiq::ui
