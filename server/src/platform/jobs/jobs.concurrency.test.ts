import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { startTestApp } from '../../../test/harness.js';
import { openDatabase } from '../db/database.js';
import { defineJob, jobRegistry } from './define.js';
import { enqueue } from './enqueue.js';
import { runDueJobs } from './run.js';

const t = await startTestApp();

describe('two runners at once', () => {
  it('never run a job twice', async () => {
    const runs = new Map<number, number>();
    const registry = jobRegistry(
      defineJob<{ n: number }>('test.once', {
        handler: async (ctx, payload) => {
          runs.set(payload.n, (runs.get(payload.n) ?? 0) + 1);
          // Hold the transaction a moment so the other runner tries to claim meanwhile.
          await ctx.db.selectFrom('jobs').select('id').where('id', '=', ctx.job.id).execute();
          await sleep(3);
        },
      }),
    );
    const count = 40;
    for (let n = 0; n < count; n += 1) await enqueue(t.db, { provinceCode: '79', kind: 'test.once', payload: { n } });

    // On PostgreSQL the second runner has its own pool, as a second server process would;
    // PGlite is one session, so its runners take turns.
    const second = t.engine === 'postgres' ? await openDatabase({ engine: 'postgres', url: await currentDatabaseUrl(), poolSize: 2 }) : undefined;
    try {
      const results = await Promise.all([
        runDueJobs(t.db, registry, { limit: 1000 }),
        runDueJobs(second?.db ?? t.db, registry, { limit: 1000 }),
        runDueJobs(t.db, registry, { limit: 1000 }),
      ]);
      expect(results.reduce((a, b) => a + b, 0)).toBe(count);
      if (t.engine === 'postgres') expect(results.filter((r) => r > 0).length).toBeGreaterThan(1);
    } finally {
      await second?.close();
    }
    expect([...runs.values()].every((r) => r === 1)).toBe(true);
    expect(runs.size).toBe(count);
    const unfinished = await t.db.selectFrom('jobs').select('id').where('doneAt', 'is', null).execute();
    expect(unfinished).toEqual([]);
  });
});

/** The URL of the test's own PostgreSQL database, for a second, independent pool. */
async function currentDatabaseUrl(): Promise<string> {
  const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(t.db);
  const url = new URL(process.env.MOTCUA_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test');
  url.pathname = `/${rows[0]!.name}`;
  return url.toString();
}
