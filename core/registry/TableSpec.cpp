#include "TableSpec.h"

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

const TableSpec organisation{
    "organisation",
    {"acronym", "name_en", "name_ar", "org_type", "registration_no", "contact_name",
     "contact_email", "contact_phone", "active"}};

const TableSpec sector{"sector", {"code", "name_en", "name_ar"}};

const TableSpec activityType{"activity_type", {"sector_id", "code", "name_en", "name_ar"}};

const TableSpec project{
    "project",
    {"code", "title_en", "title_ar", "lead_org_id", "start_date", "end_date", "status", "budget",
     "currency"}};

const TableSpec projectPartner{"project_partner", {"project_id", "org_id", "role"}};

const TableSpec projectSector{"project_sector", {"project_id", "sector_id"}};

const TableSpec activity{
    "activity",
    {"project_id", "reporting_org_id", "implementing_org_id", "programming_org_id",
     "donor_org_id", "sector_id", "activity_type_id", "admin_pcode", "site_name", "latitude",
     "longitude", "start_date", "end_date", "reporting_month", "status", "modality",
     "population_group", "targeted", "reached", "reached_girls", "reached_boys",
     "reached_women", "reached_men", "reached_elderly_women", "reached_elderly_men",
     "households", "budget", "currency", "transfer_value", "contact_name", "contact_email",
     "contact_phone", "comments", "sensitive",
     // Schema 7 (decision 0064): appended, so older bundles keep their field numbers.
     "targeted_girls", "targeted_boys", "targeted_women", "targeted_men",
     "targeted_elderly_women", "targeted_elderly_men"}};

const TableSpec need{
    "need",
    {"admin_pcode", "sector_id", "severity", "people_in_need", "source", "assessed_on"}};

const TableSpec duplicationReview{"duplication_review", {"group_key", "decision", "note"}};

const QList<const TableSpec*>& all()
{
    static const QList<const TableSpec*> list = {&organisation, &sector, &activityType,
                                                 &project, &projectPartner, &projectSector,
                                                 &activity, &need,
                                                 &duplicationReview};
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

}  // namespace tables
}  // namespace tansiq
