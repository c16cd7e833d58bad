#include "core/interop/PlaceMatcher.h"

namespace tansiq::interop {

namespace {
const Field kCodes[] = { Field::Adm1Code, Field::Adm2Code, Field::Adm3Code, Field::Adm4Code };
const Field kNames[] = { Field::Adm1Name, Field::Adm2Name, Field::Adm3Name, Field::Adm4Name };
} // namespace

PlaceMatch matchPlace(const ReferenceCatalog& catalog, const std::function<QString(Field)>& cell)
{
    PlaceMatch match;
    for (int level = 4; level >= 1; --level) {
        const QString code = cell(kCodes[level - 1]).toUpper();
        if (code.isEmpty())
            continue;
        if (catalog.adminUnit(code)) {
            match.outcome = PlaceMatch::Outcome::Found;
            match.pcode = code;
        } else {
            match.outcome = PlaceMatch::Outcome::Unknown;
            match.field = kCodes[level - 1];
            match.value = code;
            const QString name = cell(kNames[level - 1]);
            if (!name.isEmpty())
                match.candidates = catalog.suggestPlaces(name, level, QString());
        }
        return match;
    }
    QString parent;
    for (int level = 1; level <= 4; ++level) {
        const QString name = cell(kNames[level - 1]);
        if (name.isEmpty())
            continue;
        const QStringList found = catalog.findPlaces(name, level, parent);
        if (found.size() == 1) {
            match.outcome = PlaceMatch::Outcome::Found;
            match.pcode = parent = found.first();
            continue;
        }
        match.field = kNames[level - 1];
        match.value = name;
        if (found.isEmpty()) {
            match.outcome = PlaceMatch::Outcome::Unknown;
            match.candidates = catalog.suggestPlaces(name, level, parent);
            return match;
        }
        bool deeper = false; // a finer level may still tell the namesakes apart
        for (int next = level + 1; next <= 4; ++next)
            deeper = deeper || !cell(kNames[next - 1]).isEmpty();
        if (!deeper) {
            match.outcome = PlaceMatch::Outcome::Ambiguous;
            match.candidates = found;
            return match;
        }
        match.outcome = PlaceMatch::Outcome::NotGiven; // decided by the next level
    }
    return match;
}

} // namespace tansiq::interop
