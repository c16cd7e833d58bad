#include "core/engine/Axis.h"

#include "core/registry/Vocabulary.h"

namespace tansiq::engine {

namespace {

// out[k] = slotOf(rows[k]): a loop the compiler makes once per column and mapping.
template<typename SlotOf>
Q_ALWAYS_INLINE void mapRows(const int* rows, int n, int* out, SlotOf slotOf)
{
    for (int k = 0; k < n; ++k)
        out[k] = slotOf(rows[k]);
}

} // namespace

void Axis::mapSlots(const int* rows, int n, int* out) const
{
    const Snapshot& s = m_snapshot;
    const auto plusOne = [rows, n, out](const auto* column) {
        mapRows(rows, n, out, [column](int r) { return int(column[r]) + 1; });
    };
    const auto as = [rows, n, out](const auto* column) {
        mapRows(rows, n, out, [column](int r) { return int(column[r]); });
    };
    switch (m_dimension) {
    case Dimension::ImplementingOrg:
        return plusOne(s.implementingOrg.data());
    case Dimension::ReportingOrg:
        return plusOne(s.reportingOrg.data());
    case Dimension::FundingOrg:
        return plusOne(s.fundingOrg.data());
    case Dimension::ActivityType:
        return plusOne(s.activityType.data());
    case Dimension::Sector:
        return as(s.sector.data());
    case Dimension::Status:
        return as(s.status.data());
    case Dimension::Modality:
        return as(s.modality.data());
    case Dimension::PopulationGroup:
        return as(s.populationGroup.data());
    case Dimension::Admin1:
    case Dimension::Admin2:
    case Dimension::Admin3:
    case Dimension::Admin4:
        return mapRows(rows, n, out, [place = s.place.data(), slotOf = m_placeSlot.data()](int r) {
            return slotOf[place[r]];
        });
    case Dimension::OrgType:
        return mapRows(rows, n, out, [&s](int r) { return s.orgType(r); });
    default: // none; time axes have ranges (mapSlotRanges)
        std::fill(out, out + n, 0);
    }
}

Axis::Axis(const Snapshot& s, Dimension dimension, Period range)
    : m_snapshot(s), m_dimension(dimension)
{
    m_rangeFirstDay = calendar::firstDayOfMonth(range.firstMonth);
    m_rangeLastDay = calendar::lastDayOfMonth(range.lastMonth);
    switch (dimension) {
    case Dimension::None:
        m_size = 1;
        break;
    case Dimension::ImplementingOrg:
    case Dimension::ReportingOrg:
    case Dimension::FundingOrg:
        m_size = int(s.orgs.size()) + 1;
        break;
    case Dimension::OrgType:
        m_size = int(terms(Vocabulary::OrgType).size());
        break;
    case Dimension::Sector:
        m_size = std::max(1, int(s.sectors.size()));
        break;
    case Dimension::ActivityType:
        m_size = int(s.types.size()) + 1;
        break;
    case Dimension::Admin1:
    case Dimension::Admin2:
    case Dimension::Admin3:
    case Dimension::Admin4: {
        const int level = adminLevelOf(dimension);
        m_size = int(s.places.size()) + 1;
        m_placeSlot.resize(size_t(s.places.size()));
        for (int p = 0; p < s.places.size(); ++p)
            m_placeSlot[size_t(p)] = s.places.at(p).ancestor[size_t(level)] + 1;
        break;
    }
    case Dimension::Month:
    case Dimension::Quarter:
    case Dimension::Year:
        m_base = unitOfMonth(range.firstMonth);
        m_size = unitOfMonth(range.lastMonth) - m_base + 1;
        // Each day of the range's slot, read twice per activity by every time pivot: a small
        // table (a year is 1.4 KB) that stays in the processor's nearest cache.
        if (m_rangeLastDay - m_rangeFirstDay < kDaySlotsUpTo) {
            m_daySlot.resize(size_t(m_rangeLastDay - m_rangeFirstDay + 1));
            for (int day = m_rangeFirstDay; day <= m_rangeLastDay; ++day)
                m_daySlot[size_t(day - m_rangeFirstDay)]
                    = int32_t(unitOfMonth(calendar::monthOfDay(day)) - m_base);
        }
        break;
    case Dimension::Status:
        m_size = int(terms(Vocabulary::Status).size());
        break;
    case Dimension::Modality:
        m_size = int(terms(Vocabulary::Modality).size());
        break;
    case Dimension::PopulationGroup:
        m_size = int(terms(Vocabulary::PopulationGroup).size());
        break;
    }
}

int Axis::memberOf(int slot) const
{
    switch (m_dimension) {
    case Dimension::ImplementingOrg:
    case Dimension::ReportingOrg:
    case Dimension::FundingOrg:
    case Dimension::ActivityType:
    case Dimension::Admin1:
    case Dimension::Admin2:
    case Dimension::Admin3:
    case Dimension::Admin4:
        return slot - 1;
    case Dimension::Month:
    case Dimension::Quarter:
    case Dimension::Year:
        return slot + m_base;
    default:
        return slot;
    }
}

int Axis::slotOfMember(int member) const
{
    switch (m_dimension) {
    case Dimension::ImplementingOrg:
    case Dimension::ReportingOrg:
    case Dimension::FundingOrg:
    case Dimension::ActivityType:
    case Dimension::Admin1:
    case Dimension::Admin2:
    case Dimension::Admin3:
    case Dimension::Admin4:
        return member + 1;
    case Dimension::Month:
    case Dimension::Quarter:
    case Dimension::Year:
        return member - m_base;
    default:
        return member;
    }
}

bool Axis::before(int a, int b) const
{
    const int ma = memberOf(a);
    const int mb = memberOf(b);
    if ((ma < 0) != (mb < 0))
        return mb < 0; // "none" last
    if (ma < 0)
        return false;
    const Snapshot& s = m_snapshot;
    switch (m_dimension) {
    case Dimension::ImplementingOrg:
    case Dimension::ReportingOrg:
    case Dimension::FundingOrg: {
        const int c
            = QString::compare(s.orgs.at(ma).acronym, s.orgs.at(mb).acronym, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : ma < mb;
    }
    case Dimension::Sector:
        return s.sectors.at(ma).code < s.sectors.at(mb).code;
    case Dimension::ActivityType:
        return s.types.at(ma).code < s.types.at(mb).code;
    case Dimension::Admin1:
    case Dimension::Admin2:
    case Dimension::Admin3:
    case Dimension::Admin4:
        return s.places.at(ma).pcode < s.places.at(mb).pcode;
    default:
        return ma < mb;
    }
}

} // namespace tansiq::engine
