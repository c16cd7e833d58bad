#include "core/bulletin/BulletinTables.h"

#include "core/engine/Calendar.h"
#include "core/engine/DuplicationScan.h"
#include "core/engine/GapAnalysis.h"
#include "core/engine/Members.h"
#include "core/engine/PivotEngine.h"

#include <QMap>

#include <algorithm>
#include <cmath>

namespace tansiq::report::tables {

namespace {

using engine::Dimension;
using engine::Measure;

engine::PivotResult run(const Scope& sc, Dimension rows, Dimension columns, Measure measure)
{
    engine::PivotQuery q;
    q.rows = rows;
    q.columns = columns;
    q.measure = measure;
    q.filters = sc.filters;
    q.period = sc.month;
    return engine::PivotEngine(sc.s).run(q);
}

QString levelTitle(const BulletinText& t, int level)
{
    switch (level) {
    case 1:
        return t.translate("tansiq::Bulletin", "Governorate");
    case 2:
        return t.translate("tansiq::Bulletin", "District");
    case 3:
        return t.translate("tansiq::Bulletin", "Sub-district");
    default:
        return t.translate("tansiq::Bulletin", "Community");
    }
}

QString placeLabel(const Scope& sc, int place)
{
    if (place < 0)
        return sc.text.translate("tansiq::Engine", "(reported for a wider area)");
    const engine::PlaceEntry& p = sc.s.places.at(place);
    return sc.text.language() == Language::Arabic ? p.nameAr : p.nameEn;
}

QString listSeparator(const Scope& sc)
{
    return sc.text.language() == Language::Arabic ? QStringLiteral("، ") : QStringLiteral(", ");
}

QString termLabel(const Scope& sc, Vocabulary vocabulary, int index)
{
    const QList<Term>& list = terms(vocabulary);
    if (index < 0 || index >= list.size())
        return QString();
    return sc.text.language() == Language::Arabic ? list.at(index).nameAr : list.at(index).nameEn;
}

// A sector's short name for a column head or a list: the standard clusters have one in each
// language ("Camps", «المخيمات»); another sector is named in full. Never its code (CCCM,
// FSL…), which an Arabic reader cannot read.
QString sectorShort(const Scope& sc, int sector)
{
    static const QMap<QString, const char*> shortNames {
        { QStringLiteral("CCCM"), QT_TRANSLATE_NOOP("tansiq::BulletinSector", "Camps") },
        { QStringLiteral("EDU"), QT_TRANSLATE_NOOP("tansiq::BulletinSector", "Education") },
        { QStringLiteral("ERL"), QT_TRANSLATE_NOOP("tansiq::BulletinSector", "Early recovery") },
        { QStringLiteral("FSL"), QT_TRANSLATE_NOOP("tansiq::BulletinSector", "Food security") },
        { QStringLiteral("HLT"), QT_TRANSLATE_NOOP("tansiq::BulletinSector", "Health") },
        { QStringLiteral("LOG"), QT_TRANSLATE_NOOP("tansiq::BulletinSector", "Logistics") },
        { QStringLiteral("NUT"), QT_TRANSLATE_NOOP("tansiq::BulletinSector", "Nutrition") },
        { QStringLiteral("PRT"), QT_TRANSLATE_NOOP("tansiq::BulletinSector", "Protection") },
        { QStringLiteral("SHL"), QT_TRANSLATE_NOOP("tansiq::BulletinSector", "Shelter") },
        { QStringLiteral("WASH"),
            QT_TRANSLATE_NOOP("tansiq::BulletinSector", "Water and hygiene") },
    };
    const QString code = sc.s.sectors.at(sector).code;
    if (const auto found = shortNames.constFind(code); found != shortNames.constEnd())
        return sc.text.translate("tansiq::BulletinSector", found.value());
    return engine::memberLabel(sc.s, Dimension::Sector, sector, sc.text.language());
}

QString monthText(const Scope& sc)
{
    const int m = sc.month.firstMonth;
    return sc.format.month(QDate(engine::calendar::yearOfMonth(m), m % 12 + 1, 1));
}

} // namespace

void summary(const Scope& sc, BulletinData& d)
{
    const engine::Snapshot& s = sc.s;
    const BulletinText& t = sc.text;
    const int level = BulletinCollector::summaryLevel(sc.areaLevel);
    const Dimension rows = engine::adminDimension(level);
    const engine::PivotResult partners = run(sc, rows, Dimension::Sector, Measure::Organisations);
    const engine::PivotResult activities = run(sc, rows, Dimension::None, Measure::Activities);
    const engine::PivotResult unique = run(sc, rows, Dimension::None, Measure::ReachedUnique);

    ReportTable& table = d.summary;
    table.headers << levelTitle(t, level);
    QStringList legend;
    for (const int sector : partners.columnMembers) {
        table.headers << sectorShort(sc, sector);
        legend << QStringLiteral("%1: %2").arg(sectorShort(sc, sector),
            engine::memberLabel(s, Dimension::Sector, sector, t.language()));
    }
    table.headers << t.translate("tansiq::Bulletin", "Activities")
                  << t.translate("tansiq::Bulletin", "People reached (unique)");
    for (int c = 1; c < table.headers.size(); ++c)
        table.numericColumns << c;
    const auto rowCells = [&](int r, int activityRow, int uniqueRow) {
        QStringList cells;
        for (int c = 0; c < partners.columnCount(); ++c)
            cells << (partners.activityCount(r, c) > 0 ? sc.format.number(partners.value(r, c))
                                                       : QString());
        cells << sc.format.number(activityRow < 0 ? 0 : activities.value(activityRow, 0))
              << sc.format.number(uniqueRow < 0 ? 0 : unique.value(uniqueRow, 0));
        return cells;
    };
    for (int r = 0; r < partners.rowCount(); ++r) {
        const int member = partners.rowMembers.at(r);
        table.rows << (QStringList { placeLabel(sc, member) }
            + rowCells(r, int(activities.rowMembers.indexOf(member)),
                int(unique.rowMembers.indexOf(member))));
    }
    table.totals = QStringList { t.translate("tansiq::Bulletin", "Total") }
        + rowCells(partners.rowCount(), activities.rowCount(), unique.rowCount());
    d.summaryCaption
        = t.translate("tansiq::Bulletin",
               "Each cell: partners (organisations) with at least one activity active in %1 in "
               "that place and sector. Totals count each partner and each person once.")
              .arg(monthText(sc))
        + QLatin1Char(' ') + t.translate("tansiq::Bulletin", "Sectors:") + QLatin1Char(' ')
        + legend.join(listSeparator(sc));
}

void gaps(const Scope& sc, BulletinData& d)
{
    const BulletinText& t = sc.text;
    const int level = std::max(3, sc.areaLevel);
    const QList<engine::GapRow> all
        = engine::GapAnalysis(sc.s).run(engine::GapQuery { level, sc.month, sc.filters });
    QList<engine::GapRow> severe;
    int withoutPartner = 0;
    for (const engine::GapRow& g : all) {
        if (g.severity < 3)
            continue;
        severe << g;
        withoutPartner += g.severeWithoutPartner() ? 1 : 0;
    }
    ReportTable& table = d.gaps;
    table.headers = { t.translate("tansiq::Bulletin", "Priority"), levelTitle(t, level),
        t.translate("tansiq::Bulletin", "Sector"), t.translate("tansiq::Bulletin", "Severity"),
        t.translate("tansiq::Bulletin", "People in need"),
        t.translate("tansiq::Bulletin", "Partners"),
        t.translate("tansiq::Bulletin", "Reached (unique)"),
        t.translate("tansiq::Bulletin", "Coverage"),
        t.translate("tansiq::Bulletin", "Not reached") };
    table.numericColumns = { 0, 3, 4, 5, 6, 7, 8 };
    const ReportFormat& f = sc.format;
    for (int i = 0; i < severe.size() && i < sc.request.gapRows; ++i) {
        const engine::GapRow& g = severe.at(i);
        table.rows << QStringList { f.number(i + 1), placeLabel(sc, g.place),
            sectorShort(sc, g.sector), f.number(g.severity), f.number(double(g.peopleInNeed)),
            f.number(g.partners), f.number(double(g.reachedUnique)), f.percent(g.coverage),
            f.number(double(g.uncovered)) };
    }
    d.gapFormula = t.translate("tansiq::Engine",
                       "Priority: highest severity first; then most people in need not yet reached "
                       "(people in need − people reached without double counting); then most "
                       "people in need.")
        + QLatin1Char(' ')
        + t.translate(
            "tansiq::Bulletin", "Coverage = people reached (unique estimate) ÷ people in need.");
    d.gapsCaption
        = t.translate("tansiq::Bulletin",
               "%1 place and sector pairs have severe needs (severity 3 or more) in %2; %3 of them "
               "have no partner present. Listed: the first %4 in priority order.")
              .arg(f.number(double(severe.size())), monthText(sc), f.number(withoutPartner),
                  f.number(double(table.rows.size())));
}

void duplicates(const Scope& sc, BulletinData& d)
{
    const engine::Snapshot& s = sc.s;
    const BulletinText& t = sc.text;
    engine::DuplicationQuery query;
    query.period = sc.month;
    query.filters = sc.filters;
    query.complementary = sc.request.complementary;
    const QList<engine::DuplicateGroup> groups = engine::DuplicationScan(s).run(query);
    ReportTable& table = d.duplicates;
    table.headers = { t.translate("tansiq::Bulletin", "Place"),
        t.translate("tansiq::Bulletin", "Activity type"),
        t.translate("tansiq::Bulletin", "Population group"),
        t.translate("tansiq::Bulletin", "Partners"), t.translate("tansiq::Bulletin", "Activities"),
        t.translate("tansiq::Bulletin", "Time overlap"),
        t.translate("tansiq::Bulletin", "Reach ÷ need") };
    table.numericColumns = { 4, 5, 6 };
    const ReportFormat& f = sc.format;
    for (int i = 0; i < groups.size() && i < sc.request.duplicateRows; ++i) {
        const engine::DuplicateGroup& g = groups.at(i);
        QStringList acronyms;
        for (const int row : g.rows) {
            const QString acronym = s.orgs.at(s.implementingOrg[size_t(row)])
                                        .label(sc.text.language() == Language::Arabic);
            if (!acronyms.contains(acronym))
                acronyms << acronym;
        }
        acronyms.sort();
        table.rows << QStringList { placeLabel(sc, g.place),
            engine::memberLabel(s, Dimension::ActivityType, g.activityType, t.language()),
            termLabel(sc, Vocabulary::PopulationGroup, g.populationGroup),
            acronyms.join(listSeparator(sc)), f.number(double(g.rows.size())),
            f.percent(g.timeOverlap), f.percent(g.reachRatio) };
    }
    d.duplicatesCaption
        = t.translate("tansiq::Bulletin",
               "%1 possible duplications active in %2 are open (not marked complementary); "
               "listed: the %3 with the highest score. Score = time overlap × (0.5 + 0.5 × "
               "min(1, reach ÷ need)).")
              .arg(f.number(double(groups.size())), monthText(sc),
                  f.number(double(table.rows.size())));
}

void partners(const Scope& sc, BulletinData& d)
{
    const engine::Snapshot& s = sc.s;
    const BulletinText& t = sc.text;
    const engine::PivotResult bySector
        = run(sc, Dimension::ImplementingOrg, Dimension::Sector, Measure::Activities);
    ReportTable& table = d.partners;
    table.headers = { t.translate("tansiq::Bulletin", "Partner"),
        t.translate("tansiq::Bulletin", "Type"), t.translate("tansiq::Bulletin", "Sectors"),
        t.translate("tansiq::Bulletin", "Activities") };
    table.numericColumns = { 3 };
    for (int r = 0; r < bySector.rowCount(); ++r) {
        const int org = bySector.rowMembers.at(r);
        if (org < 0)
            continue;
        const engine::OrgEntry& o = s.orgs.at(org);
        QStringList sectors;
        for (int c = 0; c < bySector.columnCount(); ++c) {
            if (bySector.activityCount(r, c) > 0)
                sectors << sectorShort(sc, bySector.columnMembers.at(c));
        }
        const QString name = o.name(t.language() == Language::Arabic);
        table.rows << QStringList { o.acronym.isEmpty() || name == o.acronym
                ? name
                : o.acronym + QStringLiteral(" — ") + name,
            termLabel(sc, Vocabulary::OrgType, o.type), sectors.join(listSeparator(sc)),
            sc.format.number(double(bySector.activityCount(r, bySector.columnCount()))) };
    }
}

} // namespace tansiq::report::tables
