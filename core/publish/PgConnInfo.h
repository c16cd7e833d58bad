#pragma once

#include "core/common/Result.h"

#include <QString>

namespace tansiq::publish {

// A libpq connection string ("host=… dbname=… user=…"), split for QPSQL.
struct ConnInfo {
    QString host, database, user, password, options;
    int port = -1;
};
Result<ConnInfo> parseConnInfo(const QString& text);

} // namespace tansiq::publish
