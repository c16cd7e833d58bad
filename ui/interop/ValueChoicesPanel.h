#pragma once

#include "core/interop/ImportPlan.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QScrollArea;
class QSplitter;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace tansiq::ui {

class DisplaySettings;

// An existing value the user may pick for a partner's value (ReviewNames::candidates).
struct ValueCandidate {
    QString key; // record id, vocabulary code or P-code
    QString display; // name (and code) as shown
    QString search; // every folded spelling (Arabic and Latin), for the filter
};
using ValueCandidates = QHash<QString, QList<ValueCandidate>>; // kind key → candidates

// The review step's "match values" panel (decision 0055): every partner value that matched
// nothing, and for the selected one: take a suggestion, pick any existing value from a list
// that filters as you type (Arabic or Latin, folded like the other searches), create it
// (organisations, projects) or leave its rows out. The choices are kept until the wizard
// closes and given to the next check of the file.
class ValueChoicesPanel : public QWidget {
    Q_OBJECT
public:
    explicit ValueChoicesPanel(const DisplaySettings& display, QWidget* parent = nullptr);

    // The values still unmatched and the choices the plan applied that were made here.
    void setValues(const interop::ImportPlan& plan, const ValueCandidates& candidates);
    interop::ValueMap choices() const { return m_choices; }
    void clearChoices();
    int valueCount() const;

    // Selects the row of a value (tests and keyboard users reach every control).
    bool selectValue(const QString& kind, const QString& value);
    QTableView* table() const { return m_table; }
    QComboBox* suggestions() const { return m_suggestions; }
    QLineEdit* pickerFilter() const { return m_filter; }
    QListView* picker() const { return m_picker; }
    QPushButton* useSuggestionButton() const { return m_useSuggestion; }
    QPushButton* usePickedButton() const { return m_usePicked; }
    QPushButton* createButton() const { return m_create; }
    QPushButton* skipButton() const { return m_skip; }

signals:
    void choicesChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillTable();
    void showSelected();
    void choose(const interop::ValueChoice& choice, const QString& shown);
    int selectedRow() const;

    struct Value {
        QString kind;
        QString value;
        int rows = 0;
        QStringList suggestions;
        QStringList suggestionKeys;
        bool canCreate = false;
    };
    const DisplaySettings& m_display;
    QList<Value> m_values;
    ValueCandidates m_candidates;
    interop::ValueMap m_choices;
    QHash<QString, QString> m_shown; // kind + value → the choice as shown

    QSplitter* m_split;
    QScrollArea* m_actions;
    QLabel* m_title;
    QLabel* m_help;
    QStandardItemModel* m_model;
    QTableView* m_table;
    QLabel* m_suggestionLabel;
    QComboBox* m_suggestions;
    QPushButton* m_useSuggestion;
    QPushButton* m_create;
    QPushButton* m_skip;
    QLabel* m_pickLabel;
    QLineEdit* m_filter;
    QStandardItemModel* m_pickerModel;
    QSortFilterProxyModel* m_pickerFilter;
    QListView* m_picker;
    QPushButton* m_usePicked;
};

} // namespace tansiq::ui
