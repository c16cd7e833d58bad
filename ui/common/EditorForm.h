#pragma once

#include "core/common/Issue.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace tansiq::ui {

// A form whose rows show core's validation messages right under the field they concern.
// Each row is registered with the field name core uses in its issues (the source text in
// the tansiq::Validators context, e.g. "acronym"), so an issue's translated `field` finds
// its row in any language. Issues for no known row appear at the top of the form.
class EditorForm : public QWidget {
    Q_OBJECT
public:
    explicit EditorForm(QWidget* parent = nullptr);

    // Adds a row; returns the caption label so the editor can translate it.
    QLabel* addRow(const char* coreField, QWidget* input);
    void addRow(QLabel* caption, QWidget* input);

    // Issues core raises for `coreField`, a rule over several fields (e.g. "name": an Arabic or
    // an English name), are shown under each of `rowFields` instead of at the top.
    void showUnder(const char* coreField, const QList<const char*>& rowFields);

    // Shows every issue at once, each under its field's row, then brings the first refused
    // field (in the form's order) into view and gives it the keyboard focus.
    void showIssues(const Issues& issues);
    void clearIssues();
    // The messages currently shown (for tests and screen readers), in display order.
    QStringList messages() const;

    static QString coreFieldName(const char* coreField);

    // The input of the first row, in the form's order, that shows an error; null when none.
    QWidget* firstProblem() const;

private:
    void makeRoom();
    void revealFirstProblem();
    // A message as the form shows it: dates as their fields show them, numbers in typing order.
    QString asShown(QString message) const;

    struct Row {
        QWidget* input = nullptr;
        QLabel* message = nullptr;
        bool refused = false; // shows an error (not only a note)
    };

    QFormLayout* m_layout;
    QLabel* m_general;
    bool m_generalError = false;
    QHash<QString, Row> m_rows; // by core field source text
    QList<QString> m_order;
    QHash<QString, QStringList> m_sharedRules; // core field source text -> row keys
};

} // namespace tansiq::ui
