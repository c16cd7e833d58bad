#pragma once

#include "core/browse/RegistrationWatch.h"
#include "core/bulletin/BulletinData.h"
#include "core/common/Result.h"
#include "core/engine/PivotQuery.h"
#include "core/engine/Snapshot.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>
#include <QString>

namespace tansiq::report {

// What a bulletin is about and how it is printed.
struct BulletinRequest {
    int month = 0; // calendar month number (engine/Calendar.h)
    QString areaPcode; // governorate, district, sub-district or community; empty: country
    Language language = Language::Arabic;
    bool arabicDigits = false;
    QString officeName; // empty: a generic office name
    QDate producedOn; // the "produced on" line; the only date not taken from the data
    QSet<QString> complementary; // duplication groups a coordinator marked complementary
    int gapRows = 25; // at most this many severe needs listed
    int duplicateRows = 20; // at most this many open duplication alerts listed
    // Registration standings at the month's end (registrationsAtMonthEnd), read by the caller.
    std::optional<QList<browse::OrganisationStanding>> registrations;
};

// Fills BulletinData from the 4W engine's snapshot: every figure is an engine figure (pivots,
// gap analysis, duplication scan; docs/measures.md), already formatted and labelled in the
// bulletin's language. Pure data: no painting, no display, no database access.
class BulletinCollector {
    Q_DECLARE_TR_FUNCTIONS(tansiq::Bulletin)

public:
    explicit BulletinCollector(const engine::Snapshot& snapshot) : m_s(snapshot) { }

    // Refuses an unknown area P-code and a month outside the data (no activity recorded then).
    Result<BulletinData> collect(const BulletinRequest& request) const;

    // "YYYY-MM" to a month number; the message names the field and the value.
    static Result<int> parseMonth(const QString& text);
    // The filter that keeps activities inside `place`, or none for the country.
    static QList<engine::Filter> areaFilters(const engine::Snapshot& snapshot, int place);
    // Admin level of the rows of the summary table for an area (country → governorates, ...).
    static int summaryLevel(int areaLevel) { return std::min(areaLevel + 1, 4); }

private:
    const engine::Snapshot& m_s;
};

} // namespace tansiq::report
