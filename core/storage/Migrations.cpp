#include "Migrations.h"

namespace tansiq {

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> list = {
        {1, "initial registry", QStringLiteral(":/tansiq/migrations/0001_initial.sql")},
        {2, "duplication reviews", QStringLiteral(":/tansiq/migrations/0002_duplication_review.sql")},
    };
    return list;
}

int latestSchemaVersion()
{
    return migrations().back().version;
}

}  // namespace tansiq
