#pragma once

#include "core/interop/SheetLayout.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace tansiq::ui {

// The column-mapping step of the import wizard for a file without an HXL hashtag row: one
// row per file column (its header and a few example values) and the 4W field it is mapped
// to, or "ignore". Pre-filled from a mapping (the partner's remembered one, or what the user
// chose earlier in this wizard), then from Tansiq's own export headers. The result is a
// ColumnMapping (header → HXL tag) that the planner applies and the import remembers.
class ColumnMappingModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { LetterColumn, HeaderColumn, ExamplesColumn, FieldColumn, ColumnCount };
    // Tag stored for a column the user chose to ignore: a valid HXL tag that is no 4W field,
    // so a remembered "ignore" overrides a header Tansiq would otherwise recognise.
    static QString ignoreTag();

    explicit ColumnMappingModel(QObject* parent = nullptr) : QAbstractTableModel(parent) { }

    // `headerRow` (0-based) of `rows` gives the headers; the rows below give the examples.
    void setColumns(const QList<QStringList>& rows, int headerRow,
        const interop::ColumnMapping& prefill, bool arabic);
    // The export tag chosen for a row ("" = ignore).
    QString tagAt(int row) const { return m_entries.value(row).tag; }
    bool setTag(int row, const QString& tag);
    int rowOfHeader(const QString& header) const;
    // header (folded) → tag, ignored columns included (so they stay ignored next month).
    interop::ColumnMapping mapping() const;
    int mappedCount() const;

    // The choices for the field column: "" (ignore) and every export tag, with labels.
    QStringList tagChoices() const;
    QString tagLabel(const QString& tag) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Entry {
        int column = 0;
        QString header;
        QString examples;
        QString tag; // export tag, "" = ignore
    };
    QList<Entry> m_entries;
    bool m_arabic = false;
};

} // namespace tansiq::ui
