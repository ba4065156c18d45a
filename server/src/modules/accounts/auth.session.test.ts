import { describe, expect, it } from 'vitest';
import { startTestApp } from '../../../test/harness.js';
import { TestClient } from '../../../test/test-client.js';

const t = await startTestApp();

describe('the session', () => {
  it('tells the signed-in person who they are, with the CSRF token', async () => {
    const client = await t.signIn('benthanh.lanhdao');
    const response = await client.get('/api/v1/auth/session');
    expect(response.status).toBe(200);
    expect(response.body.account.fullName).toBe('Đặng Quốc Bảo');
    expect(response.body.csrfToken).toBe(client.csrfToken);
  });

  it('is refused without a cookie, with a forged cookie, and with another province prefix', async () => {
    expect((await t.anonymous.get('/api/v1/auth/session')).status).toBe(401);
    const forged = new TestClient(t.app, 'motcua_session=79.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    expect((await forged.get('/api/v1/auth/session')).status).toBe(401);
    const client = await t.signIn('benthanh.lanhdao');
    const otherProvince = new TestClient(t.app, client.cookie!.replace('motcua_session=79.', 'motcua_session=01.'));
    expect((await otherProvince.get('/api/v1/auth/session')).status).toBe(401);
  });

  it('requires the CSRF token on state-changing requests', async () => {
    const client = await t.signIn('benthanh.lanhdao');
    const response = await client.withoutCsrf().post('/api/v1/auth/logout');
    expect(response.status).toBe(403);
    expect(response.body.type).toBe('/problems/csrf-failed');
    const wrong = new TestClient(t.app, client.cookie, 'x'.repeat(43));
    expect((await wrong.post('/api/v1/auth/logout')).status).toBe(403);
    expect((await client.get('/api/v1/auth/session')).status).toBe(200);
  });

  it('ends at sign-out, and the old cookie no longer works', async () => {
    const client = await t.signIn('benthanh.lanhdao');
    const out = await client.post('/api/v1/auth/logout');
    expect(out.status).toBe(200);
    expect(String(out.headers['set-cookie'])).toMatch(/motcua_session=;/);
    expect((await client.get('/api/v1/auth/session')).status).toBe(401);
  });

  it('ends after the idle time', async () => {
    let now = new Date();
    const idle = await startTestApp({ env: { MOTCUA_SESSION_IDLE_MINUTES: '30' }, now: () => now });
    const client = await idle.signIn('benthanh.lanhdao');
    now = new Date(now.getTime() + 29 * 60_000);
    expect((await client.get('/api/v1/auth/session')).status).toBe(200);
    now = new Date(now.getTime() + 29 * 60_000);
    expect((await client.get('/api/v1/auth/session')).status).toBe(200);
    now = new Date(now.getTime() + 31 * 60_000);
    expect((await client.get('/api/v1/auth/session')).status).toBe(401);
  });
});

describe('changing one’s password', () => {
  it('needs the current password, refuses weak ones, and ends the other sessions', async () => {
    const first = await t.signIn('cangio.lanhdao');
    const second = await t.signIn('cangio.lanhdao');
    const wrongCurrent = await first.post('/api/v1/auth/password', { currentPassword: 'nope-12345', newPassword: 'mot-cua-moi-2026' });
    expect(wrongCurrent.status).toBe(400);
    expect(wrongCurrent.body.field).toBe('currentPassword');
    const weak = await first.post('/api/v1/auth/password', { currentPassword: 'motcua-demo-2025', newPassword: 'short1' });
    expect(weak.status).toBe(400);
    expect(weak.body.field).toBe('newPassword');
    expect(weak.body.message.vi).toContain('ít nhất 10 ký tự');
    const ok = await first.post('/api/v1/auth/password', { currentPassword: 'motcua-demo-2025', newPassword: 'mot-cua-moi-2026' });
    expect(ok.status).toBe(200);
    expect((await first.get('/api/v1/auth/session')).status).toBe(200);
    expect((await second.get('/api/v1/auth/session')).status).toBe(401);
    expect((await t.anonymous.post('/api/v1/auth/login', { login: 'cangio.lanhdao', password: 'motcua-demo-2025' })).status).toBe(401);
    expect((await t.anonymous.post('/api/v1/auth/login', { login: 'cangio.lanhdao', password: 'mot-cua-moi-2026' })).status).toBe(200);
  });

  it('is required before anything else after an administrator sets a temporary password', async () => {
    const admin = await t.signIn('admin');
    const id = (await admin.get('/api/v1/accounts?q=tuphap.lanhdao')).body.items[0].id;
    expect((await admin.post(`/api/v1/accounts/${id}/password`, { newPassword: 'tam-thoi-2026' })).status).toBe(200);
    const client = await t.signIn('tuphap.lanhdao', 'tam-thoi-2026');
    expect((await client.get('/api/v1/auth/session')).body.account.mustChangePassword).toBe(true);
    const blocked = await client.get('/api/v1/agencies/79.STP');
    expect(blocked.status).toBe(200); // public routes stay open
    const admin2 = await t.signIn('admin');
    const promoted = await admin2.put(`/api/v1/accounts/${id}/memberships`, { memberships: [{ agencyCode: '79.STP', role: 'admin' }, { agencyCode: '79.STP', role: 'leader' }] });
    expect(promoted.status).toBe(200);
    const again = await t.signIn('tuphap.lanhdao', 'tam-thoi-2026');
    const refused = await again.get('/api/v1/accounts');
    expect(refused.status).toBe(403);
    expect(refused.body.type).toBe('/problems/password-change-required');
    expect((await again.post('/api/v1/auth/password', { currentPassword: 'tam-thoi-2026', newPassword: 'da-doi-mat-khau-2026' })).status).toBe(200);
    expect((await again.get('/api/v1/accounts')).status).toBe(200);
  });
});
