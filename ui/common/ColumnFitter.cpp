#include "ui/common/ColumnFitter.h"

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
    // A column resized by hand stays as the user left it; the last one follows the view.
    connect(table->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int logical) {
        QHeaderView* header = m_table->horizontalHeader();
        const bool stretched = header->stretchLastSection()
            && header->visualIndex(logical) == header->count() - 1 - header->hiddenSectionCount();
        if (!m_fitting && !stretched)
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
    // Laid out again once the resize is over: setting widths may show or hide a scroll bar,
    // which resizes the viewport again while the widths are being set.
    if (watched == m_table->viewport() && event->type() == QEvent::Resize && !m_pending) {
        m_pending = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_pending = false;
                distribute();
            },
            Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tansiq::ui
