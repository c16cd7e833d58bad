#pragma once

#include "core/common/Issue.h"
#include "core/interop/SheetLayout.h"
#include "core/interop/ValueMap.h"
#include "core/registry/Activity.h"
#include "core/registry/Organisation.h"
#include "core/registry/Project.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace tansiq::interop {

// What importing one row would do.
// Skipped: the row names a value the user chose to leave out (decision 0055).
enum class RowAction { Create, Update, Unchanged, Blank, Error, Skipped };

struct PlannedRow {
    int row = 0; // 1-based row number as the user sees it in the spreadsheet
    RowAction action = RowAction::Error;
    Activity activity; // complete record to write (Create/Update)
    Issues issues; // errors and warnings, each with its row
};

// A value the import could not match, with how many rows hold it and the closest names.
struct Unmatched {
    QString kind; // valueKindKey(): "organisation", "sector", "activity-type", "place" ...
    QString value; // as written in the file
    int rows = 0;
    QStringList suggestions; // closest names, as shown
    QStringList suggestionKeys; // their keys (record id, vocabulary code, P-code), same order

    ValueKind valueKind() const { return valueKindFromKey(kind).value_or(ValueKind::Organisation); }
    bool canCreate() const { return kind == u"organisation" || kind == u"project"; }
};

// A choice about a partner value that the plan applies (shown by the dry run and the wizard).
struct AppliedChoice {
    enum class Source { Given, Remembered, CreateOption };
    ValueKind kind = ValueKind::Organisation;
    QString value; // as written in the file
    ValueChoice choice; // Map: target is the resolved key
    QString targetDisplay; // what the key stands for (name and code)
    Source source = Source::Given;
    int rows = 0;
};

// Where the reporting month of the rows comes from.
enum class MonthSource { Column, Given, Title, Missing };

// The dry run: everything an import would do, computed without writing. A GUI wizard shows it
// for review (rows, issues, unmatched names) before ImportApplier writes it.
struct ImportPlan {
    QString file; // the file's name
    QString description; // format, encoding, delimiter / sheet (SheetReader)
    SheetLayout layout;
    QUuid partnerId; // the partner whose file this is (optional)
    ColumnMapping mapping; // the mapping to remember for the partner (when one was used)
    QList<PlannedRow> rows;
    QList<Unmatched> unmatched;
    Issues fileIssues; // about the whole file (ignored columns, layout notes)

    // The month for rows without one (decision 0054): given, or read from a title row.
    QString month; // YYYY-MM, empty when none
    MonthSource monthSource = MonthSource::Column;
    int monthRow = 0; // Title: the 1-based row it was read from
    QString monthText; // Title: the cell it was read from

    // Value choices (decision 0055): what the plan applies, what it creates, and the choices
    // to remember for the partner (the null partner: any file of this office).
    QList<AppliedChoice> choices;
    QList<Organisation> newOrganisations;
    QList<Project> newProjects;
    ValueMap remember;

    int count(RowAction action) const;
    bool canApply() const { return count(RowAction::Error) == 0 && !hasErrors(fileIssues); }
    bool changesSomething() const
    {
        return count(RowAction::Create) + count(RowAction::Update) > 0;
    }
};

} // namespace tansiq::interop
