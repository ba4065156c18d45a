import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { notifyBackoffSeconds } from './jobs.js';
import { signSmsRequest } from './sms.js';

describe('notification settings', () => {
  it('record e-mail and SMS only, unless told otherwise', () => {
    expect(loadConfig({})).toMatchObject({ smtpUrl: undefined, mailFrom: undefined, smsChannel: 'log', uploadLimit: 20 * 1024 * 1024, jobPollMs: 2000 });
  });

  it('take an SMTP server with its From address', () => {
    const config = loadConfig({ MOTCUA_SMTP_URL: 'smtps://motcua:pw@mail.example.vn:465', MOTCUA_MAIL_FROM: 'Một cửa <motcua@example.vn>' });
    expect(config).toMatchObject({ smtpUrl: 'smtps://motcua:pw@mail.example.vn:465', mailFrom: 'Một cửa <motcua@example.vn>' });
    expect(() => loadConfig({ MOTCUA_SMTP_URL: 'smtp://mail.example.vn' })).toThrow(/MOTCUA_MAIL_FROM/);
    expect(() => loadConfig({ MOTCUA_SMTP_URL: 'mail.example.vn:25', MOTCUA_MAIL_FROM: 'a@b.vn' })).toThrow(/MOTCUA_SMTP_URL/);
  });

  it('refuse an SMS gateway without its address or a long enough secret', () => {
    const http = { MOTCUA_SMS_CHANNEL: 'http', MOTCUA_SMS_WEBHOOK_URL: 'https://sms.example.vn/send', MOTCUA_SMS_WEBHOOK_SECRET: 'a-long-shared-secret' };
    expect(loadConfig(http)).toMatchObject({ smsChannel: 'http', smsWebhookUrl: 'https://sms.example.vn/send' });
    expect(() => loadConfig({ ...http, MOTCUA_SMS_WEBHOOK_URL: '' })).toThrow(/MOTCUA_SMS_WEBHOOK_URL/);
    expect(() => loadConfig({ ...http, MOTCUA_SMS_WEBHOOK_SECRET: 'short' })).toThrow(/MOTCUA_SMS_WEBHOOK_SECRET/);
    expect(() => loadConfig({ MOTCUA_SMS_CHANNEL: 'pigeon' })).toThrow(/log or http/);
  });

  it('bound the upload limit', () => {
    expect(loadConfig({ MOTCUA_UPLOAD_LIMIT: '5242880' }).uploadLimit).toBe(5 * 1024 * 1024);
    expect(() => loadConfig({ MOTCUA_UPLOAD_LIMIT: '10' })).toThrow(/MOTCUA_UPLOAD_LIMIT/);
  });
});

describe('the SMS gateway signature', () => {
  it('is HMAC-SHA256 over "<timestamp>.<body>", hex, prefixed by the algorithm', () => {
    // Computed independently: printf '1700000000.{"to":"0901234567","text":"Xin chào"}' | openssl dgst -sha256 -hmac secret-secret-secret
    expect(signSmsRequest('secret-secret-secret', 1_700_000_000, '{"to":"0901234567","text":"Xin chào"}')).toBe(`sha256=${EXPECTED}`);
  });
});

describe('notification retries', () => {
  it('wait 1, 4, 16 minutes, then an hour', () => {
    expect([1, 2, 3, 4, 5].map(notifyBackoffSeconds)).toEqual([60, 240, 960, 3600, 3600]);
  });
});

const EXPECTED = '8ee849cd07a961739b548465926e9ed6f613a7fcc1aec2dc81d5fbae335682fe';
