import { afterAll, describe, expect, it } from 'vitest';
import { birthAtCounter } from '../../../test/dossier-fixtures.js';
import { startTestApp } from '../../../test/harness.js';
import { silentLogger } from '../../platform/jobs/define.js';
import { runDueJobs } from '../../platform/jobs/run.js';
import { notifyChannels } from '../../platform/notify/channels.js';
import { notifyJobs } from '../../platform/notify/jobs.js';
import { startSmtp } from '../../platform/notify/test-servers.js';

const t = await startTestApp({ env: { MOTCUA_PUBLIC_URL: 'https://dichvucong.hochiminhcity.example.vn' } });
const smtp = await startSmtp();
afterAll(() => smtp.close());
const registry = notifyJobs(notifyChannels({ smtpUrl: smtp.url, mailFrom: 'Một cửa Phường Bến Thành <motcua@benthanh.example.vn>', smsChannel: 'log', smsWebhookUrl: undefined, smsWebhookSecret: undefined }, silentLogger));

describe('telling the applicant', () => {
  it('e-mails each status change through SMTP, in Vietnamese, with the lookup link', async () => {
    const desk = await t.signIn('benthanh.motcua');
    const d = (await desk.post('/api/v1/dossiers', birthAtCounter())).body;
    await runDueJobs(t.db, registry, { limit: 50 });
    const mail = smtp.messages.find((m) => m.envelopeTo.includes('nguyenvanan@example.com'));
    expect(mail?.subject).toBe(`[${d.code}] Đã tiếp nhận`);
    expect(mail?.text).toContain(`Hồ sơ ${d.code} — Đăng ký khai sinh`);
    expect(mail?.text).toContain('Hẹn trả kết quả:');
    expect(mail?.text).toContain(`https://dichvucong.hochiminhcity.example.vn/tra-cuu/${encodeURIComponent(d.code)}`);
    const sms = await t.db.selectFrom('notifications').select(['status', 'recipient']).where('relatedId', '=', d.id).where('channel', '=', 'sms').execute();
    // The log SMS channel records the message without a gateway.
    expect(sms).toEqual([{ status: 'skipped', recipient: '0901234567' }]);
  });
});
