#include "ui/registry/ColumnChooser.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QMenu>

namespace tansiq::ui {

ColumnChooser::ColumnChooser(QHeaderView* header, std::function<bool(int)> optional)
    : QObject(header), m_header(header), m_optional(std::move(optional))
{
    setObjectName(QStringLiteral("columnChooser"));
    m_header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_header, &QWidget::customContextMenuRequested, this,
        [this](const QPoint& at) { menu()->popup(m_header->mapToGlobal(at)); });
    const QAbstractItemModel* model = m_header->model();
    for (int c = 0; model && c < model->columnCount(); ++c) {
        if (m_optional(c))
            m_hidden.insert(c);
    }
    apply();
    // A reset model gives the header fresh sections: the choice stays.
    if (model)
        connect(model, &QAbstractItemModel::modelReset, this, &ColumnChooser::apply);
}

void ColumnChooser::apply()
{
    const QAbstractItemModel* model = m_header->model();
    for (int c = 0; model && c < model->columnCount(); ++c)
        m_header->setSectionHidden(c, m_hidden.contains(c));
}

QMenu* ColumnChooser::menu()
{
    if (!m_menu) {
        m_menu = new QMenu(m_header);
        m_menu->setObjectName(QStringLiteral("columnMenu"));
    }
    m_menu->clear();
    const QAbstractItemModel* model = m_header->model();
    for (int c = 1; model && c < model->columnCount(); ++c) {
        QAction* action = m_menu->addAction(model->headerData(c, Qt::Horizontal).toString());
        action->setObjectName(QStringLiteral("column%1").arg(c));
        action->setCheckable(true);
        action->setChecked(!m_header->isSectionHidden(c));
        action->setData(c);
        connect(action, &QAction::toggled, this, [this, c](bool on) { setShown(c, on); });
    }
    return m_menu;
}

void ColumnChooser::setShown(int column, bool shown)
{
    if (shown)
        m_hidden.remove(column);
    else
        m_hidden.insert(column);
    m_header->setSectionHidden(column, !shown);
    if (shown && m_header->sectionSize(column) < 40)
        m_header->resizeSection(column, m_header->defaultSectionSize());
}

} // namespace tansiq::ui
