import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../../../test/harness.js';
import { silentLogger } from '../jobs/define.js';
import { runDueJobs } from '../jobs/run.js';
import { notifyChannels } from './channels.js';
import { notifyJobs } from './jobs.js';
import { queueNotification } from './notifications.js';
import { signSmsRequest, SIGNATURE_HEADER, TIMESTAMP_HEADER } from './sms.js';
import { startGateway } from './test-servers.js';

const t = await startTestApp();
const gateway = await startGateway();
afterAll(() => gateway.close());

const secret = 'bí-mật-dùng-chung-với-cổng-SMS';
const settings = { smtpUrl: undefined, mailFrom: undefined, smsWebhookUrl: gateway.url, smsWebhookSecret: secret };
const registry = notifyJobs(notifyChannels({ ...settings, smsChannel: 'http' }, silentLogger));
const notification = (id: string) => t.db.selectFrom('notifications').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

beforeEach(async () => {
  gateway.requests.length = 0;
  gateway.status = 200;
  await t.db.deleteFrom('jobs').execute();
});

describe('an SMS notification', () => {
  it('is posted to the gateway as signed JSON', async () => {
    const text = 'Hồ sơ H29-0001 đã có kết quả. Mời ông/bà đến nhận tại Bộ phận Một cửa phường Bến Thành.';
    const id = await queueNotification(t.db, { provinceCode: '79', channel: 'sms', recipient: '0901 234.567', body: text });
    expect(await runDueJobs(t.db, registry)).toBe(1);

    expect(gateway.requests).toHaveLength(1);
    const { headers, body } = gateway.requests[0]!;
    expect(JSON.parse(body)).toEqual({ to: '0901234567', text });
    expect(headers['content-type']).toBe('application/json; charset=utf-8');
    expect(headers['idempotency-key']).toBe(id);
    const timestamp = Number(headers[TIMESTAMP_HEADER]);
    expect(Math.abs(timestamp - Date.now() / 1000)).toBeLessThan(60);
    expect(headers[SIGNATURE_HEADER]).toBe(signSmsRequest(secret, timestamp, body));
    expect(headers[SIGNATURE_HEADER]).not.toBe(signSmsRequest('another secret', timestamp, body));
    expect(await notification(id)).toMatchObject({ status: 'sent', attempts: 1, recipient: '0901234567' });
  });

  it('is retried when the gateway is down, with its answer recorded', async () => {
    gateway.status = 503;
    const id = await queueNotification(t.db, { provinceCode: '79', channel: 'sms', recipient: '+84901234567', body: 'Thử' });
    expect(await runDueJobs(t.db, registry)).toBe(1);
    expect(await notification(id)).toMatchObject({ status: 'pending', attempts: 1, error: 'SMS gateway answered 503: {"error":"quá tải"}' });
    gateway.status = 200;
    expect(await runDueJobs(t.db, registry, { now: () => new Date(Date.now() + 61_000) })).toBe(1);
    expect(await notification(id)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('is only recorded with the log channel', async () => {
    const logOnly = notifyJobs(notifyChannels({ ...settings, smsChannel: 'log' }, silentLogger));
    const id = await queueNotification(t.db, { provinceCode: '79', channel: 'sms', recipient: '0901234567', body: 'Thử' });
    expect(await runDueJobs(t.db, logOnly)).toBe(1);
    expect(await notification(id)).toMatchObject({ status: 'skipped', attempts: 1 });
    expect(gateway.requests).toEqual([]);
    const bad = await queueNotification(t.db, { provinceCode: '79', channel: 'sms', recipient: '12ab', body: 'Thử' });
    expect(await notification(bad)).toMatchObject({ status: 'failed', error: 'not a valid phone number' });
  });
});
