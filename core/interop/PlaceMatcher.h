#pragma once

#include "core/interop/FourWColumns.h"
#include "core/interop/ReferenceCatalog.h"

#include <QStringList>

#include <functional>
#include <optional>

namespace tansiq::interop {

// Where a row says its activity is: the deepest P-code given (adm4 … adm1) when there is one;
// otherwise the names, level by level from the governorate down, each level narrowing the
// next (English, Arabic or alternative names, folded).
struct PlaceMatch {
    enum class Outcome { NotGiven, Found, Unknown, Ambiguous };
    Outcome outcome = Outcome::NotGiven;
    QString pcode; // when Found
    Field field = Field::Adm3Code; // the column at fault (Unknown, Ambiguous)
    QString value; // what it held
    QStringList candidates; // Unknown: closest names; Ambiguous: the P-codes it names
};

PlaceMatch matchPlace(const ReferenceCatalog& catalog, const std::function<QString(Field)>& cell);

} // namespace tansiq::interop
