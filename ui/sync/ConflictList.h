#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace tansiq {
class Workspace;
}

namespace tansiq::ui {

// An open sync conflict as the Sync page shows it: which record (named in both languages),
// which field, the value shown now, and each competing value with the office and time it
// came from. `keep` is what core/sync's Conflicts::resolve expects for that choice.
struct ConflictView {
    qint64 id = 0;
    QString table; // "organisation", ...
    QString field; // column name, or "deleted"
    bool editDelete = false;
    QString recordEn;
    QString recordAr;
    QVariant current;
    struct Choice {
        QVariant value;
        QString office;
        qint64 atMs = 0;
        QString keep;
    };
    QList<Choice> choices;
};

// Reads the open conflicts (the same list as `tansiq-cli conflicts list`) with their records'
// names. Read only.
QList<ConflictView> readConflicts(Workspace& workspace);

} // namespace tansiq::ui
