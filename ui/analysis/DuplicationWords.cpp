#include "ui/analysis/DuplicationWords.h"

#include "core/engine/Calendar.h"
#include "core/engine/Members.h"
#include "core/engine/Snapshot.h"
#include "ui/common/DisplaySettings.h"

#include <QCoreApplication>

namespace tansiq::ui {

using namespace tansiq::engine;

namespace {
struct Words {
    Q_DECLARE_TR_FUNCTIONS(tansiq::ui::DuplicationPage)
};
} // namespace

QString duplicationTitle(const Snapshot& s, const DuplicateGroup& g, const DisplaySettings& display)
{
    const Language language = display.isArabic() ? Language::Arabic : Language::English;
    const QString place = g.place >= 0
        ? memberLabel(s, adminDimension(s.places.at(g.place).level), g.place, language)
        : QString();
    const QString type = memberLabel(s, Dimension::ActivityType, g.activityType, language);
    const QString group = memberLabel(s, Dimension::PopulationGroup, g.populationGroup, language);
    const QString from = display.date(calendar::dayLabel(g.sharedFirstDay));
    const QString period = g.sharedLastDay == calendar::kOpenEnd
        ? Words::tr("from %1, open-ended").arg(from)
        : Words::tr("%1 to %2").arg(from, display.date(calendar::dayLabel(g.sharedLastDay)));
    const QString title = Words::tr("%1 — %2 — %3 — %4").arg(place, type, group, period);
    // A right-to-left mark first: the catalogue's isolate around this title in a sentence
    // then reads it right to left (place first) even where it begins with a date.
    return display.isArabic() ? QChar(0x200F) + title : title;
}

int duplicationSector(const Snapshot& s, const DuplicateGroup& g)
{
    return g.rows.empty() ? -1 : int(s.sector[size_t(g.rows.front())]);
}

bool duplicationWithin(const Snapshot& s, const DuplicateGroup& g, int place)
{
    if (place < 0)
        return true;
    if (g.place < 0)
        return false;
    const int level = s.places.at(place).level;
    return level >= 0 && level < 5 && s.places.at(g.place).ancestor[size_t(level)] == place;
}

} // namespace tansiq::ui
