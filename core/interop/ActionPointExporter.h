#pragma once

#include "core/common/Result.h"
#include "core/interop/TableSink.h"
#include "core/registry/Vocabulary.h"
#include "core/registry/coordination/ActionPointRepository.h"

namespace tansiq {
class Registry;
}

namespace tansiq::interop {

// Writes action points as a 4W-style table (a human header row and an HXL hashtag row;
// docs/formats/4w-csv-xlsx.md, "Action points") through the same CSV and XLSX sinks as the
// 4W export: names and status labels in the chosen language, dates ISO, an overdue column
// as of `today`.
class ActionPointExporter {
public:
    explicit ActionPointExporter(Registry& registry) : m_registry(registry) { }

    Result<qint64> write(
        TableSink& sink, const ActionPointFilter& filter, Language language, const QString& today);

private:
    Registry& m_registry;
};

} // namespace tansiq::interop
