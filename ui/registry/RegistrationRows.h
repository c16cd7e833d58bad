#pragma once

#include "core/common/Issue.h"
#include "core/registry/PartnerRegistration.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tansiq::ui {

class DisplaySettings;
class TermCombo;

// The organisation editor's registrations (issue 16): one line per registration with its
// authority, the authority's name, number, date, expiry and status, a button to remove it and
// one to add another. Holds no data of its own beyond the fields; the editor saves them with
// the organisation in one undoable step.
class RegistrationRows : public QWidget {
    Q_OBJECT
public:
    RegistrationRows(const DisplaySettings& display, QWidget* parent = nullptr);

    void setRegistrations(const QList<PartnerRegistration>& registrations);
    // The registrations as the fields say (ids kept for those that existed).
    QList<PartnerRegistration> registrations() const;
    // The number suggested for the first added registration (the legacy registration no.).
    void setSuggestedNumber(const QString& number) { m_suggestedNumber = number; }
    int count() const { return int(m_lines.size()); }
    void addRegistration();
    void removeRegistration(int index);

    // Shows core's messages about registrations under the lines; returns the issues that were
    // not about a registration field.
    Issues showIssues(const Issues& issues);
    void retranslate();

private:
    struct Line {
        QUuid id;
        TermCombo* authority = nullptr;
        QLineEdit* authorityName = nullptr;
        QLineEdit* number = nullptr;
        QLineEdit* date = nullptr;
        QLineEdit* expiry = nullptr;
        TermCombo* status = nullptr;
        QPushButton* remove = nullptr;
    };
    void addLine(const PartnerRegistration& registration);
    void relayout();

    const DisplaySettings& m_display;
    QGridLayout* m_grid;
    QList<QLabel*> m_headers;
    QList<Line> m_lines;
    QLabel* m_empty;
    QLabel* m_messages;
    QPushButton* m_add;
    QString m_suggestedNumber;
};

} // namespace tansiq::ui
