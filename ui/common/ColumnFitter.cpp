#include "ColumnFitter.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

#include <algorithm>

namespace tansiq::ui {

ColumnFitter::ColumnFitter(QTableView* table, int widest)
    : QObject(table), m_table(table), m_widest(widest)
{
    table->viewport()->installEventFilter(this);
    connect(table->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (!m_fitting)
            m_userSized = true;
    });
}

void ColumnFitter::fit()
{
    m_fitting = true;
    m_table->resizeColumnsToContents();
    m_natural.clear();
    for (int column = 0; column < m_table->horizontalHeader()->count(); ++column)
        m_natural << m_table->columnWidth(column);
    m_fitting = false;
    m_userSized = false;
    distribute();
}

void ColumnFitter::distribute()
{
    if (m_natural.isEmpty() || m_userSized)
        return;
    m_fitting = true;
    QHeaderView* header = m_table->horizontalHeader();
    const int count = int(std::min<qsizetype>(m_natural.size(), header->count()));
    QList<int> widths;
    int total = 0;
    for (int column = 0; column < count; ++column) {
        widths << std::min(m_natural.at(column), m_widest);
        if (!m_table->isColumnHidden(column))
            total += widths.last();
    }
    int spare = m_table->viewport()->width() - total;
    for (int column = 0; column < count && spare > 0; ++column) {
        if (m_table->isColumnHidden(column))
            continue;
        const int more = std::min(m_natural.at(column) - widths.at(column), spare);
        if (more > 0) {
            widths[column] += more;
            spare -= more;
        }
    }
    for (int column = 0; column < count; ++column) {
        if (!m_table->isColumnHidden(column))
            m_table->setColumnWidth(column, widths.at(column));
    }
    m_fitting = false;
}

bool ColumnFitter::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize && !m_fitting)
        distribute();
    return QObject::eventFilter(watched, event);
}

} // namespace tansiq::ui
