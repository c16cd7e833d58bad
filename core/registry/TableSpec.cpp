#include "core/registry/TableSpec.h"

#include "core/registry/coordination/CoordinationTables.h"

#include <QByteArray>

#include <cstring>

namespace tansiq {

int TableSpec::indexOf(const char* column) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (std::strcmp(columns.at(i), column) == 0)
            return i;
    }
    return -1;
}

namespace tables {

const TableSpec organisation { "organisation",
    { "acronym", "name_en", "name_ar", "org_type", "registration_no", "contact_name",
        "contact_email", "contact_phone", "active" } };

const TableSpec sector { "sector", { "code", "name_en", "name_ar" } };

const TableSpec activityType { "activity_type", { "sector_id", "code", "name_en", "name_ar" } };

const TableSpec project { "project",
    { "code", "title_en", "title_ar", "lead_org_id", "start_date", "end_date", "status", "budget",
        "currency" } };

const TableSpec projectPartner { "project_partner", { "project_id", "org_id", "role" } };

const TableSpec projectSector { "project_sector", { "project_id", "sector_id" } };

const TableSpec activity { "activity",
    { "project_id", "reporting_org_id", "implementing_org_id", "programming_org_id", "donor_org_id",
        "sector_id", "activity_type_id", "admin_pcode", "site_name", "latitude", "longitude",
        "start_date", "end_date", "reporting_month", "status", "modality", "population_group",
        "targeted", "reached", "reached_girls", "reached_boys", "reached_women", "reached_men",
        "reached_elderly_women", "reached_elderly_men", "households", "budget", "currency",
        "transfer_value", "contact_name", "contact_email", "contact_phone", "comments", "sensitive",
        // Schema 7 (decision 0064): appended, so older bundles keep their field numbers.
        "targeted_girls", "targeted_boys", "targeted_women", "targeted_men",
        "targeted_elderly_women", "targeted_elderly_men" } };

const TableSpec need { "need",
    { "admin_pcode", "sector_id", "severity", "people_in_need", "source", "assessed_on" } };

const TableSpec duplicationReview { "duplication_review", { "group_key", "decision", "note" } };

const TableSpec workingGroup { "working_group",
    { "name_en", "name_ar", "sector_id", "admin_pcode", "cadence" } };

const TableSpec workingGroupMember { "working_group_member", { "group_id", "org_id", "role" } };

const TableSpec meeting { "meeting",
    { "held_on", "group_id", "title", "admin_pcode", "venue", "chair", "agenda", "minutes" } };

const TableSpec meetingAttendance { "meeting_attendance", { "meeting_id", "org_id" } };

const TableSpec meetingDecision { "meeting_decision",
    { "meeting_id", "position", "text", "sector_id", "admin_pcode", "need_id" } };

const TableSpec monitoringVisit { "monitoring_visit",
    { "visited_on", "project_id", "activity_id", "admin_pcode", "visiting_org_id", "findings",
        "rating" } };

const TableSpec actionPoint { "action_point",
    { "text", "org_id", "due_on", "status", "meeting_id", "visit_id", "sector_id",
        "admin_pcode" } };

const TableSpec actionPointStatus { "action_point_status",
    { "action_point_id", "from_status", "to_status", "note" } };

const TableSpec partnerRegistration { "partner_registration",
    { "org_id", "authority", "authority_name", "registration_no", "registered_on", "expires_on",
        "status" } };

const QList<const TableSpec*>& all()
{
    static const QList<const TableSpec*> list = { &organisation, &sector, &activityType, &project,
        &projectPartner, &projectSector, &activity, &need, &duplicationReview, &workingGroup,
        &workingGroupMember, &meeting, &meetingAttendance, &meetingDecision, &monitoringVisit,
        &actionPoint, &actionPointStatus, &partnerRegistration };
    return list;
}

const TableSpec* byName(const QByteArray& name)
{
    for (const TableSpec* spec : all()) {
        if (name == spec->name)
            return spec;
    }
    return nullptr;
}

} // namespace tables
} // namespace tansiq
