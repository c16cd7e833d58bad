#include "ui/common/FilterCombo.h"

#include "ui/common/FoldingFilterProxy.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QCompleter>
#include <QLineEdit>

namespace tansiq::ui {

namespace {
constexpr int kSearchRole = Qt::UserRole + 1;
}

FilterCombo::FilterCombo(QWidget* parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
    setMaxVisibleItems(15);
    m_proxy = new FoldingFilterProxy(this);
    m_proxy->setSourceModel(model());
    m_proxy->setFilterRole(kSearchRole);
    m_completer = new QCompleter(m_proxy, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(12);
    setCompleter(m_completer);
    connect(lineEdit(), &QLineEdit::textEdited, this, &FilterCombo::narrow);
    connect(lineEdit(), &QLineEdit::editingFinished, this, &FilterCombo::settle);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
        [this](const QModelIndex& index) {
            // The completer's model wraps the proxy, which wraps the entries.
            const auto* completion = qobject_cast<const QAbstractProxyModel*>(index.model());
            const QModelIndex inProxy = completion ? completion->mapToSource(index) : index;
            const QModelIndex entry = m_proxy->mapToSource(inProxy);
            if (entry.isValid()) {
                setCurrentIndex(entry.row());
                emit chosen();
            }
        });
}

void FilterCombo::addEntry(const QString& label, const QVariant& data, const QString& searchText)
{
    addItem(label, data);
    setItemData(count() - 1, label + QLatin1Char(' ') + searchText, kSearchRole);
}

void FilterCombo::setCurrentData(const QVariant& data)
{
    const int index = findData(data);
    setCurrentIndex(index >= 0 ? index : 0);
}

const QAbstractItemModel* FilterCombo::matches() const
{
    return m_proxy;
}

void FilterCombo::chooseMatch(int n)
{
    const QModelIndex entry = m_proxy->mapToSource(m_proxy->index(n, 0));
    if (!entry.isValid())
        return;
    setCurrentIndex(entry.row());
    m_completer->popup()->hide();
    emit chosen();
}

void FilterCombo::narrow(const QString& typed)
{
    m_proxy->setSearch(typed);
    if (typed.trimmed().isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(typed);
    m_completer->complete();
}

void FilterCombo::settle()
{
    const QString typed = lineEdit()->text();
    if (currentIndex() >= 0 && typed == itemText(currentIndex()))
        return;
    m_proxy->setSearch(typed);
    if (typed.trimmed().isEmpty() && count() > 0 && itemText(0).isEmpty()) {
        setCurrentIndex(0); // an optional field emptied
        emit chosen();
    } else if (!typed.trimmed().isEmpty() && m_proxy->rowCount() == 1) {
        chooseMatch(0);
    } else {
        lineEdit()->setText(itemText(currentIndex()));
    }
    m_proxy->setSearch(QString());
}

} // namespace tansiq::ui
