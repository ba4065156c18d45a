import { beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../../../test/harness.js';
import { defineJob, jobRegistry } from './define.js';
import { enqueue } from './enqueue.js';
import { runDueJobs } from './run.js';

const t = await startTestApp();
const base = new Date('2030-03-01T01:00:00Z');
const at = (seconds: number) => () => new Date(base.getTime() + seconds * 1000);

const seen: unknown[] = [];
const registry = jobRegistry(defineJob<{ n: number }>('test.record', { handler: async (_ctx, payload) => void seen.push(payload.n) }));

beforeEach(async () => {
  seen.length = 0;
  await t.db.deleteFrom('jobs').execute();
});

describe('enqueueing a job', () => {
  it('is part of the caller’s transaction: a rollback leaves no job', async () => {
    await expect(
      t.db.transaction().execute(async (trx) => {
        await enqueue(trx, { provinceCode: '79', kind: 'test.record', payload: { n: 1 } });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await t.db.selectFrom('jobs').selectAll().execute()).toEqual([]);

    await t.db.transaction().execute((trx) => enqueue(trx, { provinceCode: '79', kind: 'test.record', payload: { n: 2 } }));
    expect(await runDueJobs(t.db, registry, { now: at(0) })).toBe(1);
    expect(seen).toEqual([2]);
  });

  it('with a dedupe key, is a no-op when that job already exists, even once done', async () => {
    const job = { provinceCode: '79', kind: 'test.record', payload: { n: 3 }, dedupeKey: 'slot-1' };
    await enqueue(t.db, job);
    await enqueue(t.db, { ...job, payload: { n: 4 } });
    expect(await runDueJobs(t.db, registry, { now: at(0) })).toBe(1);
    await enqueue(t.db, job);
    expect(await runDueJobs(t.db, registry, { now: at(0) })).toBe(0);
    expect(seen).toEqual([3]);
    // The key is per province and kind.
    await enqueue(t.db, { ...job, provinceCode: '01' });
    expect(await t.db.selectFrom('jobs').select('provinceCode').orderBy('provinceCode').execute()).toEqual([{ provinceCode: '01' }, { provinceCode: '79' }]);
  });

  it('runs a job only once it is due', async () => {
    await enqueue(t.db, { provinceCode: '79', kind: 'test.record', payload: { n: 5 }, runAt: at(60)() });
    expect(await runDueJobs(t.db, registry, { now: at(59) })).toBe(0);
    expect(await runDueJobs(t.db, registry, { now: at(60) })).toBe(1);
    expect(await runDueJobs(t.db, registry, { now: at(120) })).toBe(0);
    const [row] = await t.db.selectFrom('jobs').selectAll().execute();
    expect(row).toMatchObject({ attempts: 1, doneAt: at(60)(), lockedUntil: null, failedAt: null, lastError: null });
  });

  it('runs the oldest due jobs first, up to the limit, and only kinds it knows', async () => {
    for (const n of [3, 1, 2]) await enqueue(t.db, { provinceCode: '79', kind: 'test.record', payload: { n }, runAt: at(n)() });
    await enqueue(t.db, { provinceCode: '79', kind: 'test.unknown', payload: {} });
    expect(await runDueJobs(t.db, registry, { now: at(10), limit: 2 })).toBe(2);
    expect(await runDueJobs(t.db, registry, { now: at(10) })).toBe(1);
    expect(seen).toEqual([1, 2, 3]);
    const unknown = await t.db.selectFrom('jobs').selectAll().where('kind', '=', 'test.unknown').executeTakeFirstOrThrow();
    expect(unknown).toMatchObject({ attempts: 0, doneAt: null, lockedUntil: null });
  });

  it('runs only the given province’s jobs when asked', async () => {
    await enqueue(t.db, { provinceCode: '01', kind: 'test.record', payload: { n: 1 } });
    await enqueue(t.db, { provinceCode: '79', kind: 'test.record', payload: { n: 79 } });
    expect(await runDueJobs(t.db, registry, { now: at(0), provinceCode: '79' })).toBe(1);
    expect(seen).toEqual([79]);
  });

  it('refuses a malformed kind or attempt count', async () => {
    await expect(enqueue(t.db, { provinceCode: '79', kind: 'Send Mail', payload: {} })).rejects.toThrow(/module\.action/);
    await expect(enqueue(t.db, { provinceCode: '79', kind: 'test.record', payload: {}, maxAttempts: 0 })).rejects.toThrow(/maxAttempts/);
  });
});
