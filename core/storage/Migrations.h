#pragma once

#include <QString>

#include <vector>

namespace tansiq {

// One numbered schema step. Versions start at 1 and increase by one; a step is never edited
// once released — a change is a new step (docs/formats/database.md).
struct Migration {
    int version;
    const char* name;
    QString sqlResource; // a Qt resource holding the SQL script
};

const std::vector<Migration>& migrations();
int latestSchemaVersion();

} // namespace tansiq
