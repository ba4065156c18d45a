import { setTimeout as sleep } from 'node:timers/promises';
import { beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../../../test/harness.js';
import { defineJob, jobRegistry } from './define.js';
import { enqueue } from './enqueue.js';
import { startJobRunner } from './runner.js';
import { schedule, type ScheduledPayload } from './schedule.js';

const t = await startTestApp();

beforeEach(async () => {
  await t.db.deleteFrom('jobs').execute();
});

/** Waits until `check` holds, polling; fails after a few seconds. */
async function eventually(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    if (await check()) return;
    await sleep(20);
  }
  throw new Error('condition not reached');
}

describe('the background runner', () => {
  it('runs jobs as they are enqueued, and stops when asked', async () => {
    const seen: number[] = [];
    const registry = jobRegistry(defineJob<{ n: number }>('test.seen', { handler: async (_ctx, { n }) => void seen.push(n) }));
    const runner = startJobRunner({ db: t.db, registry, intervalMs: 20, provinceCode: '79' });
    try {
      await enqueue(t.db, { provinceCode: '79', kind: 'test.seen', payload: { n: 1 } });
      await eventually(async () => seen.length === 1);
      for (let n = 2; n <= 30; n += 1) await enqueue(t.db, { provinceCode: '79', kind: 'test.seen', payload: { n } });
      await eventually(async () => seen.length === 30);
    } finally {
      await runner.stop();
    }
    await enqueue(t.db, { provinceCode: '79', kind: 'test.seen', payload: { n: 99 } });
    await sleep(100);
    expect(seen).not.toContain(99);
  });

  it('enqueues each slot of a schedule once, however many processes run', async () => {
    const slots: string[] = [];
    const registry = jobRegistry(defineJob<ScheduledPayload>('test.tick', { handler: async (_ctx, { slot }) => void slots.push(slot) }));
    let clock = new Date('2030-03-01T00:59:30Z');
    const options = { db: t.db, registry, intervalMs: 10, provinceCode: '79', now: () => clock, schedules: [schedule('test.tick', 60)] };
    const runners = [startJobRunner(options), startJobRunner(options)];
    try {
      await eventually(async () => slots.length === 1);
      clock = new Date('2030-03-01T01:00:05Z');
      await eventually(async () => slots.length === 2);
      await sleep(100);
    } finally {
      await Promise.all(runners.map((r) => r.stop()));
    }
    expect(slots).toEqual(['2030-03-01T00:00:00.000Z', '2030-03-01T01:00:00.000Z']);
    const queued = await t.db.selectFrom('jobs').select(['dedupeKey', 'doneAt']).orderBy('runAt').execute();
    expect(queued.map((j) => [j.dedupeKey, j.doneAt !== null])).toEqual([
      ['2030-03-01T00:00:00.000Z', true],
      ['2030-03-01T01:00:00.000Z', true],
      ['2030-03-01T02:00:00.000Z', false],
    ]);
  });

  it('deletes jobs finished long ago', async () => {
    const registry = jobRegistry(defineJob('test.old', { handler: async () => {} }));
    const now = new Date();
    const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
    await t.db
      .insertInto('jobs')
      .values([
        { provinceCode: '79', kind: 'test.old', payload: '{}', doneAt: daysAgo(8), dedupeKey: 'old-done' },
        { provinceCode: '79', kind: 'test.old', payload: '{}', doneAt: daysAgo(1), dedupeKey: 'recent-done' },
        { provinceCode: '79', kind: 'test.old', payload: '{}', failedAt: daysAgo(8), dedupeKey: 'failed' },
      ])
      .execute();
    const runner = startJobRunner({ db: t.db, registry, intervalMs: 10_000 });
    await runner.stop();
    const kept = await t.db.selectFrom('jobs').select('dedupeKey').orderBy('dedupeKey').execute();
    expect(kept.map((j) => j.dedupeKey)).toEqual(['failed', 'recent-done']);
  });
});
