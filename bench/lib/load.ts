import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface LoadJob {
  url: string;
  method: 'GET' | 'POST';
  /** Path; `{code}` is replaced by a random code of `codes` for each request. */
  path: string;
  headers: Record<string, string>;
  body?: string;
  connections: number;
  seconds: number;
  /** Stop after this many requests instead (seeding). */
  amount?: number;
  codesFile?: string;
}

export interface LoadResult {
  /** Seconds the run took. */
  duration: number;
  /** 2xx answers. */
  ok: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, { count: number }>;
  /** Latency in milliseconds. */
  p50: number;
  p99: number;
  mean: number;
}

const child = fileURLToPath(new URL('./load-child.ts', import.meta.url));

/** Runs autocannon in a child process (`node --import tsx`) and returns its figures. */
export async function runLoad(job: Omit<LoadJob, 'codesFile'> & { codes?: string[] }): Promise<LoadResult> {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-bench-'));
  try {
    const { codes, ...rest } = job;
    const spec: LoadJob = { ...rest };
    if (codes) {
      spec.codesFile = join(dir, 'codes.txt');
      writeFileSync(spec.codesFile, codes.join('\n'));
    }
    writeFileSync(join(dir, 'job.json'), JSON.stringify(spec));
    await new Promise<void>((resolve, reject) => {
      const p = spawn(process.execPath, ['--import', 'tsx', child, join(dir, 'job.json'), join(dir, 'result.json')], { stdio: ['ignore', 'inherit', 'inherit'] });
      p.on('error', reject);
      p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the load generator exited with ${code}`))));
    });
    return JSON.parse(readFileSync(join(dir, 'result.json'), 'utf8')) as LoadResult;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Requests per second answered 2xx. */
export const rate = (r: LoadResult): number => r.ok / r.duration;
