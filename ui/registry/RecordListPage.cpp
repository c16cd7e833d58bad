#include "ui/registry/RecordListPage.h"

#include "ui/common/ColumnFitter.h"
#include "ui/common/DisplaySettings.h"
#include "ui/common/FoldingFilterProxy.h"
#include "ui/common/UiContext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

namespace tansiq::ui {

RecordListPage::RecordListPage(UiContext& context, QAbstractItemModel* model, QWidget* parent)
    : Page(parent), m_context(context)
{
    m_proxy = new FoldingFilterProxy(this);
    m_proxy->setSourceModel(model);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("add"));
    m_edit = new QPushButton(this);
    m_edit->setObjectName(QStringLiteral("edit"));
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("remove"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("count"));
    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    // Every column in view (no sideways scrolling at 1280x720): headers wrap, the widest
    // columns (names, contacts) give up room first.
    m_columns = new ColumnFitter(m_table);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_add);
    bar->addWidget(m_edit);
    bar->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setSearch(text);
        updateCount();
    });
    connect(m_add, &QPushButton::clicked, this, [this] { addRecord(); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (currentRow() >= 0)
            editRecord(currentRow());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (currentRow() >= 0)
            removeRecord(currentRow());
    });
    connect(m_table, &QTableView::doubleClicked, this,
        [this](const QModelIndex& index) { editRecord(m_proxy->mapToSource(index).row()); });
    connect(model, &QAbstractItemModel::modelReset, this, &RecordListPage::updateCount);
    connect(&context.display, &DisplaySettings::changed, this, &RecordListPage::updateCount);
}

int RecordListPage::currentRow() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? m_proxy->mapToSource(index).row() : -1;
}

void RecordListPage::retranslate()
{
    m_search->setPlaceholderText(tr("Search (Arabic or English)"));
    m_add->setText(tr("Add…"));
    m_edit->setText(tr("Edit…"));
    m_remove->setText(tr("Delete"));
    updateCount();
}

void RecordListPage::updateCount()
{
    const int total = m_proxy->sourceModel()->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == total
            ? tr("%1 records").arg(m_context.display.number(total))
            : tr("%1 of %2 records shown")
                  .arg(m_context.display.number(shown), m_context.display.number(total)));
    m_columns->fit();
}

} // namespace tansiq::ui
