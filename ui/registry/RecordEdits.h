#pragma once

#include "core/common/Result.h"
#include "core/registry/Activity.h"
#include "core/registry/Need.h"
#include "core/registry/Organisation.h"
#include "core/registry/PartnerRegistration.h"
#include "core/registry/Project.h"

#include <QObject>

class QUndoStack;

namespace tansiq {
class Registry;
}

namespace tansiq::ui {

// The editors' way to change the registry: every change goes through the repositories
// (validated, transactional) and, when it succeeds, onto the undo stack as an EditCommand.
// Refused input comes back as issues for the editor to show beside its fields.
class RecordEdits : public QObject {
    Q_OBJECT
public:
    RecordEdits(Registry& registry, QUndoStack& undoStack, QObject* parent = nullptr);

    Result<QUuid> create(Organisation organisation);
    Status update(const Organisation& organisation);
    // An organisation with its registrations, written and undone together (one step).
    Result<QUuid> create(Organisation organisation, QList<PartnerRegistration> registrations);
    Status update(const Organisation& organisation, QList<PartnerRegistration> registrations);
    Result<QUuid> create(Project project);
    Status update(const Project& project);
    Result<QUuid> create(Activity activity);
    Status update(const Activity& activity);
    Result<QUuid> create(Need need);
    Status update(const Need& need);
    // What saving would report, without saving: core's validation of the record as it stands.
    Issues check(const Organisation& organisation) const;
    Issues check(const Project& project) const;
    Issues check(Activity activity) const;
    Issues check(const Need& need) const;
    Status removeOrganisation(const QUuid& id);
    Status removeProject(const QUuid& id);
    Status removeActivity(const QUuid& id);
    Status removeNeed(const QUuid& id);

    Registry& registry() const { return m_registry; }

signals:
    // A record of `table` ("organisation", "project", "activity", "need"; a registration is
    // told as "organisation", the page that shows it) changed: by an
    // edit, an undo or a redo. Pages re-read.
    void changed(const QString& table);
    // An undo or redo could not be applied; the message is for the user.
    void failed(const QString& message);

private:
    template<typename Repository, typename Record>
    Result<QUuid> createWith(
        Repository& repository, Record record, const QString& table, const QString& text);
    template<typename Repository, typename Record>
    Status updateWith(
        Repository& repository, const Record& record, const QString& table, const QString& text);
    template<typename Repository>
    Status removeWith(
        Repository& repository, const QUuid& id, const QString& table, const QString& text);
    void push(const QString& text, const QString& table, std::function<Status()> redo,
        std::function<Status()> undo);
    Status restore(const QString& table, const QUuid& id);
    // Writes the organisation (created when `create`) and makes `registrations` its
    // registrations, in one transaction.
    Status writeOrganisation(const Organisation& organisation,
        const QList<PartnerRegistration>& registrations, bool create);

    Registry& m_registry;
    QUndoStack& m_undo;
};

} // namespace tansiq::ui
