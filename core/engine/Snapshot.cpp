#include "core/engine/Snapshot.h"

#include "core/engine/Calendar.h"

#include <algorithm>

namespace tansiq::engine {

qint64 Snapshot::liveCount() const
{
    qint64 n = 0;
    for (uint8_t flag : live)
        n += flag;
    return n;
}

QStringList Snapshot::reportingMonths() const
{
    // Month numbers are small and dense: a flag per month between the smallest and largest.
    const size_t n = size_t(rowCount());
    int first = INT32_MAX, last = INT32_MIN;
    for (size_t r = 0; r < n; ++r) {
        if (live[r]) {
            first = std::min(first, reportingMonth[r]);
            last = std::max(last, reportingMonth[r]);
        }
    }
    QStringList months;
    if (first > last)
        return months;
    std::vector<uint8_t> present(size_t(last - first + 1), 0);
    for (size_t r = 0; r < n; ++r)
        if (live[r])
            present[size_t(reportingMonth[r] - first)] = 1;
    for (size_t m = 0; m < present.size(); ++m)
        if (present[m])
            months << calendar::monthLabel(first + int(m));
    return months;
}

void Snapshot::reserve(qint64 rows)
{
    const auto n = size_t(rows);
    id.reserve(n);
    implementingOrg.reserve(n);
    reportingOrg.reserve(n);
    fundingOrg.reserve(n);
    sector.reserve(n);
    activityType.reserve(n);
    place.reserve(n);
    startDay.reserve(n);
    endDay.reserve(n);
    reportingMonth.reserve(n);
    status.reserve(n);
    modality.reserve(n);
    populationGroup.reserve(n);
    targeted.reserve(n);
    reached.reserve(n);
    households.reserve(n);
    budget.reserve(n);
    site.reserve(n);
    for (auto& column : people)
        column.reserve(n);
    live.reserve(n);
}

void Snapshot::resizeRows(qint64 rows)
{
    const auto n = size_t(rows);
    id.resize(n);
    implementingOrg.resize(n, 0);
    reportingOrg.resize(n, 0);
    fundingOrg.resize(n, -1);
    sector.resize(n, 0);
    activityType.resize(n, -1);
    place.resize(n, 0);
    startDay.resize(n, 0);
    endDay.resize(n, 0);
    reportingMonth.resize(n, 0);
    status.resize(n, 0);
    modality.resize(n, 0);
    populationGroup.resize(n, 0);
    targeted.resize(n, 0);
    reached.resize(n, 0);
    households.resize(n, 0);
    budget.resize(n, 0);
    site.resize(n, -1);
    for (auto& column : people)
        column.resize(n, 0);
    live.resize(n, 0);
}

int Snapshot::appendRow()
{
    id.emplace_back();
    implementingOrg.push_back(0);
    reportingOrg.push_back(0);
    fundingOrg.push_back(-1);
    sector.push_back(0);
    activityType.push_back(-1);
    place.push_back(0);
    startDay.push_back(0);
    endDay.push_back(0);
    reportingMonth.push_back(0);
    status.push_back(0);
    modality.push_back(0);
    populationGroup.push_back(0);
    targeted.push_back(0);
    reached.push_back(0);
    households.push_back(0);
    budget.push_back(0);
    site.push_back(-1);
    for (auto& column : people)
        column.push_back(0);
    live.push_back(0);
    return int(id.size() - 1);
}

namespace {
bool wideBefore(const Snapshot::WideCount& a, const Snapshot::WideCount& b)
{
    return a.row != b.row ? a.row < b.row : a.cell < b.cell;
}
} // namespace

int32_t Snapshot::widePeople(int cell, qint64 row) const
{
    const WideCount key { int32_t(row), int32_t(cell), 0 };
    const auto it = std::lower_bound(peopleWide.begin(), peopleWide.end(), key, wideBefore);
    return it != peopleWide.end() && it->row == key.row && it->cell == key.cell ? it->value : 0;
}

void Snapshot::setPeople(int cell, qint64 row, int32_t value)
{
    uint16_t& slot = people[size_t(cell)][size_t(row)];
    const WideCount key { int32_t(row), int32_t(cell), value };
    const auto it = std::lower_bound(peopleWide.begin(), peopleWide.end(), key, wideBefore);
    const bool present = it != peopleWide.end() && it->row == key.row && it->cell == key.cell;
    if (value >= 0 && value < kWideCount) {
        slot = uint16_t(value);
        if (present)
            peopleWide.erase(it);
        return;
    }
    slot = kWideCount;
    if (present)
        it->value = value;
    else
        peopleWide.insert(it, key);
}

qint64 Snapshot::columnBytes() const
{
    const auto bytes = [](const auto& v) { return qint64(v.capacity() * sizeof(v[0])); };
    qint64 peopleBytes = 0;
    for (const auto& column : people)
        peopleBytes += bytes(column);
    return peopleBytes + bytes(peopleWide) + bytes(id) + bytes(implementingOrg)
        + bytes(reportingOrg) + bytes(fundingOrg) + bytes(sector) + bytes(activityType)
        + bytes(place) + bytes(startDay) + bytes(endDay) + bytes(reportingMonth) + bytes(status)
        + bytes(modality) + bytes(populationGroup) + bytes(targeted) + bytes(reached)
        + bytes(households) + bytes(budget) + bytes(site) + bytes(live)
        + qint64(siteNames.bytes.capacity() + siteNames.offsets.capacity() * sizeof(int32_t));
}

} // namespace tansiq::engine
