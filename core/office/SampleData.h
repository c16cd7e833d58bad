#pragma once

#include "core/common/Result.h"

namespace tansiq {

class Database;

// A database made to explore Tansiq with invented data (the GUI's "Explore with sample data",
// `tansiq-cli demo --sample`) carries a marker in its local settings (never replicated).
// Nothing from it may reach another office: the sync exporter refuses such a database, so the
// GUI and the CLI both refuse (docs/decisions/0045).
namespace sampledata {

bool isSample(Database& db);
Status mark(Database& db);
// "This is the sample database ...": why a bundle cannot be made from it.
Issue exportRefused(const QString& path);

} // namespace sampledata
} // namespace tansiq
