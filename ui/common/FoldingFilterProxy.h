#pragma once

#include <QSortFilterProxyModel>

namespace tansiq::ui {

// Filters rows whose displayed text (or the text of filterRole()) contains the search, compared
// with text::foldForSearch (Arabic diacritics and letter variants, Latin case and accents ignored).
// Sorts numbers as numbers through Qt::UserRole when the model provides it.
class FoldingFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit FoldingFilterProxy(QObject* parent = nullptr);

    void setSearch(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_needle;
};

} // namespace tansiq::ui
