#pragma once

#include <QList>

namespace tansiq {

// A replicated table as the write path sees it: its name and its user columns, in order.
// Every replicated table also has `id`, `origin_office`, `created_at`, `updated_at` and
// `deleted`, managed by RecordWriter. The column order is part of the sync format: a column's
// position is its field number, so columns are only ever appended, never reordered or reused.
struct TableSpec {
    const char* name;
    QList<const char*> columns;

    int indexOf(const char* column) const;
};

namespace tables {
extern const TableSpec organisation;
extern const TableSpec sector;
extern const TableSpec activityType;
extern const TableSpec project;
extern const TableSpec projectPartner;
extern const TableSpec projectSector;
extern const TableSpec activity;
extern const TableSpec need;
extern const TableSpec duplicationReview; // the 4W engine's duplication decisions
extern const TableSpec partnerRegistration; // an organisation's registration (decision 0071)

// All replicated tables, parents before children.
const QList<const TableSpec*>& all();
const TableSpec* byName(const QByteArray& name);
} // namespace tables

} // namespace tansiq
