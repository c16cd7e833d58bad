#include "core/publish/PgViews.h"

namespace tansiq::publish {

namespace {

// "@." stands for the schema. Figures follow docs/measures.md; the comments name the rule.
const char* const kViews[] = {
    // When an activity is active: its dates; without an end date, planned and ongoing ones run
    // on, completed, suspended and cancelled ones stop at the end of their reporting month.
    R"(CREATE VIEW @.activity_period AS
SELECT a.id AS activity_id, a.start_date AS active_from,
       CASE WHEN a.end_date IS NOT NULL THEN a.end_date
            WHEN a.status IN ('completed', 'suspended', 'cancelled')
              THEN greatest(a.start_date, (to_date(a.reporting_month || '-01', 'YYYY-MM-DD')
                                           + interval '1 month' - interval '1 day')::date)
       END AS active_to
FROM @.activity a)",
    // One row per live activity with its names, places at every level and measures (empty
    // figures count as zero, a figure above 2^31-1 is held at it, as in the engine).
    R"(CREATE VIEW @.activity_4w AS
SELECT a.id AS activity_id, a.reporting_month, p.active_from, p.active_to,
       a.implementing_org_id, io.acronym AS implementing_org, io.org_type,
       coalesce(a.reporting_org_id, a.implementing_org_id) AS reporting_org_id, ro.acronym AS reporting_org,
       coalesce(a.donor_org_id, pf.org_id) AS funding_org_id, fo.acronym AS funding_org,
       a.project_id, a.sector_id, sc.code AS sector, a.activity_type_id, t.code AS activity_type,
       a.admin_pcode, u.level AS admin_level, u.adm1_pcode, u.adm2_pcode, u.adm3_pcode, u.adm4_pcode,
       a.status, a.modality, a.population_group,
       least(coalesce(a.targeted, 0), 2147483647) AS targeted,
       least(coalesce(a.reached, 0), 2147483647) AS reached,
       least(coalesce(a.households, 0), 2147483647) AS households,
       coalesce(a.budget, 0) AS budget, a.currency,
       coalesce(a.reached_women, 0) AS reached_women, coalesce(a.reached_men, 0) AS reached_men,
       coalesce(a.reached_girls, 0) AS reached_girls, coalesce(a.reached_boys, 0) AS reached_boys,
       coalesce(a.reached_girls, 0) + coalesce(a.reached_boys, 0) AS reached_children,
       coalesce(a.reached_elderly_women, 0) + coalesce(a.reached_elderly_men, 0) AS reached_elderly,
       coalesce(a.targeted_women, 0) AS targeted_women, coalesce(a.targeted_men, 0) AS targeted_men,
       coalesce(a.targeted_girls, 0) AS targeted_girls, coalesce(a.targeted_boys, 0) AS targeted_boys,
       coalesce(a.targeted_girls, 0) + coalesce(a.targeted_boys, 0) AS targeted_children,
       coalesce(a.targeted_elderly_women, 0) + coalesce(a.targeted_elderly_men, 0) AS targeted_elderly
FROM @.activity a
JOIN @.activity_period p ON p.activity_id = a.id
LEFT JOIN @.admin_unit u ON u.pcode = a.admin_pcode
LEFT JOIN @.organisation io ON io.id = a.implementing_org_id
LEFT JOIN @.organisation ro ON ro.id = coalesce(a.reporting_org_id, a.implementing_org_id)
LEFT JOIN (SELECT project_id, (array_agg(org_id ORDER BY org_id))[1] AS org_id
           FROM @.project_partner WHERE role = 'funding' GROUP BY project_id) pf
       ON pf.project_id = a.project_id AND a.donor_org_id IS NULL
LEFT JOIN @.organisation fo ON fo.id = coalesce(a.donor_org_id, pf.org_id)
LEFT JOIN @.sector sc ON sc.id = a.sector_id
LEFT JOIN @.activity_type t ON t.id = a.activity_type_id)",
    // Every month an activity is active in, from the registry's first start to its last start,
    // end or report (open-ended activities run to that last month).
    R"(CREATE VIEW @.activity_month AS
WITH bounds AS (
  SELECT max(greatest(start_date, coalesce(end_date, start_date),
                      (to_date(reporting_month || '-01', 'YYYY-MM-DD') + interval '1 month'
                       - interval '1 day')::date)) AS last_day
  FROM @.activity)
SELECT to_char(m, 'YYYY-MM') AS month, f.*
FROM @.activity_4w f CROSS JOIN bounds b
CROSS JOIN LATERAL generate_series(date_trunc('month', f.active_from),
                                   date_trunc('month', coalesce(f.active_to, b.last_day)),
                                   interval '1 month') AS m)",
    // Largest people reached per recorded place and sector (the unique-reach estimate there).
    R"(CREATE VIEW @.reach_place_sector AS
SELECT admin_pcode, sector_id, sector, max(reached) AS largest_reached
FROM @.activity_4w GROUP BY admin_pcode, sector_id, sector)",
    // People reached without double counting, per admin level (0 = the whole registry), place
    // and sector: the largest figure per recorded place and sector, added up over the places.
    R"(CREATE VIEW @.unique_reach_sector AS
SELECT v.admin_level, v.pcode, r.sector_id, r.sector, sum(r.largest_reached) AS reached_unique
FROM @.reach_place_sector r LEFT JOIN @.admin_unit u ON u.pcode = r.admin_pcode
CROSS JOIN LATERAL (VALUES (0, NULL::text), (1, u.adm1_pcode), (2, u.adm2_pcode),
                           (3, u.adm3_pcode), (4, u.adm4_pcode)) AS v(admin_level, pcode)
WHERE v.admin_level = 0 OR v.pcode IS NOT NULL
GROUP BY v.admin_level, v.pcode, r.sector_id, r.sector)",
    // The same over all sectors: a place counts once, with the largest figure of any sector.
    R"(CREATE VIEW @.unique_reach AS
WITH place AS (SELECT admin_pcode, max(largest_reached) AS largest
               FROM @.reach_place_sector GROUP BY admin_pcode)
SELECT v.admin_level, v.pcode, sum(p.largest) AS reached_unique
FROM place p LEFT JOIN @.admin_unit u ON u.pcode = p.admin_pcode
CROSS JOIN LATERAL (VALUES (0, NULL::text), (1, u.adm1_pcode), (2, u.adm2_pcode),
                           (3, u.adm3_pcode), (4, u.adm4_pcode)) AS v(admin_level, pcode)
WHERE v.admin_level = 0 OR v.pcode IS NOT NULL
GROUP BY v.admin_level, v.pcode)",
    // The most recent assessment of each place and sector (the larger on the same date).
    R"(CREATE VIEW @.need_latest AS
SELECT DISTINCT ON (n.admin_pcode, n.sector_id)
       n.id AS need_id, n.admin_pcode, n.sector_id, n.severity, n.people_in_need, n.assessed_on
FROM @.need n
ORDER BY n.admin_pcode, n.sector_id, n.assessed_on DESC, n.people_in_need DESC)",
    // The gap list at every admin level 1-4 (tansiq-cli gaps --level N), in priority order.
    R"(CREATE VIEW @.gaps AS
WITH need_cell AS (
  SELECT v.admin_level, v.pcode, n.sector_id, max(n.severity) AS severity,
         sum(n.people_in_need) AS people_in_need
  FROM @.need_latest n JOIN @.admin_unit u ON u.pcode = n.admin_pcode
  CROSS JOIN LATERAL (VALUES (1, u.adm1_pcode), (2, u.adm2_pcode), (3, u.adm3_pcode),
                             (4, u.adm4_pcode)) AS v(admin_level, pcode)
  WHERE v.pcode IS NOT NULL GROUP BY 1, 2, 3),
activity_cell AS (
  SELECT v.admin_level, v.pcode, f.sector_id,
         count(DISTINCT f.implementing_org_id) FILTER (WHERE f.status NOT IN ('planned', 'cancelled'))
           AS partners
  FROM @.activity_4w f
  CROSS JOIN LATERAL (VALUES (1, f.adm1_pcode), (2, f.adm2_pcode), (3, f.adm3_pcode),
                             (4, f.adm4_pcode)) AS v(admin_level, pcode)
  WHERE v.pcode IS NOT NULL GROUP BY 1, 2, 3),
cell AS (
  SELECT coalesce(n.admin_level, a.admin_level) AS admin_level, coalesce(n.pcode, a.pcode) AS pcode,
         coalesce(n.sector_id, a.sector_id) AS sector_id, coalesce(n.severity, 0) AS severity,
         coalesce(n.people_in_need, 0) AS people_in_need, coalesce(a.partners, 0) AS partners
  FROM need_cell n FULL JOIN activity_cell a
    ON a.admin_level = n.admin_level AND a.pcode = n.pcode AND a.sector_id = n.sector_id),
measured AS (
  SELECT c.*, coalesce(r.reached_unique, 0) AS reached_unique,
         greatest(0, c.people_in_need - coalesce(r.reached_unique, 0)) AS uncovered
  FROM cell c LEFT JOIN @.unique_reach_sector r
    ON r.admin_level = c.admin_level AND r.pcode = c.pcode AND r.sector_id = c.sector_id)
SELECT row_number() OVER (PARTITION BY m.admin_level
                          ORDER BY m.severity DESC, m.uncovered DESC, m.people_in_need DESC,
                                   m.pcode COLLATE "C", sc.code COLLATE "C") AS priority,
       m.admin_level, m.pcode, u.name_en AS place_en, u.name_ar AS place_ar, m.sector_id,
       sc.code AS sector, m.severity, m.people_in_need, m.partners, m.reached_unique,
       CASE WHEN m.people_in_need > 0 THEN m.reached_unique::double precision / m.people_in_need END
         AS coverage,
       m.uncovered, (m.severity >= 3 AND m.partners = 0) AS severe_without_partner
FROM measured m
LEFT JOIN @.sector sc ON sc.id = m.sector_id
LEFT JOIN @.admin_unit u ON u.pcode = m.pcode)",
};

} // namespace

QStringList viewDefinitions(const QString& schema)
{
    QStringList list;
    for (const char* view : kViews)
        list << QString::fromUtf8(view).replace(QStringLiteral("@."), schema + QLatin1Char('.'));
    return list;
}

} // namespace tansiq::publish
