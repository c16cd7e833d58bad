#pragma once

#include "core/common/Result.h"
#include "core/interop/ExportFilter.h"
#include "core/interop/TableSink.h"
#include "core/registry/Vocabulary.h"

#include <atomic>
#include <functional>

namespace tansiq {
class Registry;
}

namespace tansiq::interop {

struct ExportSummary {
    qint64 rows = 0;
    qint64 sensitiveRows = 0; // written without coordinates, site and focal point
};

// Writes the 4W as a table with a human header row and the HXL hashtag row (4w-data.md), in
// the order of FourWColumns. Values: names in the chosen language, vocabulary labels in that
// language (import accepts codes, English and Arabic labels), dates ISO, numbers plain.
// Sensitive activities lose their coordinates, site name and focal point (name, email,
// phone): those fields stay in the office.
class FourWExporter {
public:
    using Progress = std::function<void(qint64 done)>;

    explicit FourWExporter(Registry& registry) : m_registry(registry) { }

    Result<ExportSummary> write(TableSink& sink, const ExportFilter& filter, Language language,
        const Progress& progress = {}, const std::atomic_bool* cancel = nullptr);

private:
    Registry& m_registry;
};

} // namespace tansiq::interop
