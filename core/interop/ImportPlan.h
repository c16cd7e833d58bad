#pragma once

#include "SheetLayout.h"
#include "common/Issue.h"
#include "registry/Activity.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace tansiq::interop {

// What importing one row would do.
enum class RowAction { Create, Update, Unchanged, Blank, Error };

struct PlannedRow {
    int row = 0;  // 1-based row number as the user sees it in the spreadsheet
    RowAction action = RowAction::Error;
    Activity activity;  // complete record to write (Create/Update)
    Issues issues;      // errors and warnings, each with its row
};

// A value the import could not match, with how many rows hold it and the closest names.
struct Unmatched {
    QString kind;   // "organisation", "place", "sector", "activity type", "project"
    QString value;  // as written in the file
    int rows = 0;
    QStringList suggestions;
};

// The dry run: everything an import would do, computed without writing. A GUI wizard shows it
// for review (rows, issues, unmatched names) before ImportApplier writes it.
struct ImportPlan {
    QString file;         // the file's name
    QString description;  // format, encoding, delimiter / sheet (SheetReader)
    SheetLayout layout;
    QUuid partnerId;      // the partner whose file this is (optional)
    ColumnMapping mapping;  // the mapping to remember for the partner (when one was used)
    QList<PlannedRow> rows;
    QList<Unmatched> unmatched;
    Issues fileIssues;    // about the whole file (ignored columns, layout notes)

    int count(RowAction action) const;
    bool canApply() const { return count(RowAction::Error) == 0 && !hasErrors(fileIssues); }
    bool changesSomething() const
    {
        return count(RowAction::Create) + count(RowAction::Update) > 0;
    }
};

}  // namespace tansiq::interop
