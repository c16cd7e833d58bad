#include "Migrations.h"

namespace tansiq {

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> list = {
        {1, "initial registry", QStringLiteral(":/tansiq/migrations/0001_initial.sql")},
        {2, "sync bookkeeping", QStringLiteral(":/tansiq/migrations/0002_sync.sql")},
    };
    return list;
}

int latestSchemaVersion()
{
    return migrations().back().version;
}

}  // namespace tansiq
