#include "core/storage/Migrations.h"

namespace tansiq {

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> list = {
        { 1, "initial registry", QStringLiteral(":/tansiq/migrations/0001_initial.sql") },
        { 2, "interop: column mappings, boundaries",
            QStringLiteral(":/tansiq/migrations/0002_interop.sql") },
        { 3, "covering indexes for browsing activities",
            QStringLiteral(":/tansiq/migrations/0003_browse_indexes.sql") },
        { 4, "duplication reviews",
            QStringLiteral(":/tansiq/migrations/0004_duplication_review.sql") },
        { 5, "sync bookkeeping", QStringLiteral(":/tansiq/migrations/0005_sync.sql") },
        { 6, "interop: partner values remembered by the 4W import",
            QStringLiteral(":/tansiq/migrations/0006_value_mappings.sql") },
        { 7, "people targeted by sex and age",
            QStringLiteral(":/tansiq/migrations/0007_targeted_by_sex_and_age.sql") },
        { 8, "coordination: working groups, meetings, action points, monitoring visits",
            QStringLiteral(":/tansiq/migrations/0008_coordination.sql") },
        { 9, "partner registration",
            QStringLiteral(":/tansiq/migrations/0009_partner_registration.sql") },
    };
    return list;
}

int latestSchemaVersion()
{
    return migrations().back().version;
}

} // namespace tansiq
