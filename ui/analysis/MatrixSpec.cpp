#include "ui/analysis/MatrixSpec.h"

#include "core/engine/Calendar.h"
#include "core/engine/Snapshot.h"
#include "core/registry/Vocabulary.h"

#include <algorithm>

namespace tansiq::ui {

using namespace tansiq::engine;

namespace {

// A filter naming a member the snapshot does not have keeps nothing (no members at all):
// the honest answer for an organisation deleted since it was chosen.
Filter filterOf(Dimension dimension, int member)
{
    Filter filter { dimension, {} };
    if (member >= 0)
        filter.members << member;
    return filter;
}

int termIndex(Vocabulary vocabulary, const QString& code)
{
    const QList<Term>& list = terms(vocabulary);
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).code == code)
            return i;
    }
    return -1;
}

} // namespace

PivotQuery MatrixSpec::toQuery(const Snapshot& s) const
{
    PivotQuery query;
    query.rows = dimensionByName(rows).value_or(Dimension::None);
    query.columns = dimensionByName(columns).value_or(Dimension::None);
    query.measure = measureByName(measure).value_or(Measure::Activities);
    if (!sector.isEmpty()) {
        int index = -1;
        for (int i = 0; i < s.sectors.size(); ++i) {
            if (s.sectors.at(i).code == sector)
                index = i;
        }
        query.filters << filterOf(Dimension::Sector, index);
    }
    if (!organisation.isEmpty()) {
        const QByteArray id = QByteArray::fromHex(organisation.toLatin1());
        int index = -1;
        for (int i = 0; i < s.orgs.size(); ++i) {
            if (s.orgs.at(i).id == id)
                index = i;
        }
        query.filters << filterOf(Dimension::ImplementingOrg, index);
    }
    if (!status.isEmpty())
        query.filters << filterOf(Dimension::Status, termIndex(Vocabulary::Status, status));
    if (!pcode.isEmpty()) {
        const int place = s.placeOf(pcode);
        const int level = place >= 0 ? s.places.at(place).level : 1;
        query.filters << filterOf(adminDimension(std::clamp(level, 1, 4)), place);
    }
    const auto first
        = calendar::parseMonth(firstMonth.toLatin1().constData(), int(firstMonth.size()));
    const auto last = calendar::parseMonth(lastMonth.toLatin1().constData(), int(lastMonth.size()));
    if (first && last)
        query.period = Period { std::min(*first, *last), std::max(*first, *last) };
    return query;
}

void narrowTo(PivotQuery& query, Dimension dimension, int member)
{
    if (dimension != Dimension::None)
        query.filters << Filter { dimension, { member } };
}

} // namespace tansiq::ui
