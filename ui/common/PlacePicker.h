#pragma once

#include "core/registry/AdminUnit.h"

#include <QWidget>

class QLineEdit;
class QListWidget;

namespace tansiq::ui {

class DisplaySettings;

// Chooses a place by typing part of its Arabic or English name, an alternative spelling or
// its P-code. Matching uses text::foldForSearch: Arabic diacritics are ignored and أ/إ/آ/ا,
// ة/ه and ى/ي match each other, so "دير الزور" finds "دَيْر الزُّور" and "ادلب" finds "إدلب".
class PlacePicker : public QWidget {
    Q_OBJECT
public:
    PlacePicker(QList<AdminUnit> units, const DisplaySettings& display, QWidget* parent = nullptr);

    QString pcode() const { return m_pcode; }
    void setPcode(const QString& pcode);
    QLineEdit* searchField() const { return m_search; }
    QListWidget* results() const { return m_results; }

signals:
    void pcodeChanged(const QString& pcode);

private:
    void search(const QString& text);
    QString label(const AdminUnit& unit) const;

    struct Entry {
        AdminUnit unit;
        QString folded;
    };
    const DisplaySettings& m_display;
    QList<Entry> m_entries;
    QLineEdit* m_search;
    QListWidget* m_results;
    QString m_pcode;
};

} // namespace tansiq::ui
