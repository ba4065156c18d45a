/**
 * Benchmark of the reorganisation hand-over (docs/handover.md): generate an export of the
 * old HCMC districts, import it, hand it over — and, in the same run on the same server,
 * the raw PostgreSQL limit for the same writes: COPY of the staged rows, COPY of every row
 * the hand-over wrote (dossiers, events, old codes, portal messages), and one UPDATE of
 * the staging rows.
 *
 *   npm run bench:handover -- [--size 1000000] [--districts 760,787] [--keep]
 *
 * Needs a PostgreSQL server (MOTCUA_BENCH_DATABASE_URL, default
 * postgres://postgres@127.0.0.1:5432/postgres) and `psql` for the COPY limit. Creates and
 * drops its own database (kept with --keep).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { sql } from 'kysely';
import { openDatabase } from '../../server/src/platform/db/database.js';
import { prepareDatabase } from '../../server/src/setup.js';
import { provision } from '../../server/src/provision.js';
import type { ServiceContext } from '../../server/src/platform/context.js';
import { writeLegacyExport } from '../../server/src/modules/handover/generator.js';
import { importLegacyFile } from '../../server/src/modules/handover/import-service.js';
import { runTransfer, startTransfer } from '../../server/src/modules/handover/transfer-service.js';

const { values } = parseArgs({ options: { size: { type: 'string' }, districts: { type: 'string' }, keep: { type: 'boolean' }, 'batch-size': { type: 'string' } } });
const size = Number(values.size ?? 100_000);
const adminUrl = process.env.MOTCUA_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `motcua_bench_handover_${process.pid}`;
const url = new URL(adminUrl);
url.pathname = `/${name}`;
const dir = mkdtempSync(join(tmpdir(), 'motcua-bench-handover-'));

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 200);
const seconds = (since: number): number => (performance.now() - since) / 1000;
const psql = (command: string): void => void execFileSync('psql', [url.toString(), '-v', 'ON_ERROR_STOP=1', '-qc', command], { stdio: ['ignore', 'ignore', 'inherit'] });
const timed = (command: string): number => {
  const t = performance.now();
  psql(command);
  return seconds(t);
};

const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`create database ${name}`);
const { db, close } = await openDatabase({ engine: 'postgres', url: url.toString(), poolSize: 4 });
try {
  await prepareDatabase(db);
  const ctx: ServiceContext = { db, provinceCode: '79', actor: { kind: 'system', name: 'bench:handover' }, requestId: 'bench', now: () => new Date() };
  await provision(ctx);

  const file = join(dir, 'export.jsonl');
  let t = performance.now();
  await writeLegacyExport(file, 'jsonl', { size, ...(values.districts ? { districts: values.districts.split(',') } : {}) });
  const generate = seconds(t);
  const bytes = statSync(file).size;
  console.log(`generated ${size} rows (${(bytes / 1e6).toFixed(0)} MB) in ${generate.toFixed(1)} s`);

  t = performance.now();
  const imported = await importLegacyFile(ctx, file, { batchSize: 1000 });
  const importSeconds = seconds(t);
  console.log(`imported ${imported.accepted} rows (${imported.rejected} rejected) in ${importSeconds.toFixed(1)} s`);

  t = performance.now();
  const transfer = await startTransfer(ctx, {});
  const done = await runTransfer(ctx, transfer.id, { batchSize: Number(values['batch-size'] ?? 500) });
  const transferSeconds = seconds(t);
  console.log(`handed over ${done.handedOver} (+${done.inReview} to review) in ${transferSeconds.toFixed(1)} s`);

  // The raw limit, same server, same data: dump what was written, then COPY it back into bare copies and UPDATE.
  const copy = (table: string, where = ''): { rows: number; seconds: number } => {
    const path = join(dir, `${table}.copy`);
    psql(`\\copy (select * from ${table} ${where}) to '${path}'`);
    psql(`create table raw_${table} (like ${table} including all)`);
    const s = timed(`\\copy raw_${table} from '${path}'`);
    rmSync(path);
    return { rows: Number(execFileSync('psql', [url.toString(), '-tAc', `select count(*) from raw_${table}`]).toString().trim()), seconds: s };
  };
  const rawStaging = copy('legacy_dossiers');
  const rawDossiers = copy('dossiers');
  const rawEvents = copy('dossier_events');
  const rawCodes = copy('dossier_legacy_codes');
  const rawPortal = copy('portal_sync_messages');
  const rawUpdate = timed(`update raw_legacy_dossiers set state = 'staged', decided_at = now(), target_agency_code = coalesce(target_agency_code, 'x')`);
  const rawTransfer = rawDossiers.seconds + rawEvents.seconds + rawCodes.seconds + rawPortal.seconds + rawUpdate;

  const version = (await sql<{ v: string }>`select current_setting('server_version') as v`.execute(db)).rows[0]!.v;
  const rate = (n: number, s: number): string => `${Math.round(n / s).toLocaleString('en-US')}/s`;
  const lines = [
    `| step | rows | time | rate | raw PostgreSQL limit (same run) | ratio |`,
    `| --- | ---: | ---: | ---: | --- | ---: |`,
    `| import (parse, validate, stage, checkpoint) | ${imported.accepted} | ${importSeconds.toFixed(1)} s | ${rate(imported.accepted, importSeconds)} | COPY of the staged rows: ${rawStaging.seconds.toFixed(1)} s (${rate(rawStaging.rows, rawStaging.seconds)}) | ${(importSeconds / rawStaging.seconds).toFixed(1)}× |`,
    `| hand-over (decide, dossiers, history, old codes, portal, audit) | ${done.processed} | ${transferSeconds.toFixed(1)} s | ${rate(done.processed, transferSeconds)} | COPY of its ${rawDossiers.rows} dossiers, ${rawEvents.rows} events, ${rawCodes.rows} old codes, ${rawPortal.rows} portal messages + UPDATE of ${rawStaging.rows} staging rows: ${rawTransfer.toFixed(1)} s | ${(transferSeconds / rawTransfer).toFixed(1)}× |`,
  ];
  console.log(`\nPostgreSQL ${version}; ${size} legacy rows; peak RSS of the benchmark process ${(peakRss / 1e6).toFixed(0)} MB\n`);
  console.log(lines.join('\n'));
} finally {
  clearInterval(sampler);
  await close();
  if (!values.keep) await admin.query(`drop database if exists ${name} with (force)`);
  else console.log(`kept database ${name}`);
  await admin.end();
  rmSync(dir, { recursive: true, force: true });
}
