/**
 * `npm run bench`: intake and public lookup over HTTP (autocannon), each beside the raw
 * limit of the same database — pgbench running the same SQL, in the same run, against the
 * same PostgreSQL — as a ratio. Then, optionally, the two HTTP figures on embedded PGlite.
 * See docs/benchmarks.md.
 *
 * Settings (environment): BENCH_SECONDS (10), BENCH_CONNECTIONS (10), BENCH_WARMUP_SECONDS
 * (2), BENCH_LOOKUP_DOSSIERS (2000: dossiers that exist before the lookups), BENCH_PGLITE
 * (1: also on PGlite; 0: skip), BENCH_PGBENCH_THREADS (min(cores, connections)),
 * BENCH_DATABASE_URL (the server; postgres://postgres@127.0.0.1:5432/postgres).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { openDatabase, type Database, type OpenDatabase } from '../server/src/platform/db/database.js';
import { DESK_LOGIN, INTAKE_BODY, removeBenchDataDir, sessionHeaders, signIn, startApp, type RunningApp, type Session } from './lib/app.js';
import { captureQueries, type CapturedQuery } from './lib/capture.js';
import { rate, runLoad, type LoadResult } from './lib/load.js';
import { pgbenchVersion, runPgbench, type PgbenchResult } from './lib/pgbench.js';
import { createScratchDatabase, openPostgres, prepareAndSeed, serverVersion, type ScratchDatabase } from './lib/scratch-db.js';
import { intakeScript, lookupScript } from './lib/scripts.js';
import type { PgbenchScript } from './lib/pgbench-script.js';

function setting(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name} must be an integer from ${min} to ${max}, got '${raw}'`);
  return value;
}

const cores = availableParallelism();
const SECONDS = setting('BENCH_SECONDS', 10, 1, 3600);
const CONNECTIONS = setting('BENCH_CONNECTIONS', 10, 1, 1000);
const WARMUP = setting('BENCH_WARMUP_SECONDS', 2, 0, 600);
const LOOKUP_DOSSIERS = setting('BENCH_LOOKUP_DOSSIERS', 2000, 1, 10_000_000);
const PGLITE = setting('BENCH_PGLITE', 1, 0, 1) === 1;
const THREADS = setting('BENCH_PGBENCH_THREADS', Math.min(cores, CONNECTIONS), 1, 1000);

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const OUT = here('./out/');
const SQL_DIR = here('./sql/');

const log = (line: string): void => console.log(line);
const ms = (n: number | undefined): string => (n === undefined || Number.isNaN(n) ? '—' : n < 10 ? n.toFixed(2) : n.toFixed(1));
const perSecond = (n: number): string => (n < 100 ? n.toFixed(1) : Math.round(n).toString());

interface Row {
  operation: string;
  statements: string;
  http: LoadResult;
  pgbench?: PgbenchResult;
  note?: string;
}

/** Writes a generated script into bench/sql/ (only when its text changed) and its values into bench/out/. */
function saveScript(name: string, script: PgbenchScript): string {
  const path = `${SQL_DIR}${name}.sql`;
  const before = existsSync(path) ? readFileSync(path, 'utf8') : '';
  if (before !== script.text) {
    writeFileSync(path, script.text);
    log(`  bench/sql/${name}.sql ${before ? 'UPDATED: the SQL of this operation changed since the committed script (review the diff)' : 'written'}`);
  } else log(`  bench/sql/${name}.sql unchanged`);
  writeFileSync(`${OUT}${name}.vars.json`, `${JSON.stringify(script.variables, null, 2)}\n`);
  return path;
}

const countDossiers = async (db: Database): Promise<number> => Number((await db.selectFrom('dossiers').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);

/** Waits until requests still in flight at the end of a load run have finished (the count of dossiers stops moving). */
async function settle(db: Database): Promise<void> {
  let last = -1;
  for (let n = await countDossiers(db); n !== last; n = await countDossiers(db)) {
    last = n;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

function intakeJob(app: RunningApp, session: Session) {
  return { url: app.url, method: 'POST' as const, path: '/api/v1/dossiers', headers: sessionHeaders(session), body: JSON.stringify(INTAKE_BODY), connections: CONNECTIONS };
}

/** HTTP intake: a warm-up, then the measured run; every 2xx must be a new dossier. */
async function httpIntake(app: RunningApp, db: Database, session: Session): Promise<LoadResult> {
  if (WARMUP > 0) await runLoad({ ...intakeJob(app, session), seconds: WARMUP });
  await settle(db);
  const before = await countDossiers(db);
  const result = await runLoad({ ...intakeJob(app, session), seconds: SECONDS });
  await settle(db);
  const created = (await countDossiers(db)) - before;
  // Requests still in flight when a run stops are completed by the app but not counted by autocannon.
  if (created < result.ok || created > result.ok + 2 * CONNECTIONS) throw new Error(`the HTTP intake answered ${result.ok} × 2xx but ${created} dossiers were created`);
  return result;
}

/** Tops the dossiers up to BENCH_LOOKUP_DOSSIERS through the HTTP API, then lists the codes of the desk's day. */
async function lookupSet(app: RunningApp, db: Database, session: Session, prefix: string, topUp = true): Promise<string[]> {
  const missing = topUp ? LOOKUP_DOSSIERS - (await countDossiers(db)) : 0;
  if (missing > 0) {
    log(`  seeding ${missing} more dossiers through POST /api/v1/dossiers…`);
    const seeded = await runLoad({ ...intakeJob(app, session), seconds: 3600, amount: missing });
    if (seeded.non2xx > 0 || seeded.errors > 0) throw new Error(`seeding: ${seeded.non2xx} non-2xx answers, ${seeded.errors} errors`);
    await settle(db);
  }
  await sql`analyze`.execute(db);
  const rows = await db.selectFrom('dossiers').select('code').where('code', 'like', `${prefix}%`).execute();
  return rows.map((r) => r.code);
}

function lookupJob(app: RunningApp, codes: string[]) {
  return { url: app.url, method: 'GET' as const, path: '/api/v1/lookup/{code}', headers: {}, connections: CONNECTIONS, codes };
}

async function httpLookup(app: RunningApp, codes: string[]): Promise<LoadResult> {
  if (WARMUP > 0) await runLoad({ ...lookupJob(app, codes), seconds: WARMUP });
  return runLoad({ ...lookupJob(app, codes), seconds: SECONDS });
}

/** The statements of one intake and one lookup, captured on a second app instance (its own pool) after a warm-up request. */
async function captureOperations(db: Database, session: Session) {
  const capture = await startApp(db, false);
  try {
    const intake = () => capture.app.inject({ method: 'POST', url: '/api/v1/dossiers', headers: sessionHeaders(session), payload: INTAKE_BODY });
    const warm = await intake();
    if (warm.statusCode !== 201) throw new Error(`intake failed: ${warm.statusCode} ${warm.body}`);
    const first = await captureQueries(intake);
    const second = await captureQueries(intake);
    for (const c of [first, second]) if (c.result.statusCode !== 201) throw new Error(`intake failed: ${c.result.statusCode} ${c.result.body}`);
    const shape = (qs: CapturedQuery[]) => qs.map((q) => q.sql).join('\n');
    if (shape(first.queries) !== shape(second.queries)) log('  note: two intakes in a row sent different statements; the script follows the second');
    const dossier = JSON.parse(second.result.body) as { id: string; code: string };
    const lookupOf = () => capture.app.inject({ method: 'GET', url: `/api/v1/lookup/${encodeURIComponent(dossier.code)}`, headers: { 'x-forwarded-for': '10.99.0.1' } });
    await lookupOf();
    const lookup = await captureQueries(lookupOf);
    if (lookup.result.statusCode !== 200) throw new Error(`lookup failed: ${lookup.result.statusCode} ${lookup.result.body}`);
    writeFileSync(`${OUT}captured.json`, `${JSON.stringify({ intake: second.queries, lookup: lookup.queries }, null, 2)}\n`);
    return { intake: second.queries, lookup: lookup.queries, dossier };
  } finally {
    await capture.close();
  }
}

function inTransaction(queries: CapturedQuery[]): string {
  const begin = queries.findIndex((q) => q.sql === 'begin');
  const commit = queries.findIndex((q) => q.sql === 'commit');
  const inside = begin >= 0 && commit > begin ? commit - begin - 1 : 0;
  return inside > 0 ? `${queries.length} (${inside} in a transaction)` : String(queries.length);
}

async function onPostgres(scratch: ScratchDatabase, rows: Row[]): Promise<void> {
  log(`\nPostgreSQL: scratch database ${scratch.name}`);
  let opened: OpenDatabase | undefined;
  let app: RunningApp | undefined;
  try {
    opened = await openPostgres(scratch.url);
    const started = Date.now();
    await prepareAndSeed(opened);
    log(`  migrated and seeded (province 79, demo accounts) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    app = await startApp(opened.db);
    const session = await signIn(app.app, DESK_LOGIN);

    const captured = await captureOperations(opened.db, session);
    log(`  captured one intake (${captured.intake.length} statements) and one lookup (${captured.lookup.length})`);
    const intake = intakeScript(captured.intake, captured.dossier);
    const intakePath = saveScript('intake', intake);
    const intakeVars = intake.variables;
    const prefix = intakeVars.code_prefix!;
    // One transaction first: the script must run and create exactly one dossier.
    const before = await countDossiers(opened.db);
    await runPgbench({ url: scratch.url, script: intakePath, variables: intakeVars, clients: 1, threads: 1, transactions: 1 });
    if ((await countDossiers(opened.db)) !== before + 1) throw new Error('the intake script did not create one dossier');

    // pgbench first: the HTTP run then works on the larger table (an intake counts the
    // specialist's open dossiers), so the ratio errs against the app, not for it.
    log(`  intake with pgbench: ${CONNECTIONS} clients, ${SECONDS} s…`);
    const atStart = await countDossiers(opened.db);
    const raw = await runPgbench({ url: scratch.url, script: intakePath, variables: intakeVars, clients: CONNECTIONS, threads: THREADS, seconds: SECONDS, logPrefix: `${OUT}pgbench-intake` });
    writeFileSync(`${OUT}pgbench-intake.txt`, raw.output);
    const made = (await countDossiers(opened.db)) - atStart;
    if (made !== raw.processed) throw new Error(`pgbench reported ${raw.processed} intakes but ${made} dossiers were created`);
    log(`  intake over HTTP: ${CONNECTIONS} connections, ${SECONDS} s (after ${WARMUP} s of warm-up)…`);
    const http = await httpIntake(app, opened.db, session);
    rows.push({ operation: 'intake', statements: inTransaction(captured.intake), http, pgbench: raw });

    const codes = await lookupSet(app, opened.db, session, prefix);
    const sample = captured.dossier.code;
    const lookup = lookupScript(captured.lookup, sample, Number(sample.slice(prefix.length)), codes.length);
    const lookupPath = saveScript('lookup', lookup);
    const lookupVars = lookup.variables;
    // pgbench draws <prefix>0001…<prefix>N: the codes of the day must have no gaps, as the app promises.
    const numbers = codes.map((c) => Number(c.slice(prefix.length))).sort((a, b) => a - b);
    if (numbers[numbers.length - 1] !== codes.length) throw new Error(`the desk's codes of the day are not 1…${codes.length} (the day changed during the run?)`);
    log(`  lookup over HTTP: ${codes.length} dossiers, random codes, ${CONNECTIONS} connections, ${SECONDS} s…`);
    const lookupHttp = await httpLookup(app, codes);
    log(`  lookup with pgbench…`);
    const lookupRaw = await runPgbench({ url: scratch.url, script: lookupPath, variables: lookupVars, clients: CONNECTIONS, threads: THREADS, seconds: SECONDS, logPrefix: `${OUT}pgbench-lookup` });
    writeFileSync(`${OUT}pgbench-lookup.txt`, lookupRaw.output);
    rows.push({ operation: 'lookup', statements: inTransaction(captured.lookup), http: lookupHttp, pgbench: lookupRaw });
  } finally {
    await app?.close();
    await opened?.close();
  }
}

async function onPglite(rows: Row[]): Promise<void> {
  log('\nPGlite (embedded, in memory; one connection inside the app process — no pgbench there)');
  const opened = await openDatabase({ engine: 'pglite' });
  let app: RunningApp | undefined;
  try {
    const started = Date.now();
    await prepareAndSeed(opened);
    log(`  migrated and seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    app = await startApp(opened.db);
    const session = await signIn(app.app, DESK_LOGIN);
    const first = await app.app.inject({ method: 'POST', url: '/api/v1/dossiers', headers: sessionHeaders(session), payload: INTAKE_BODY });
    if (first.statusCode !== 201) throw new Error(`intake failed: ${first.statusCode} ${first.body}`);
    const code = (JSON.parse(first.body) as { code: string }).code;
    const prefix = code.slice(0, code.lastIndexOf('-') + 1);
    log(`  intake over HTTP: ${CONNECTIONS} connections, ${SECONDS} s…`);
    rows.push({ operation: 'intake', statements: '', http: await httpIntake(app, opened.db, session), note: 'PGlite' });
    // No top-up here: finding one row by a unique key hardly depends on the number of rows.
    const codes = await lookupSet(app, opened.db, session, prefix, false);
    log(`  lookup over HTTP: ${codes.length} dossiers, random codes…`);
    rows.push({ operation: 'lookup', statements: '', http: await httpLookup(app, codes), note: 'PGlite' });
  } finally {
    await app?.close();
    await opened.close();
  }
}

function table(rows: Row[]): string {
  const head = ['operation', 'statements', 'HTTP req/s', 'p50 ms', 'p99 ms', 'non-2xx', 'pgbench tps (same SQL)', 'pgbench p50', 'pgbench p99', 'ratio HTTP/pgbench'];
  const body = rows.map((r) => [
    r.note ? `${r.operation} (${r.note})` : r.operation,
    r.statements || '—',
    perSecond(rate(r.http)),
    ms(r.http.p50),
    ms(r.http.p99),
    String(r.http.non2xx + r.http.errors + r.http.timeouts),
    r.pgbench ? perSecond(r.pgbench.tps) : 'no pgbench on PGlite',
    ms(r.pgbench?.p50),
    ms(r.pgbench?.p99),
    r.pgbench ? `${((rate(r.http) / r.pgbench.tps) * 100).toFixed(0)} %` : '—',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 || i === 1 || i === 6 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [line(head), `|${widths.map((w, i) => (i === 0 || i === 1 ? `-${'-'.repeat(w)}-` : `-${'-'.repeat(w)}:`)).join('|')}|`, ...body.map(line)].join('\n');
}

async function main(): Promise<number> {
  mkdirSync(OUT, { recursive: true });
  const machine = [
    `cores: ${cores} (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), memory ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `node ${process.version}; ${(await serverVersion()).split(' on ')[0]}; ${await pgbenchVersion()}`,
    `${CONNECTIONS} connections (autocannon) / clients (pgbench -j ${THREADS}), ${SECONDS} s each, ${WARMUP} s HTTP warm-up; app pool 10 connections`,
  ];
  log(['motcua benchmarks', ...machine.map((m) => `  ${m}`)].join('\n'));
  const rows: Row[] = [];
  const scratch = await createScratchDatabase();
  let failure: unknown;
  const dropOnSignal = () =>
    void scratch.drop().finally(() => {
      console.error(`\ninterrupted: ${scratch.name} dropped`);
      removeBenchDataDir();
      process.exit(130);
    });
  process.once('SIGINT', dropOnSignal);
  process.once('SIGTERM', dropOnSignal);
  try {
    await onPostgres(scratch, rows);
  } catch (error) {
    failure = error;
  } finally {
    await scratch.drop();
    log(`  dropped ${scratch.name}`);
  }
  if (!failure && PGLITE) {
    try {
      await onPglite(rows);
    } catch (error) {
      failure = error;
    }
  }
  removeBenchDataDir();
  if (rows.length) {
    const report = [
      '',
      table(rows),
      '',
      'ratio: HTTP requests/s ÷ pgbench transactions/s of the same statements on the same database in this run;',
      'the share of the raw database limit the app reaches (100 % = the app adds nothing the database would notice).',
      ...machine.map((m) => `machine: ${m}`),
    ].join('\n');
    log(report);
    writeFileSync(`${OUT}last-run.md`, `${report.trim()}\n`);
    writeFileSync(`${OUT}last-run.json`, `${JSON.stringify({ at: new Date().toISOString(), machine, rows }, null, 2)}\n`);
  }
  if (failure) {
    console.error('\nbenchmark failed:', failure);
    return 1;
  }
  const bad = rows.filter((r) => r.http.non2xx + r.http.errors + r.http.timeouts > 0 || (r.pgbench?.failed ?? 0) > 0);
  if (bad.length) {
    console.error(`\nnon-2xx answers, errors or failed pgbench transactions in: ${bad.map((r) => r.operation).join(', ')}`);
    for (const r of bad) console.error(`  ${r.operation}: ${JSON.stringify(r.http.statusCodes)}`);
    return 1;
  }
  return 0;
}

process.exitCode = await main();
