import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { defineArgs } from './pgbench-script.js';

export const PGBENCH = process.env.BENCH_PGBENCH ?? 'pgbench';

export interface PgbenchRun {
  url: string;
  script: string;
  variables: Record<string, string>;
  clients: number;
  threads: number;
  /** Seconds (-T), or a number of transactions per client (-t). */
  seconds?: number;
  transactions?: number;
  /** Per-transaction log (-l) under this prefix, for the latency percentiles. */
  logPrefix?: string;
}

export interface PgbenchResult {
  tps: number;
  processed: number;
  failed: number;
  /** Milliseconds, from the per-transaction log (when logged). */
  p50?: number;
  p99?: number;
  /** pgbench's whole report. */
  output: string;
  /** Average latency of each statement, in ms (-r). */
  statements: Array<{ ms: number; sql: string }>;
}

/** pgbench's connection options for a postgres:// address. */
function connectionArgs(url: string): { args: string[]; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const args = ['-h', u.hostname, '-p', u.port || '5432', '-U', decodeURIComponent(u.username || 'postgres'), decodeURIComponent(u.pathname.slice(1))];
  return { args, env: u.password ? { ...process.env, PGPASSWORD: decodeURIComponent(u.password) } : process.env };
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** Runs pgbench with a custom script (no vacuum, extended protocol) and reads its report. */
export async function runPgbench(run: PgbenchRun): Promise<PgbenchResult> {
  const { args: conn, env } = connectionArgs(run.url);
  const args = [
    '-n',
    '-M',
    'extended',
    '-r',
    '-c',
    String(run.clients),
    '-j',
    String(run.threads),
    ...(run.seconds !== undefined ? ['-T', String(run.seconds)] : ['-t', String(run.transactions ?? 1)]),
    ...(run.logPrefix ? ['-l', `--log-prefix=${run.logPrefix}`] : []),
    '-f',
    run.script,
    ...defineArgs(run.variables),
    ...conn,
  ];
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const p = spawn(PGBENCH, args, { env });
    let out = '';
    let err = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.stderr.on('data', (d: Buffer) => (err += d.toString()));
    p.on('error', reject);
    p.on('exit', (c) => resolve({ code: c, stdout: out, stderr: err }));
  });
  const output = `${stdout}${stderr ? `\n${stderr}` : ''}`;
  const tps = /^tps = ([\d.]+)/m.exec(stdout);
  const processed = /number of transactions actually processed: (\d+)/.exec(stdout);
  if (code !== 0 || !tps || !processed) throw new Error(`pgbench failed (exit ${code}):\n${output.slice(-4000)}`);
  const failed = Number(/number of failed transactions: (\d+)/.exec(stdout)?.[1] ?? 0);
  const statements: PgbenchResult['statements'] = [];
  const report = stdout.split(/statement latencies in milliseconds[^\n]*\n/)[1] ?? '';
  for (const line of report.split('\n')) {
    const m = /^\s+([\d.]+)\s+(?:\d+\s+)?(.*)$/.exec(line);
    if (m) statements.push({ ms: Number(m[1]), sql: m[2]! });
  }
  const result: PgbenchResult = { tps: Number(tps[1]), processed: Number(processed[1]), failed, output, statements };
  if (run.logPrefix) {
    const dir = dirname(run.logPrefix);
    const files = readdirSync(dir).filter((f) => f.startsWith(`${basename(run.logPrefix!)}.`));
    const latencies: number[] = [];
    for (const f of files) {
      for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
        const us = Number(line.split(' ')[2]);
        if (line && Number.isFinite(us)) latencies.push(us / 1000);
      }
      rmSync(join(dir, f));
    }
    latencies.sort((a, b) => a - b);
    result.p50 = percentile(latencies, 50);
    result.p99 = percentile(latencies, 99);
  }
  return result;
}

export async function pgbenchVersion(): Promise<string> {
  return new Promise((resolve) => {
    const p = spawn(PGBENCH, ['--version']);
    let out = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.on('error', () => resolve('not found'));
    p.on('exit', () => resolve(out.trim()));
  });
}
