// The five pivots of `tansiq-cli bench` in DuckDB SQL, over the tables the CLI exports
// (tansiq-cli bench --export-results): act (live activities with their effective end dates),
// anc (every place's ancestors, itself included), latest (the newest needs per place and
// sector). Each follows the engine's definition as core/engine/SqlPivot.cpp and
// SqlBaselines.cpp spell it for SQLite (docs/benchmarks.md, docs/measures.md), written the way
// DuckDB runs fastest: one scan with grouping sets where the definition allows it.

const q = (text) => `'${String(text).replaceAll("'", "''")}'`;

// Activities by implementing organisation × sector, in governorate G, active during month M.
export function orgSectorGovernorateMonth(p) {
  return `
SELECT COALESCE(impl, '#T') AS rk, COALESCE(sector, '#T') AS ck, count(*) AS n, count(*) AS v
FROM act
WHERE sd <= DATE ${q(p.month_last_day)} AND ed >= DATE ${q(p.month_first_day)}
  AND place IN (SELECT pcode FROM anc WHERE apcode = ${q(p.governorate)})
GROUP BY CUBE (impl, sector)`;
}

// People reached without double counting (largest reach per place, summed) by sub-district ×
// sector, active during year Y. A place has one sub-district, so the per-place maxima of the
// (sub-district, sector, place) groups give every total.
export function subdistrictSectorYearUnique(p) {
  return `
WITH fa AS (
  SELECT COALESCE(u.apcode, '') AS r3, a.sector, a.place, a.rc
  FROM act a LEFT JOIN anc u ON u.pcode = a.place AND u.alevel = 3
  WHERE a.sd <= DATE ${q(p.year_last_day)} AND a.ed >= DATE ${q(p.year_first_day)}),
per AS (SELECT r3, sector, place, count(*) AS n, max(rc) AS mx FROM fa GROUP BY ALL),
up AS (SELECT GROUPING(r3) AS gr, GROUPING(sector) AS gs, r3, sector, place,
              sum(n) AS n, max(mx) AS mx
       FROM per GROUP BY GROUPING SETS ((r3, sector, place), (sector, place), (r3, place), (place)))
SELECT CASE WHEN gr = 1 THEN '#T' ELSE r3 END AS rk, CASE WHEN gs = 1 THEN '#T' ELSE sector END AS ck,
       sum(n) AS n, sum(mx) AS v
FROM up GROUP BY ALL`;
}

// The gap list at sub-district level for year Y, in priority order.
export function gapListSubdistrictYear(p) {
  return `
WITH up AS (SELECT pcode, apcode AS area FROM anc WHERE alevel = 3),
fa AS (SELECT up.area, a.* FROM act a JOIN up ON up.pcode = a.place
       WHERE a.sd <= DATE ${q(p.year_last_day)} AND a.ed >= DATE ${q(p.year_first_day)}),
reach AS (SELECT area, sector, sum(mx) AS reached FROM
            (SELECT area, sector, place, max(rc) AS mx FROM fa GROUP BY ALL) GROUP BY ALL),
partners AS (SELECT area, sector, count(DISTINCT impl) AS n FROM fa
             WHERE status NOT IN ('planned', 'cancelled') GROUP BY ALL),
needs AS (SELECT anc.apcode AS area, l.sector, max(l.severity) AS severity, sum(l.pin) AS pin
          FROM latest l JOIN anc ON anc.pcode = l.place AND anc.alevel = 3 GROUP BY ALL),
keys AS (SELECT area, sector FROM needs UNION SELECT area, sector FROM fa)
SELECT k.area, k.sector, COALESCE(n.severity, 0) AS severity, COALESCE(n.pin, 0) AS pin,
       COALESCE(pa.n, 0) AS partners, COALESCE(r.reached, 0) AS reached,
       greatest(0, COALESCE(n.pin, 0) - COALESCE(r.reached, 0)) AS uncovered
FROM keys k LEFT JOIN needs n USING (area, sector) LEFT JOIN partners pa USING (area, sector)
     LEFT JOIN reach r USING (area, sector)
ORDER BY severity DESC, uncovered DESC, pin DESC, k.area, k.sector`;
}

// Possible duplications: within each place (sub-district or finer) × activity type ×
// population group, the maximal sets of activities sharing a day (interval cliques) that
// involve two organisations or more. Sweeping each bucket's starts and ends (an end counts the
// day after the last day, and comes before a start on the same day), a maximal clique is the
// set active at a start immediately followed by an end.
export function duplicationScan() {
  return `
WITH cand AS (
  SELECT a.id, a.impl, a.place || '/' || a.atype || '/' || a.grp AS b, a.sd, a.ed
  FROM act a JOIN anc u ON u.pcode = a.place AND u.apcode = a.place
  WHERE u.alevel >= 3 AND a.status <> 'cancelled' AND a.atype <> ''),
ev AS (SELECT b, sd AS d, 1 AS kind FROM cand UNION ALL SELECT b, ed + 1, 0 FROM cand),
seq AS (SELECT b, d, kind, lead(kind) OVER (PARTITION BY b ORDER BY d, kind) AS nk FROM ev),
pts AS (SELECT DISTINCT b, d AS p FROM seq WHERE kind = 1 AND nk = 0),
members AS (SELECT pts.b, pts.p, c.id, c.impl
            FROM pts JOIN cand c ON c.b = pts.b AND c.sd <= pts.p AND c.ed >= pts.p)
SELECT array_to_string(list_sort(list(id)), ' ') AS ids
FROM members GROUP BY b, p HAVING count(DISTINCT impl) >= 2`;
}

// Coverage (people reached without double counting ÷ people in need) by governorate × month,
// activities active during each month of year Y. People in need of a cell: the largest need per
// place (over sectors), summed over the governorate's places.
export function governorateMonthCoverage(p) {
  return `
WITH months AS (
  SELECT strftime(m, '%Y-%m') AS k, m::DATE AS mf, (m + INTERVAL 1 MONTH - INTERVAL 1 DAY)::DATE AS ml
  FROM range(DATE ${q(p.year_first_day)}, DATE ${q(p.year_last_day)} + INTERVAL 1 DAY, INTERVAL 1 MONTH) t(m)),
fa AS (
  SELECT COALESCE(u.apcode, '') AS r1, a.place, a.rc, a.sd, a.ed
  FROM act a LEFT JOIN anc u ON u.pcode = a.place AND u.alevel = 1
  WHERE a.sd <= DATE ${q(p.year_last_day)} AND a.ed >= DATE ${q(p.year_first_day)}),
fm AS (SELECT f.r1, mo.k, f.place, count(*) AS n, max(f.rc) AS mx
       FROM fa f JOIN months mo ON f.sd <= mo.ml AND f.ed >= mo.mf GROUP BY ALL),
whole AS (SELECT r1, place, count(*) AS n, max(rc) AS mx FROM fa GROUP BY ALL),
cells AS (
  SELECT r1 AS rk, k AS ck, sum(n) AS n, sum(mx) AS reach FROM fm GROUP BY ALL
  UNION ALL SELECT '#T', k, sum(n), sum(mx) FROM (SELECT k, place, sum(n) AS n, max(mx) AS mx FROM fm GROUP BY ALL) GROUP BY ALL
  UNION ALL SELECT r1, '#T', sum(n), sum(mx) FROM whole GROUP BY ALL
  UNION ALL SELECT '#T', '#T', sum(n), sum(mx) FROM whole),
placeNeed AS (SELECT place, max(pin) AS pin FROM latest GROUP BY ALL),
need AS (SELECT anc.apcode AS rk, sum(pn.pin) AS pin FROM placeNeed pn
         JOIN anc ON anc.pcode = pn.place AND anc.alevel = 1 GROUP BY ALL
         UNION ALL SELECT '#T', sum(pin) FROM placeNeed)
SELECT c.rk, c.ck, c.n, CASE WHEN COALESCE(need.pin, 0) > 0 THEN c.reach / need.pin ELSE 'NaN'::DOUBLE END AS v
FROM cells c LEFT JOIN need ON need.rk = c.rk`;
}

export const pivots = [
  { name: 'org-sector-governorate-month', kind: 'cells', sql: orgSectorGovernorateMonth },
  { name: 'subdistrict-sector-year-unique', kind: 'cells', sql: subdistrictSectorYearUnique },
  { name: 'gap-list-subdistrict-year', kind: 'ordered', sql: gapListSubdistrictYear },
  { name: 'duplication-scan', kind: 'set', sql: duplicationScan },
  { name: 'governorate-month-coverage', kind: 'cells', sql: governorateMonthCoverage },
];
