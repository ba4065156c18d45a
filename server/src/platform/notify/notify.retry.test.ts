import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../../../test/harness.js';
import { silentLogger } from '../jobs/define.js';
import { runDueJobs } from '../jobs/run.js';
import { notifyChannels } from './channels.js';
import { notifyJobs } from './jobs.js';
import { queueNotification } from './notifications.js';
import { startSmtp } from './test-servers.js';

const t = await startTestApp();
const smtp = await startSmtp();
afterAll(() => smtp.close());

const registry = notifyJobs(notifyChannels({ smtpUrl: smtp.url, mailFrom: 'motcua@example.vn', smsChannel: 'log', smsWebhookUrl: undefined, smsWebhookSecret: undefined }, silentLogger));
const notification = (id: string) => t.db.selectFrom('notifications').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const job = () => t.db.selectFrom('jobs').selectAll().executeTakeFirstOrThrow();
const minutes = (m: number) => () => new Date(Date.now() + m * 60_000);

beforeEach(async () => {
  smtp.messages.length = 0;
  await t.db.deleteFrom('jobs').execute();
});

describe('an e-mail the SMTP server refuses', () => {
  it('is retried with backoff and sent once the server takes it', async () => {
    smtp.refuseNext = 2;
    const id = await queueNotification(t.db, { provinceCode: '79', channel: 'email', recipient: 'an@example.vn', subject: 'Thử lại', body: 'Nội dung thử lại' });
    expect(await runDueJobs(t.db, registry, { now: minutes(0) })).toBe(1);
    expect(await notification(id)).toMatchObject({ status: 'pending', attempts: 1, error: expect.stringContaining('451') });
    expect((await job()).lastError).toContain('451');
    // Not before its backoff (1 minute, then 4).
    expect(await runDueJobs(t.db, registry, { now: minutes(0.5) })).toBe(0);
    expect(await runDueJobs(t.db, registry, { now: minutes(1.1) })).toBe(1);
    expect(await runDueJobs(t.db, registry, { now: minutes(4) })).toBe(0);
    expect(await runDueJobs(t.db, registry, { now: minutes(5.2) })).toBe(1);
    expect(await notification(id)).toMatchObject({ status: 'sent', attempts: 3, error: null });
    expect(smtp.messages.map((m) => m.subject)).toEqual(['Thử lại']);
    expect((await job()).doneAt).not.toBeNull();
  });

  it('is marked failed, with the error, after its last attempt', async () => {
    smtp.refuseNext = 100;
    const id = await queueNotification(t.db, { provinceCode: '79', channel: 'email', recipient: 'binh@example.vn', subject: 'Không tới', body: 'x' });
    let ran = 0;
    for (let m = 0; m <= 24 * 60; m += 30) ran += await runDueJobs(t.db, registry, { now: minutes(m) });
    expect(ran).toBe(5);
    expect(await notification(id)).toMatchObject({ status: 'failed', attempts: 5, sentAt: null, error: expect.stringMatching(/451.*Hộp thư tạm thời không nhận thư/) });
    expect(await job()).toMatchObject({ attempts: 5, failedAt: expect.any(Date), lastError: expect.stringContaining('451') });
    expect(smtp.messages).toEqual([]);
    smtp.refuseNext = 0;
  });
});
