#include "ui/analysis/DrillDialog.h"

#include "ui/common/DisplaySettings.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace tansiq::ui {

DrillDialog::DrillDialog(
    const DisplaySettings& display, const QString& what, ActivityLines lines, QWidget* parent)
    : QDialog(parent), m_total(lines.total)
{
    setObjectName(QStringLiteral("drillDialog"));
    setWindowTitle(tr("Activities behind the figure"));
    m_model = new ActivityLinesModel(display, this);
    const qint64 listed = lines.lines.size();
    m_model->setLines(std::move(lines.lines));
    auto* heading = new QLabel(what, this);
    heading->setWordWrap(true);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    m_caption->setText(listed < m_total
            ? display
                  .counted(
                      tr("%n activities; the first %1 are listed.", nullptr, int(m_total)), m_total)
                  .arg(display.number(listed))
            : display.counted(tr("%n activities.", nullptr, int(m_total)), m_total));
    auto* table = new QTableView(this);
    table->setModel(m_model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    table->resizeColumnsToContents();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_caption);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(900, 500);
}

QString DrillDialog::caption() const
{
    return m_caption->text();
}

} // namespace tansiq::ui
