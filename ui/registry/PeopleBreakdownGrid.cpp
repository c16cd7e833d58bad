#include "ui/registry/PeopleBreakdownGrid.h"

#include "core/registry/validation/FieldChecks.h"
#include "ui/common/DisplaySettings.h"
#include "ui/common/EditorForm.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

namespace tansiq::ui {

namespace {

// The Validators' field names of the cells (EditorForm::coreFieldName translates them).
constexpr const char* kFields[2][people::kCellCount]
    = { { "girls targeted", "boys targeted", "women targeted", "men targeted",
            "elderly women targeted", "elderly men targeted" },
          { "girls reached", "boys reached", "women reached", "men reached",
              "elderly women reached", "elderly men reached" } };
constexpr const char* kNames[people::kCellCount]
    = { "girls", "boys", "women", "men", "elderly-women", "elderly-men" };

std::optional<qint64> quietCount(const QLineEdit* edit)
{
    const auto parsed = FieldChecks::parseCount(QString(), edit->text());
    return parsed.ok() ? parsed.value() : std::nullopt;
}

} // namespace

PeopleBreakdownGrid::PeopleBreakdownGrid(const DisplaySettings& display, QLineEdit* targetedTotal,
    QLineEdit* reachedTotal, QWidget* parent)
    : QWidget(parent), m_display(display), m_totals { targetedTotal, reachedTotal }
{
    setObjectName(QStringLiteral("peopleBreakdown"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(4);
    grid->setVerticalSpacing(2);
    for (int c = 0; c < people::kCellCount; ++c) {
        m_heads[size_t(c)] = new QLabel(this);
        m_heads[size_t(c)]->setAlignment(Qt::AlignCenter);
        m_heads[size_t(c)]->setWordWrap(true);
        grid->addWidget(m_heads[size_t(c)], 0, c + 1);
        grid->setColumnStretch(c + 1, 1);
    }
    m_sumHead = new QLabel(this);
    m_sumHead->setAlignment(Qt::AlignCenter);
    grid->addWidget(m_sumHead, 0, people::kCellCount + 1);
    for (int r = 0; r < 2; ++r) {
        m_rowNames[size_t(r)] = new QLabel(this);
        grid->addWidget(m_rowNames[size_t(r)], r + 1, 0);
        for (int c = 0; c < people::kCellCount; ++c) {
            auto* edit = new QLineEdit(this);
            edit->setObjectName((r ? QStringLiteral("reached-") : QStringLiteral("targeted-"))
                + QLatin1String(kNames[c]));
            edit->setMinimumWidth(48);
            edit->setAlignment(Qt::AlignCenter);
            connect(edit, &QLineEdit::textChanged, this, &PeopleBreakdownGrid::refresh);
            m_cells[size_t(r)][size_t(c)] = edit;
            grid->addWidget(edit, r + 1, c + 1);
        }
        m_sums[size_t(r)] = new QLabel(this);
        m_sums[size_t(r)]->setObjectName(
            r ? QStringLiteral("reached-sum") : QStringLiteral("targeted-sum"));
        m_sums[size_t(r)]->setAlignment(Qt::AlignCenter);
        m_sums[size_t(r)]->setMinimumWidth(56);
        grid->addWidget(m_sums[size_t(r)], r + 1, people::kCellCount + 1);
        connect(m_totals[size_t(r)], &QLineEdit::textChanged, this, &PeopleBreakdownGrid::refresh);
    }
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("breakdownWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #8a5300;"));
    m_warning->setVisible(false);
    grid->addWidget(m_warning, 3, 0, 1, people::kCellCount + 2);
    retranslate();
}

QLineEdit* PeopleBreakdownGrid::cell(bool reached, people::Cell which) const
{
    return m_cells[reached ? 1 : 0][size_t(which)];
}

void PeopleBreakdownGrid::setCells(const people::Cells& targeted, const people::Cells& reached)
{
    const people::Cells* rows[2] = { &targeted, &reached };
    for (int r = 0; r < 2; ++r) {
        for (int c = 0; c < people::kCellCount; ++c) {
            const auto& value = (*rows[r])[size_t(c)];
            m_cells[size_t(r)][size_t(c)]->setText(value ? QString::number(*value) : QString());
        }
    }
    refresh();
}

bool PeopleBreakdownGrid::cells(
    people::Cells& targeted, people::Cells& reached, Issues& issues) const
{
    people::Cells* rows[2] = { &targeted, &reached };
    bool ok = true;
    for (int r = 0; r < 2; ++r) {
        for (int c = 0; c < people::kCellCount; ++c) {
            const auto parsed = FieldChecks::parseCount(
                EditorForm::coreFieldName(kFields[r][c]), m_cells[size_t(r)][size_t(c)]->text());
            if (parsed.ok()) {
                (*rows[r])[size_t(c)] = parsed.value();
            } else {
                issues += parsed.issues();
                ok = false;
            }
        }
    }
    return ok;
}

void PeopleBreakdownGrid::refresh()
{
    QStringList warnings;
    for (int r = 0; r < 2; ++r) {
        people::Cells cells;
        for (int c = 0; c < people::kCellCount; ++c)
            cells[size_t(c)] = quietCount(m_cells[size_t(r)][size_t(c)]);
        const std::optional<qint64> sum = people::sumOfGiven(cells);
        m_sums[size_t(r)]->setText(sum ? m_display.number(*sum) : QStringLiteral("—"));
        QLineEdit* total = m_totals[size_t(r)];
        // An empty total is derived from the breakdown on saving: show what it will be.
        total->setPlaceholderText(
            sum ? tr("%1 (from the breakdown)").arg(m_display.number(*sum)) : QString());
        const std::optional<qint64> typed = quietCount(total);
        if (people::disagrees(typed, cells)) {
            warnings << (r ? tr("People reached is %1, but the breakdown adds up to %2.")
                           : tr("People targeted is %1, but the breakdown adds up to %2."))
                            .arg(m_display.number(*typed), m_display.number(*sum));
        }
    }
    m_warning->setText(warnings.join(QLatin1Char('\n')));
    m_warning->setVisible(!warnings.isEmpty());
}

void PeopleBreakdownGrid::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PeopleBreakdownGrid::retranslate()
{
    const QString heads[people::kCellCount] = { tr("Girls"), tr("Boys"), tr("Women"), tr("Men"),
        tr("Elderly women"), tr("Elderly men") };
    for (int c = 0; c < people::kCellCount; ++c)
        m_heads[size_t(c)]->setText(heads[c]);
    m_sumHead->setText(tr("Sum"));
    m_rowNames[0]->setText(tr("Targeted"));
    m_rowNames[1]->setText(tr("Reached"));
    refresh();
}

} // namespace tansiq::ui
