#pragma once

#include <QStringList>

namespace tansiq::publish {

// The views of the target that give the figures of docs/measures.md (4W, active months,
// unique reach, latest needs, gaps), in dependency order.
QStringList viewDefinitions(const QString& schema);

} // namespace tansiq::publish
