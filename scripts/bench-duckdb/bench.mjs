#!/usr/bin/env node
// Peer benchmark (issue 18, item 2): the five pivots of `tansiq-cli bench` in DuckDB, in
// memory, on the same activities; checks DuckDB's answers equal the engine's row for row and
// prints both medians and their ratio. See README.md.
import { DuckDBInstance } from '@duckdb/node-api';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pivots } from './queries.mjs';

function options(argv) {
  const o = { runs: 9, threads: 2, work: null, cli: null, db: null, export: true };
  for (let i = 0; i < argv.length; ++i) {
    const value = () => argv[++i];
    switch (argv[i]) {
      case '--cli': o.cli = resolve(value()); break;
      case '--db': o.db = resolve(value()); break;
      case '--work': o.work = resolve(value()); break;
      case '--runs': o.runs = Number(value()); break;
      case '--threads': o.threads = Number(value()); break;
      case '--no-export': o.export = false; break;
      default:
        console.error(`usage: node bench.mjs --cli PATH/tansiq-cli --db REGISTRY.db [--work DIR] [--runs 9] [--threads 2] [--no-export]`);
        process.exit(2);
    }
  }
  if (!o.cli || !o.db) {
    console.error('--cli and --db are required');
    process.exit(2);
  }
  o.work ??= `${o.db}.duckdb-bench`;
  return o;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

// Read as bytes and split line by line: at 10M activities the engine's duplication groups are
// 1.4 GB, more than one JavaScript string can hold.
function csvRows(path) {
  const bytes = readFileSync(path);
  const rows = [];
  for (let start = 0; start < bytes.length;) {
    let end = bytes.indexOf(10, start);
    if (end < 0) end = bytes.length;
    rows.push(bytes.toString('utf8', start, end).split(','));
    start = end + 1;
  }
  return rows;
}

const num = (v) => (v === 'nan' || v === null || v === undefined ? NaN : Number(v));
function same(a, b) {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

// Row for row: the engine's CSV against DuckDB's rows. Returns a list of differences (at most 5).
function compare(kind, engineRows, duckRows) {
  const problems = [];
  if (kind === 'cells') {
    const expected = new Map(engineRows.map(([rk, ck, n, v]) => [`${rk}|${ck}`, [Number(n), num(v)]]));
    const got = new Map(duckRows.map(([rk, ck, n, v]) => [`${rk}|${ck}`, [Number(n), num(v)]]));
    for (const [key, [n, v]] of expected) {
      const other = got.get(key);
      if (!other) problems.push(`missing cell ${key}`);
      else if (other[0] !== n || !same(other[1], v)) problems.push(`cell ${key}: engine ${n}/${v}, DuckDB ${other[0]}/${other[1]}`);
    }
    for (const key of got.keys()) if (!expected.has(key)) problems.push(`extra cell ${key}`);
  } else if (kind === 'ordered') {
    if (engineRows.length !== duckRows.length) problems.push(`rows: engine ${engineRows.length}, DuckDB ${duckRows.length}`);
    for (let i = 0; i < Math.min(engineRows.length, duckRows.length); ++i) {
      const e = engineRows[i].join(','), d = duckRows[i].map(String).join(',');
      if (e !== d) problems.push(`row ${i + 1}: engine ${e}, DuckDB ${d}`);
    }
  } else {
    const expected = new Set(engineRows.map((r) => r[0]));
    const got = new Set(duckRows.map((r) => r[0]));
    if (expected.size !== got.size) problems.push(`groups: engine ${expected.size}, DuckDB ${got.size}`);
    for (const g of expected) if (!got.has(g)) { problems.push(`group missing in DuckDB: ${g}`); if (problems.length > 5) break; }
    for (const g of got) if (!expected.has(g)) { problems.push(`extra group in DuckDB: ${g}`); if (problems.length > 5) break; }
  }
  return problems.slice(0, 5);
}

const o = options(process.argv.slice(2));
mkdirSync(o.work, { recursive: true });
if (o.export) {
  console.error(`exporting ${o.db} to ${o.work} …`);
  execFileSync(o.cli, ['--db', o.db, 'bench', '--export-results', o.work], { stdio: ['ignore', 'ignore', 'inherit'] });
}
const params = JSON.parse(readFileSync(join(o.work, 'params.json'), 'utf8'));

// From the snapshot cache beside the registry when it fits, as the application starts.
console.error(`timing the engine (tansiq-cli bench --cached --runs ${o.runs} --sql-runs 0) …`);
const engine = JSON.parse(execFileSync(o.cli, ['--db', o.db, 'bench', '--cached', '--json', '--runs', String(o.runs), '--sql-runs', '0'],
                                       { maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'inherit'] }).toString());
const engineMs = new Map(engine.pivots.map((p) => [p.name, p.engine_median_ms]));

const instance = await DuckDBInstance.create(':memory:', { threads: String(o.threads) });
const db = await instance.connect();
const loadStart = performance.now();
const csv = (file, columns) =>
  `read_csv(${JSON.stringify(join(o.work, file)).replaceAll('"', "'")}, header = false, nullstr = '\\N', quote = '', columns = ${columns})`;
await db.run(`CREATE TABLE act AS SELECT * FROM ${csv('act.csv', `{'id': 'VARCHAR', 'impl': 'VARCHAR', 'sector': 'VARCHAR', 'atype': 'VARCHAR', 'place': 'VARCHAR', 'sd': 'DATE', 'ed': 'DATE', 'status': 'VARCHAR', 'grp': 'VARCHAR', 'rc': 'BIGINT'}`)}`);
await db.run(`CREATE TABLE anc AS SELECT * FROM ${csv('anc.csv', `{'pcode': 'VARCHAR', 'apcode': 'VARCHAR', 'alevel': 'INTEGER'}`)}`);
await db.run(`CREATE TABLE latest AS SELECT * FROM ${csv('latest.csv', `{'place': 'VARCHAR', 'sector': 'VARCHAR', 'pin': 'BIGINT', 'severity': 'INTEGER'}`)}`);
const loadMs = performance.now() - loadStart;
const count = (await db.runAndReadAll('SELECT count(*) FROM act')).getRows()[0][0];
console.log(`DuckDB ${(await db.runAndReadAll('SELECT version()')).getRows()[0][0]}, in memory, ${o.threads} threads; ` +
            `${count} activities loaded in ${loadMs.toFixed(0)} ms; ${params.governorate}, ${params.month}, ${params.year}`);
console.log('| pivot | engine median | DuckDB median | DuckDB first | DuckDB ÷ engine | results |');
console.log('|---|---:|---:|---:|---:|---|');
let allEqual = true, allAhead = true;
for (const pivot of pivots) {
  const sql = pivot.sql(params);
  const times = [];
  let rows = [];
  let first = 0;
  for (let i = 0; i <= o.runs; ++i) {
    const start = performance.now();
    const reader = await db.runAndReadAll(sql);
    rows = reader.getRows();
    const ms = performance.now() - start;
    if (i === 0) first = ms; else times.push(ms);
  }
  const duck = rows.map((r) => r.map((v) => (typeof v === 'bigint' ? v.toString() : v)));
  const problems = compare(pivot.kind, csvRows(join(o.work, `engine-${pivot.name}.csv`)), duck);
  const e = engineMs.get(pivot.name), d = median(times), ratio = d / e;
  allEqual &&= problems.length === 0;
  allAhead &&= ratio >= 5;
  console.log(`| ${pivot.name} | ${e.toFixed(1)} ms | ${d.toFixed(1)} ms | ${first.toFixed(1)} ms | ${ratio.toFixed(1)}× | ` +
              `${problems.length === 0 ? `equal (${rows.length} rows)` : 'DIFFERENT'} |`);
  for (const p of problems) console.error(`  ${pivot.name}: ${p}`);
}
const rss = process.memoryUsage().rss / (1 << 20);
console.log(`Engine: snapshot ${engine.snapshot_build_ms.toFixed(0)} ms, +${engine.engine_extra_mb.toFixed(0)} MB; ` +
            `this DuckDB process: ${rss.toFixed(0)} MB resident after the runs.`);
if (!allEqual) console.log('Some results differ (details on stderr).');
console.log(allAhead ? 'The engine is at least 5× ahead on every pivot.' : 'The engine is NOT 5× ahead on every pivot.');
process.exit(allEqual ? 0 : 1);
