#include "ui/interop/ColumnMappingPage.h"

#include "ui/interop/ColumnMappingModel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace tansiq::ui {

namespace {

// The field column edits through a combo box of "ignore" and every 4W field.
class FieldDelegate : public QStyledItemDelegate {
public:
    FieldDelegate(ColumnMappingModel& model, QObject* parent)
        : QStyledItemDelegate(parent), m_model(model)
    {
    }

    QWidget* createEditor(
        QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        auto* combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("fieldChoice"));
        for (const QString& tag : m_model.tagChoices())
            combo->addItem(m_model.tagLabel(tag), tag);
        combo->setMaxVisibleItems(20);
        connect(combo, &QComboBox::activated, this,
            [this, combo] { emit const_cast<FieldDelegate*>(this)->commitData(combo); });
        return combo;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        auto* combo = static_cast<QComboBox*>(editor);
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toString())));
    }
    void setModelData(
        QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        model->setData(index, static_cast<QComboBox*>(editor)->currentData(), Qt::EditRole);
    }

private:
    ColumnMappingModel& m_model;
};

} // namespace

ColumnMappingPage::ColumnMappingPage(QWidget* parent)
    : QWidget(parent), m_model(new ColumnMappingModel(this))
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_headerRowLabel = new QLabel(this);
    m_headerRow = new QSpinBox(this);
    m_headerRow->setObjectName(QStringLiteral("headerRow"));
    m_headerRow->setMinimumWidth(
        m_headerRow->fontMetrics().horizontalAdvance(QStringLiteral("0000")) + 40);
    m_headerRowLabel->setBuddy(m_headerRow);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("mappingTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(
        ColumnMappingModel::FieldColumn, new FieldDelegate(*m_model, this));
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(
        ColumnMappingModel::LetterColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(
        ColumnMappingModel::HeaderColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(
        ColumnMappingModel::ExamplesColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(
        ColumnMappingModel::FieldColumn, QHeaderView::Interactive);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("mappingProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->hide();

    auto* rowLine = new QHBoxLayout;
    rowLine->addWidget(m_headerRowLabel);
    rowLine->addWidget(m_headerRow);
    rowLine->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addLayout(rowLine);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);

    connect(m_headerRow, &QSpinBox::valueChanged, this, [this] { rebuild(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { openEditors(); });
    retranslate();
}

void ColumnMappingPage::setSource(const QList<QStringList>& rows, int headerRow,
    const interop::ColumnMapping& prefill, bool arabic)
{
    m_rows = rows;
    m_prefill = prefill;
    m_arabic = arabic;
    m_model->setColumns({}, 0, {}, arabic); // the wizard's own choices come in `prefill`
    const QSignalBlocker blocker(m_headerRow);
    m_headerRow->setRange(1, std::max<int>(1, int(rows.size())));
    m_headerRow->setValue(headerRow + 1);
    rebuild();
    setProblem(QString());
}

void ColumnMappingPage::rebuild()
{
    // Choices made on this page survive a change of header row for the same headers.
    interop::ColumnMapping prefill = m_prefill;
    const interop::ColumnMapping chosen = m_model->mapping();
    for (auto it = chosen.cbegin(); it != chosen.cend(); ++it)
        prefill.insert(it.key(), it.value());
    m_model->setColumns(m_rows, m_headerRow->value() - 1, prefill, m_arabic);
}

void ColumnMappingPage::openEditors()
{
    for (int r = 0; r < m_model->rowCount(); ++r)
        m_table->openPersistentEditor(m_model->index(r, ColumnMappingModel::FieldColumn));
    m_table->resizeColumnToContents(ColumnMappingModel::HeaderColumn);
    m_table->setColumnWidth(ColumnMappingModel::HeaderColumn,
        std::min(m_table->columnWidth(ColumnMappingModel::HeaderColumn), 260));
    m_table->setColumnWidth(ColumnMappingModel::FieldColumn, 300);
    m_table->resizeRowsToContents();
}

void ColumnMappingPage::setProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

QString ColumnMappingPage::problem() const
{
    return m_problem->text();
}

void ColumnMappingPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ColumnMappingPage::retranslate()
{
    m_intro->setText(tr("The file has no HXL hashtag row. Say which 4W field each column holds; "
                        "columns you do not need can be ignored. The mapping is remembered for "
                        "the partner, so next month's file maps itself."));
    m_headerRowLabel->setText(tr("Column headers are in row:"));
}

} // namespace tansiq::ui
