#include "ui/analysis/DigitsProxy.h"

#include "ui/common/DisplaySettings.h"

#include <QFont>

namespace tansiq::ui {

DigitsProxy::DigitsProxy(const DisplaySettings& display, QObject* parent)
    : QIdentityProxyModel(parent), m_display(display)
{
    connect(&display, &DisplaySettings::changed, this, [this] {
        if (rowCount() > 0 && columnCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        if (columnCount() > 0)
            emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        if (rowCount() > 0)
            emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
    });
}

QString DigitsProxy::redigit(const QString& text, const DisplaySettings& display)
{
    // Back to Latin first (the Arabic locale writes ٠-٩, ٬ and ٫), then the user's way.
    QString latin = text;
    bool numeric = false;
    for (const QChar c : text) {
        if ((c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('a') && c <= QLatin1Char('z')))
            return text; // a P-code, a code or an acronym: written as it is stored
    }
    for (QChar& c : latin) {
        const char16_t u = c.unicode();
        if (u >= 0x0660 && u <= 0x0669) {
            c = QChar(u'0' + (u - 0x0660));
            numeric = true;
        } else if (u == 0x066C) {
            c = QLatin1Char(',');
        } else if (u == 0x066B) {
            c = QLatin1Char('.');
        } else if (u == 0x066A) {
            c = QLatin1Char('%');
        } else if (c.isDigit()) {
            numeric = true;
        }
    }
    if (!numeric)
        return text;
    // Dates and months ('2026-10-31'): in the user's digits, as one left-to-right unit.
    if (latin.indexOf(QLatin1Char('-'), 1) > 0)
        return display.date(latin);
    const QString probe = display.digitsOf(QStringLiteral("0"));
    if (probe == QStringLiteral("0"))
        return latin;
    // Arabic-Indic: the separators of DisplaySettings::number.
    QString out = display.digitsOf(latin);
    bool allFigures = true;
    for (const QChar c : latin) {
        if (!(c.isDigit() || c == QLatin1Char(',') || c == QLatin1Char('.') || c == QLatin1Char('%')
                || c == QLatin1Char('-')))
            allFigures = false;
    }
    if (allFigures) { // a figure, not a date or a code
        out.replace(QLatin1Char(','), QChar(0x066C));
        out.replace(QLatin1Char('.'), QChar(0x066B));
        out.replace(QLatin1Char('%'), QChar(0x066A));
    }
    return out;
}

QVariant DigitsProxy::shown(const QVariant& value) const
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return m_display.number(value.toLongLong());
    case QMetaType::Double:
        return m_display.number(value.toDouble(), 2);
    case QMetaType::QString:
        return redigit(value.toString(), m_display);
    default:
        return value;
    }
}

QVariant DigitsProxy::data(const QModelIndex& index, int role) const
{
    if (role == Qt::DisplayRole)
        return shown(QIdentityProxyModel::data(index, role));
    if (role == Qt::TextAlignmentRole) {
        const QVariant own = QIdentityProxyModel::data(index, role);
        if (own.isValid())
            return own;
        const QVariant v = QIdentityProxyModel::data(index, Qt::DisplayRole);
        const bool figure = v.typeId() != QMetaType::QString
            || (!v.toString().isEmpty() && (v.toString().front().isDigit()));
        return figure ? QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter) : QVariant();
    }
    if (role == Qt::FontRole && m_boldTotals
        && (index.row() == rowCount() - 1 || index.column() == columnCount() - 1)) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return QIdentityProxyModel::data(index, role);
}

QVariant DigitsProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::DisplayRole)
        return shown(QIdentityProxyModel::headerData(section, orientation, role));
    if (role == Qt::FontRole && m_boldTotals
        && section == (orientation == Qt::Vertical ? rowCount() : columnCount()) - 1) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return QIdentityProxyModel::headerData(section, orientation, role);
}

} // namespace tansiq::ui
