#include "ui/common/FoldingFilterProxy.h"

#include "core/common/Text.h"

namespace tansiq::ui {

FoldingFilterProxy::FoldingFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::UserRole);
}

void FoldingFilterProxy::setSearch(const QString& text)
{
    m_needle = text::foldForSearch(text);
    invalidateFilter();
}

bool FoldingFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_needle.isEmpty())
        return true;
    const QAbstractItemModel* model = sourceModel();
    for (int column = 0; column < model->columnCount(sourceParent); ++column) {
        const QString text
            = model->index(sourceRow, column, sourceParent).data(filterRole()).toString();
        if (text::foldForSearch(text).contains(m_needle))
            return true;
    }
    return false;
}

} // namespace tansiq::ui
