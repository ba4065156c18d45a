import { describe, expect, it } from 'vitest';
import { startTestApp } from '../../../test/harness.js';
import { DEMO_PASSWORD } from '../../demo/demo-accounts.js';

const t = await startTestApp({ env: { MOTCUA_LOCKOUT_THRESHOLD: '3', MOTCUA_LOCKOUT_MINUTES: '15' } });

describe('signing in', () => {
  it('opens a session in an httpOnly SameSite cookie and returns the account and CSRF token', async () => {
    const response = await t.anonymous.post('/api/v1/auth/login', { login: 'benthanh.motcua', password: DEMO_PASSWORD });
    expect(response.status).toBe(200);
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/^motcua_session=79\.[A-Za-z0-9_-]{40,}/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(response.body.csrfToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(response.body.account).toMatchObject({ username: 'benthanh.motcua', kind: 'staff' });
    expect(response.body.account.memberships).toEqual([
      expect.objectContaining({ agencyCode: '26743.TTPVHCC', role: 'officer', unitName: 'Phường Bến Thành', roleName: { vi: 'Cán bộ một cửa', en: 'One-stop officer' } }),
    ]);
    expect(JSON.stringify(response.body)).not.toContain('argon2');
  });

  it('lets a citizen sign in with the personal ID number', async () => {
    const response = await t.anonymous.post('/api/v1/auth/login', { login: '079090001234', password: DEMO_PASSWORD });
    expect(response.status).toBe(200);
    expect(response.body.account).toMatchObject({ kind: 'citizen', fullName: 'Nguyễn Văn An' });
  });

  it('accepts the username in any case and with surrounding spaces', async () => {
    expect((await t.anonymous.post('/api/v1/auth/login', { login: '  BenThanh.MotCua ', password: DEMO_PASSWORD })).status).toBe(200);
  });

  it('gives the same answer for an unknown login and a wrong password, in Vietnamese by default', async () => {
    const unknown = await t.anonymous.post('/api/v1/auth/login', { login: 'nobody', password: 'whatever-123' });
    const wrong = await t.anonymous.post('/api/v1/auth/login', { login: 'cangio.lanhdao', password: 'whatever-123' });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(unknown.body.type).toBe('/problems/invalid-credentials');
    expect(unknown.body.detail).toBe(wrong.body.detail);
    expect(unknown.body.detail).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(unknown.body.message.en).toBe('The login or password is wrong.');
  });

  it('answers in English when the browser asks for it', async () => {
    const response = await t.anonymous.post('/api/v1/auth/login', { login: 'nobody', password: 'x' }, { 'accept-language': 'en-GB,en;q=0.9' });
    expect(response.body.title).toBe('Wrong login or password');
    expect(response.body.detail).toBe('The login or password is wrong.');
  });

  it('locks the account after repeated wrong passwords, even against the right one, and says until when', async () => {
    for (let i = 0; i < 2; i++) expect((await t.anonymous.post('/api/v1/auth/login', { login: 'cangio.chuyenvien', password: 'wrong-pass-1' })).status).toBe(401);
    const locking = await t.anonymous.post('/api/v1/auth/login', { login: 'cangio.chuyenvien', password: 'wrong-pass-1' });
    expect(locking.status).toBe(423);
    expect(locking.body.type).toBe('/problems/account-locked');
    expect(new Date(locking.body.lockedUntil).getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
    const right = await t.anonymous.post('/api/v1/auth/login', { login: 'cangio.chuyenvien', password: DEMO_PASSWORD });
    expect(right.status).toBe(423);
  });

  it('an administrator can lift the lockout', async () => {
    const admin = await t.signIn('admin');
    const found = await admin.get('/api/v1/accounts?q=cangio.chuyenvien');
    const id = found.body.items[0].id;
    expect(found.body.items[0].lockedUntil).not.toBeNull();
    expect((await admin.post(`/api/v1/accounts/${id}/unlock`)).status).toBe(200);
    expect((await t.anonymous.post('/api/v1/auth/login', { login: 'cangio.chuyenvien', password: DEMO_PASSWORD })).status).toBe(200);
  });

  it('refuses a disabled account even with the right password', async () => {
    const admin = await t.signIn('admin');
    const id = (await admin.get('/api/v1/accounts?q=benthanh.vanthu')).body.items[0].id;
    expect((await admin.patch(`/api/v1/accounts/${id}`, { status: 'disabled' })).status).toBe(200);
    const response = await t.anonymous.post('/api/v1/auth/login', { login: 'benthanh.vanthu', password: DEMO_PASSWORD });
    expect(response.status).toBe(403);
    expect(response.body.message.vi).toContain('vô hiệu hóa');
  });

  it('rejects a login body with missing fields, naming them', async () => {
    const response = await t.anonymous.post('/api/v1/auth/login', { login: 'admin' });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'password', in: 'body' })]);
  });

  it('records sign-ins and failures in the audit log', async () => {
    const admin = await t.signIn('admin');
    const log = await admin.get('/api/v1/audit?limit=200');
    const actions = log.body.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['auth.login', 'auth.login_failed', 'auth.locked', 'account.unlocked']));
  });
});

describe('rate limiting of sign-in', () => {
  it('answers 429 with a problem after the configured attempts a minute from one address', async () => {
    const other = await startTestApp({ env: { MOTCUA_SIGN_IN_RATE_LIMIT: '10' } });
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await other.anonymous.post('/api/v1/auth/login', { login: `x${i}`, password: 'y' })).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    const limited = await other.anonymous.post('/api/v1/auth/login', { login: 'x', password: 'y' });
    expect(limited.status).toBe(429);
    expect(limited.body.type).toBe('/problems/rate-limited');
    expect(limited.body.message.vi).toContain('quá nhiều');
  });
});
