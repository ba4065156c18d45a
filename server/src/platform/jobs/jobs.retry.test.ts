import { beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../../../test/harness.js';
import { recordAudit } from '../audit/audit.js';
import { defineJob, jobRegistry, type JobContext } from './define.js';
import { enqueue } from './enqueue.js';
import { runDueJobs } from './run.js';
import { retryFailedJobs, summariseFailedJobs } from './store.js';

const t = await startTestApp();
const base = new Date('2030-03-01T01:00:00Z');
const at = (seconds: number) => () => new Date(base.getTime() + seconds * 1000);

const contexts: JobContext['job'][] = [];
/** Audits (in the job's transaction), then fails while `failuresLeft` says so. */
let failuresLeft = 0;
const registry = jobRegistry(
  defineJob<{ id: string }>('test.flaky', {
    maxAttempts: 3,
    backoffSeconds: (attempt) => 10 * attempt,
    handler: async (ctx, payload) => {
      contexts.push(ctx.job);
      await recordAudit(ctx.service, { action: 'test.flaky.ran', entityType: 'job-test', entityId: payload.id, after: { attempt: ctx.job.attempt } });
      if (failuresLeft > 0) {
        failuresLeft -= 1;
        throw new Error(`SMTP 451 thử lại sau (attempt ${ctx.job.attempt})`);
      }
    },
  }),
);

const job = () => t.db.selectFrom('jobs').selectAll().executeTakeFirstOrThrow();
const audited = async (id: string) =>
  (await t.db.selectFrom('auditLog').select(['actorName', 'context']).where('entityType', '=', 'job-test').where('entityId', '=', id).execute());

beforeEach(async () => {
  contexts.length = 0;
  await t.db.deleteFrom('jobs').execute();
});

describe('a failing job', () => {
  it('is retried after its backoff, its work rolled back each time, and then succeeds', async () => {
    failuresLeft = 1;
    await enqueue(t.db, { provinceCode: '79', kind: 'test.flaky', payload: { id: 'a' } });
    expect(await runDueJobs(t.db, registry, { now: at(0) })).toBe(1);
    expect(await job()).toMatchObject({ attempts: 1, runAt: at(10)(), lockedUntil: null, doneAt: null, failedAt: null, lastError: 'SMTP 451 thử lại sau (attempt 1)' });
    expect(await audited('a')).toEqual([]);

    expect(await runDueJobs(t.db, registry, { now: at(9) })).toBe(0);
    expect(await runDueJobs(t.db, registry, { now: at(10) })).toBe(1);
    expect(await job()).toMatchObject({ attempts: 2, doneAt: at(10)(), failedAt: null });
    expect(contexts).toEqual([
      { id: expect.any(Number), kind: 'test.flaky', attempt: 1, maxAttempts: 3 },
      { id: expect.any(Number), kind: 'test.flaky', attempt: 2, maxAttempts: 3 },
    ]);
    const entries = await audited('a');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorName: 'system: job:test.flaky', context: { requestId: `job:${contexts[0]!.id}` } });
  });

  it('is marked failed after its last attempt, with the error kept', async () => {
    failuresLeft = 10;
    await enqueue(t.db, { provinceCode: '79', kind: 'test.flaky', payload: { id: 'b' } });
    expect(await runDueJobs(t.db, registry, { now: at(0) })).toBe(1);
    expect(await runDueJobs(t.db, registry, { now: at(10) })).toBe(1);
    expect((await job()).runAt).toEqual(at(30)());
    expect(await runDueJobs(t.db, registry, { now: at(30) })).toBe(1);
    expect(await job()).toMatchObject({ attempts: 3, failedAt: at(30)(), doneAt: null, lockedUntil: null, lastError: 'SMTP 451 thử lại sau (attempt 3)' });
    expect(await runDueJobs(t.db, registry, { now: at(100_000) })).toBe(0);
    expect(await audited('b')).toEqual([]);
  });

  it('follows a per-job attempt count given at enqueue', async () => {
    failuresLeft = 10;
    await enqueue(t.db, { provinceCode: '79', kind: 'test.flaky', payload: { id: 'c' }, maxAttempts: 1 });
    expect(await runDueJobs(t.db, registry, { now: at(0) })).toBe(1);
    expect(await job()).toMatchObject({ attempts: 1, failedAt: at(0)() });
    expect(contexts[0]!.maxAttempts).toBe(1);
  });

  it('runs again when an operator retries it once the cause is fixed (motcua jobs retry)', async () => {
    failuresLeft = 1;
    await enqueue(t.db, { provinceCode: '79', kind: 'test.flaky', payload: { id: 'd' }, maxAttempts: 1 });
    await runDueJobs(t.db, registry, { now: at(0) });
    expect(await summariseFailedJobs(t.db)).toEqual([{ kind: 'test.flaky', count: 1, lastError: 'SMTP 451 thử lại sau (attempt 1)' }]);
    expect(await retryFailedJobs(t.db, at(60)(), 'dossiers.issue-document')).toBe(0);
    expect(await retryFailedJobs(t.db, at(60)(), 'test.flaky')).toBe(1);
    expect(await runDueJobs(t.db, registry, { now: at(60) })).toBe(1);
    expect(await job()).toMatchObject({ attempts: 1, doneAt: at(60)(), failedAt: null });
    expect(await audited('d')).toHaveLength(1);
    expect(await summariseFailedJobs(t.db)).toEqual([]);
  });
});
