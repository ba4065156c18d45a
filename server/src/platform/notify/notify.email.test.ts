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

const registry = notifyJobs(
  notifyChannels({ smtpUrl: smtp.url, mailFrom: 'Một cửa Phường Bến Thành <motcua@benthanh.example.vn>', smsChannel: 'log', smsWebhookUrl: undefined, smsWebhookSecret: undefined }, silentLogger),
);
const body = 'Hồ sơ 000.00.79.H29-260301-0001 — Đăng ký khai sinh\nTrạng thái: Đã tiếp nhận.\nHẹn trả kết quả: 08:00 ngày 04/03/2026.';
const notification = (id: string) => t.db.selectFrom('notifications').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

beforeEach(async () => {
  smtp.messages.length = 0;
  await t.db.deleteFrom('jobs').execute();
});

describe('an e-mail notification', () => {
  it('is sent through SMTP after the change commits, Vietnamese intact', async () => {
    const id = await t.db.transaction().execute((trx) =>
      queueNotification(trx, { provinceCode: '79', channel: 'email', recipient: 'nguyen.van.an@example.vn', subject: '[H29-0001] Đã tiếp nhận hồ sơ', body, relatedType: 'dossier', relatedId: 'd-1' }),
    );
    expect(await notification(id)).toMatchObject({ status: 'pending', attempts: 0, channel: 'email' });
    expect(await runDueJobs(t.db, registry)).toBe(1);

    expect(smtp.messages).toHaveLength(1);
    const mail = smtp.messages[0]!;
    expect(mail.envelopeTo).toEqual(['nguyen.van.an@example.vn']);
    expect(mail.subject).toBe('[H29-0001] Đã tiếp nhận hồ sơ');
    expect(mail.text?.trim()).toBe(body);
    expect(mail.from?.value[0]).toEqual({ address: 'motcua@benthanh.example.vn', name: 'Một cửa Phường Bến Thành' });
    expect(await notification(id)).toMatchObject({ status: 'sent', attempts: 1, sentAt: expect.any(Date), error: null, relatedType: 'dossier', relatedId: 'd-1' });
  });

  it('does not exist when the change it tells about rolls back', async () => {
    await expect(
      t.db.transaction().execute(async (trx) => {
        await queueNotification(trx, { provinceCode: '79', channel: 'email', recipient: 'a@example.vn', subject: 'x', body: 'y', relatedType: 'dossier', relatedId: 'rolled-back' });
        throw new Error('the dossier could not be saved');
      }),
    ).rejects.toThrow();
    expect(await t.db.selectFrom('notifications').select('id').where('relatedId', '=', 'rolled-back').execute()).toEqual([]);
    expect(await t.db.selectFrom('jobs').select('id').execute()).toEqual([]);
  });

  it('is recorded as skipped, not sent, when no SMTP server is configured', async () => {
    const logged: object[] = [];
    const unconfigured = notifyJobs(notifyChannels({ smtpUrl: undefined, mailFrom: undefined, smsChannel: 'log', smsWebhookUrl: undefined, smsWebhookSecret: undefined }, { ...silentLogger, info: (o) => void logged.push(o) }));
    const id = await queueNotification(t.db, { provinceCode: '79', channel: 'email', recipient: 'b@example.vn', subject: 'Thông báo', body: 'Nội dung' });
    expect(await runDueJobs(t.db, unconfigured)).toBe(1);
    expect(await notification(id)).toMatchObject({ status: 'skipped', attempts: 1, sentAt: null });
    expect(logged).toEqual([{ to: 'b@example.vn', subject: 'Thông báo' }]);
    expect(smtp.messages).toEqual([]);
  });

  it('to an address that is none is recorded as failed without undoing the change', async () => {
    const id = await queueNotification(t.db, { provinceCode: '79', channel: 'email', recipient: 'không phải địa chỉ', subject: 'x', body: 'y' });
    expect(await notification(id)).toMatchObject({ status: 'failed', error: 'not a valid e-mail address' });
    expect(await runDueJobs(t.db, registry)).toBe(0);
    await expect(queueNotification(t.db, { provinceCode: '79', channel: 'email', recipient: 'c@example.vn', body: 'no subject' })).rejects.toThrow(/subject/);
  });
});
