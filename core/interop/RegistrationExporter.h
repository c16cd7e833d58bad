#pragma once

#include "core/browse/RegistrationWatch.h"
#include "core/common/Result.h"
#include "core/interop/TableSink.h"
#include "core/registry/Vocabulary.h"

namespace tansiq::interop {

// Writes organisations with their registration standing through the 4W export's sinks (CSV
// or XLSX, with a human header row and an HXL hashtag row): one row per organisation, with
// the registration its standing comes from. Labels in the chosen language.
class RegistrationExporter {
public:
    static Status write(
        TableSink& sink, const QList<browse::OrganisationStanding>& rows, Language language);
    static TableSink::Layout layout(Language language);
};

} // namespace tansiq::interop
