#pragma once

#include "core/registry/TableSpec.h"

namespace tansiq::tables {

// The replicated tables of coordination (issue 16, docs/decisions/0067), defined with the
// others in TableSpec.cpp and listed in tables::all() (parents before children).
extern const TableSpec workingGroup;
extern const TableSpec workingGroupMember;
extern const TableSpec meeting;
extern const TableSpec meetingAttendance;
extern const TableSpec meetingDecision;
extern const TableSpec monitoringVisit;
extern const TableSpec actionPoint;
extern const TableSpec actionPointStatus;

} // namespace tansiq::tables
