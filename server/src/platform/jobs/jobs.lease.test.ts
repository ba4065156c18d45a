import { beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../../../test/harness.js';
import { defineJob, jobRegistry } from './define.js';
import { enqueue } from './enqueue.js';
import { runDueJobs } from './run.js';
import { claimNextJob } from './store.js';

const t = await startTestApp();
const base = new Date('2030-03-01T01:00:00Z');
const at = (seconds: number) => () => new Date(base.getTime() + seconds * 1000);

let runs = 0;
const registry = jobRegistry(defineJob('test.count', { maxAttempts: 2, handler: async () => void (runs += 1) }));

/** What a process that died mid-job leaves behind: the job claimed, leased, never finished. */
const claimAndDie = (seconds: number) => claimNextJob(t.db, { now: at(seconds)(), leaseUntil: at(seconds + 300)(), kinds: ['test.count'] });
const job = () => t.db.selectFrom('jobs').selectAll().executeTakeFirstOrThrow();

beforeEach(async () => {
  runs = 0;
  await t.db.deleteFrom('jobs').execute();
});

describe('a job whose process died', () => {
  it('is left alone while its lease lasts, then claimed again and run', async () => {
    await enqueue(t.db, { provinceCode: '79', kind: 'test.count', payload: {} });
    expect(await claimAndDie(0)).toMatchObject({ attempts: 1 });
    expect(await runDueJobs(t.db, registry, { now: at(299) })).toBe(0);
    expect(await runDueJobs(t.db, registry, { now: at(300) })).toBe(1);
    expect(runs).toBe(1);
    expect(await job()).toMatchObject({ attempts: 2, doneAt: at(300)(), lockedUntil: null });
  });

  it('is failed, not run, when the attempt that died was its last', async () => {
    await enqueue(t.db, { provinceCode: '79', kind: 'test.count', payload: {} });
    await claimAndDie(0);
    await claimAndDie(300);
    expect(await runDueJobs(t.db, registry, { now: at(600) })).toBe(1);
    expect(runs).toBe(0);
    expect(await job()).toMatchObject({ attempts: 3, failedAt: at(600)(), lastError: expect.stringMatching(/lease expired/) });
  });

  // PGlite is one session in one process: no other runner can take the job over mid-run.
  it.skipIf(t.engine === 'pglite')('rolls back the work of a runner that outlived its lease and was overtaken', async () => {
    let overtake = true;
    const slow = jobRegistry(
      defineJob('test.slow', {
        handler: async (ctx) => {
          await ctx.db.insertInto('referenceData').values({ name: `slow-${ctx.job.attempt}`, checksum: 'x' }).execute();
          if (overtake) {
            overtake = false;
            // Meanwhile (on another connection) the lease expired and another runner took the job over.
            await t.db.updateTable('jobs').set((eb) => ({ attempts: eb('attempts', '+', 1) })).where('kind', '=', 'test.slow').execute();
          }
        },
      }),
    );
    await enqueue(t.db, { provinceCode: '79', kind: 'test.slow', payload: {} });
    expect(await runDueJobs(t.db, slow, { now: at(0) })).toBe(1);
    const rows = await t.db.selectFrom('referenceData').select('name').where('name', 'like', 'slow-%').execute();
    expect(rows).toEqual([]);
    expect(await job()).toMatchObject({ attempts: 2, doneAt: null, failedAt: null });
  });
});
