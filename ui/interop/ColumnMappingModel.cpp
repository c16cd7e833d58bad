#include "ui/interop/ColumnMappingModel.h"

#include "core/common/Text.h"
#include "core/interop/FourWColumns.h"
#include "core/interop/HxlTag.h"
#include "ui/common/DisplaySettings.h"

namespace tansiq::ui {

namespace {

constexpr int kExampleRows = 3;

// "A", "B" … "Z", "AA": the column as the spreadsheet program names it.
QString columnLetter(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

// The export tag of the field a tag stands for ("" when it is none).
QString exportTagFor(const QString& tagText)
{
    const auto tag = interop::HxlTag::parse(tagText);
    const auto field = tag ? interop::fieldForTag(*tag) : std::nullopt;
    if (!field)
        return QString();
    for (const interop::ExportColumn& column : interop::exportColumns()) {
        if (column.field == *field)
            return QString::fromLatin1(column.tag);
    }
    return QString();
}

} // namespace

QString ColumnMappingModel::ignoreTag()
{
    return QStringLiteral("#meta+ignore");
}

void ColumnMappingModel::setColumns(const QList<QStringList>& rows, int headerRow,
    const interop::ColumnMapping& prefill, bool arabic)
{
    beginResetModel();
    m_entries.clear();
    m_arabic = arabic;
    const QStringList headers = rows.value(headerRow);
    for (int c = 0; c < headers.size(); ++c) {
        Entry entry;
        entry.column = c;
        entry.header = headers.at(c).trimmed();
        if (entry.header.isEmpty())
            continue; // a mapping goes by header text: an unnamed column cannot be mapped
        QStringList examples;
        for (int r = headerRow + 1; r < rows.size() && examples.size() < kExampleRows; ++r) {
            const QString cell = rows.at(r).value(c).simplified();
            if (!cell.isEmpty())
                examples << cell;
        }
        entry.examples = examples.join(QStringLiteral(" | "));
        const auto remembered = prefill.constFind(text::foldForSearch(entry.header));
        if (remembered != prefill.cend()) {
            entry.tag = exportTagFor(remembered.value());
        } else if (const auto field = interop::fieldForHeader(entry.header)) {
            for (const interop::ExportColumn& column : interop::exportColumns()) {
                if (column.field == *field)
                    entry.tag = QString::fromLatin1(column.tag);
            }
        }
        m_entries << entry;
    }
    endResetModel();
}

bool ColumnMappingModel::setTag(int row, const QString& tag)
{
    if (row < 0 || row >= m_entries.size())
        return false;
    m_entries[row].tag = exportTagFor(tag);
    emit dataChanged(index(row, FieldColumn), index(row, FieldColumn));
    return true;
}

int ColumnMappingModel::rowOfHeader(const QString& header) const
{
    for (int r = 0; r < m_entries.size(); ++r) {
        if (m_entries.at(r).header == header)
            return r;
    }
    return -1;
}

interop::ColumnMapping ColumnMappingModel::mapping() const
{
    interop::ColumnMapping mapping;
    for (const Entry& entry : m_entries)
        mapping.insert(
            text::foldForSearch(entry.header), entry.tag.isEmpty() ? ignoreTag() : entry.tag);
    return mapping;
}

int ColumnMappingModel::mappedCount() const
{
    return int(std::count_if(
        m_entries.cbegin(), m_entries.cend(), [](const Entry& e) { return !e.tag.isEmpty(); }));
}

QStringList ColumnMappingModel::tagChoices() const
{
    QStringList tags { QString() };
    for (const interop::ExportColumn& column : interop::exportColumns())
        tags << QString::fromLatin1(column.tag);
    return tags;
}

QString ColumnMappingModel::tagLabel(const QString& tag) const
{
    if (tag.isEmpty())
        return tr("— ignore this column —");
    for (const interop::ExportColumn& column : interop::exportColumns()) {
        if (QLatin1String(column.tag) == tag) {
            const QString header
                = interop::exportHeader(column, m_arabic ? Language::Arabic : Language::English);
            // The tag is Latin text: isolate it so it keeps its order inside Arabic.
            return header + QStringLiteral("  ") + DisplaySettings::leftToRight(tag);
        }
    }
    return tag;
}

int ColumnMappingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ColumnMappingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ColumnMappingModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry& entry = m_entries.at(index.row());
    if (role == Qt::EditRole && index.column() == FieldColumn)
        return entry.tag;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case LetterColumn:
        return columnLetter(entry.column);
    case HeaderColumn:
        return entry.header;
    case ExamplesColumn:
        return entry.examples;
    case FieldColumn:
        return tagLabel(entry.tag);
    case ColumnCount:
        break;
    }
    return {};
}

bool ColumnMappingModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || index.column() != FieldColumn)
        return false;
    return setTag(index.row(), value.toString());
}

Qt::ItemFlags ColumnMappingModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == FieldColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant ColumnMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case LetterColumn:
        return tr("Column");
    case HeaderColumn:
        return tr("Header in the file");
    case ExamplesColumn:
        return tr("Examples");
    case FieldColumn:
        return tr("4W field");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace tansiq::ui
