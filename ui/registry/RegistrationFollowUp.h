#pragma once

#include "core/browse/RegistrationWatch.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace tansiq::ui {

class DisplaySettings;

// "Registrations to follow up" under the organisations list (issue 16, item 5): active
// partners whose registration expires within 60 days or has expired, then those without a
// current registration (none, pending or suspended). Double-clicking one opens its editor.
class RegistrationFollowUp : public QWidget {
    Q_OBJECT
public:
    explicit RegistrationFollowUp(const DisplaySettings& display, QWidget* parent = nullptr);

    // The rows to show, from RegistrationWatch::standings (active and flagged ones are kept).
    void setStandings(const QList<browse::OrganisationStanding>& standings);
    QTreeWidget* list() const { return m_list; }
    void retranslate();

signals:
    void organisationActivated(const QUuid& orgId);

private:
    void fill();

    const DisplaySettings& m_display;
    QList<browse::OrganisationStanding> m_rows;
    QLabel* m_title;
    QTreeWidget* m_list;
};

} // namespace tansiq::ui
