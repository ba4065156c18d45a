import { describe, expect, it } from 'vitest';
import { startTestApp } from '../../../test/harness.js';

const t = await startTestApp();

const person = (overrides: Record<string, unknown> = {}) => ({
  fullName: 'Trần Thị Bích Ngọc',
  nationalId: '079301004567',
  phone: '0912345678',
  email: 'bichngoc@example.com',
  password: 'ngoc-dang-ky-2026',
  ...overrides,
});

async function citizenCount(): Promise<number> {
  const rows = await t.db.selectFrom('accounts').select('id').where('kind', '=', 'citizen').execute();
  return rows.length;
}

describe('citizen registration', () => {
  it('creates an account whose login is the personal ID number', async () => {
    const response = await t.anonymous.post('/api/v1/auth/register', person());
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ kind: 'citizen', username: '079301004567', fullName: 'Trần Thị Bích Ngọc', identityVerified: false, memberships: [] });
    expect((await t.anonymous.post('/api/v1/auth/login', { login: '079301004567', password: 'ngoc-dang-ky-2026' })).status).toBe(200);
  });

  it('refuses a second account for the same ID number or phone, naming the field', async () => {
    const again = await t.anonymous.post('/api/v1/auth/register', person({ phone: '0987654321', email: undefined }));
    expect(again.status).toBe(409);
    expect(again.body.field).toBe('nationalId');
    const phone = await t.anonymous.post('/api/v1/auth/register', person({ nationalId: '079301009999', email: undefined }));
    expect(phone.status).toBe(409);
    expect(phone.body.field).toBe('phone');
  });

  it.each([
    ['nationalId', { nationalId: '07930100456' }, 'Số định danh cá nhân phải gồm đúng 12 chữ số.'],
    ['nationalId', { nationalId: '07930100456x' }, 'Số định danh cá nhân phải gồm đúng 12 chữ số.'],
    ['fullName', { fullName: '<script>alert(1)</script>' }, 'Họ và tên chỉ gồm chữ cái'],
    ['fullName', { fullName: "Robert'); DROP TABLE accounts;--" }, 'Họ và tên chỉ gồm chữ cái'],
    ['phone', { phone: '12345' }, 'Số điện thoại phải có dạng'],
    ['email', { email: 'not-an-email' }, 'thư điện tử'],
    ['password', { password: 'short' }, 'ít nhất 10 ký tự'],
    ['password', { password: 'x079301004568x' }, 'không được chứa'],
  ])('rejects a bad %s with a clear message and writes nothing', async (field, change, message) => {
    const before = await citizenCount();
    const response = await t.anonymous.post('/api/v1/auth/register', person({ nationalId: '079301004568', phone: '0911111111', email: undefined, ...change }));
    expect(response.status).toBe(400);
    expect(response.body.field).toBe(field);
    expect(response.body.errors[0].message.vi.toLowerCase()).toContain(message.toLowerCase());
    expect(response.body.errors[0].message.en.length).toBeGreaterThan(5);
    expect(await citizenCount()).toBe(before);
  });

  it('accepts names in any script with diacritics, apostrophes and hyphens', async () => {
    const response = await t.anonymous.post('/api/v1/auth/register', person({ fullName: "Nguyễn Thị Ánh-Dương O'Neil", nationalId: '001190000001', phone: '0922222222', email: undefined }));
    expect(response.status).toBe(201);
  });
});

describe('retrying a registration with an Idempotency-Key', () => {
  it('creates the account once and replays the answer', async () => {
    const body = person({ nationalId: '079301007777', phone: '0933333333', email: undefined });
    const headers = { 'idempotency-key': 'c2b0c7a3-4b8e-4c41-9a3f-register-1' };
    const first = await t.anonymous.post('/api/v1/auth/register', body, headers);
    const second = await t.anonymous.post('/api/v1/auth/register', body, headers);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.body.id).toBe(first.body.id);
    const rows = await t.db.selectFrom('accounts').select('id').where('nationalId', '=', '079301007777').execute();
    expect(rows).toHaveLength(1);
  });

  it('refuses the same key with a different body', async () => {
    const headers = { 'idempotency-key': 'c2b0c7a3-4b8e-4c41-9a3f-register-2' };
    expect((await t.anonymous.post('/api/v1/auth/register', person({ nationalId: '079301008888', phone: '0944444444', email: undefined }), headers)).status).toBe(201);
    const other = await t.anonymous.post('/api/v1/auth/register', person({ nationalId: '079301008889', phone: '0944444445', email: undefined }), headers);
    expect(other.status).toBe(422);
    expect(other.body.type).toBe('/problems/idempotency-key-reused');
  });

  it('does not keep the key when the request failed, so a corrected retry goes through', async () => {
    const headers = { 'idempotency-key': 'c2b0c7a3-4b8e-4c41-9a3f-register-3' };
    const failed = await t.anonymous.post('/api/v1/auth/register', person({ nationalId: '079301006666', phone: '0944444444', email: undefined }), headers);
    expect(failed.status).toBe(409);
    expect((await t.anonymous.post('/api/v1/auth/register', person({ nationalId: '079301006666', phone: '0955555555', email: undefined }), headers)).status).toBe(201);
  });

  it('runs concurrent duplicates once', async () => {
    const body = person({ nationalId: '079301005555', phone: '0966666666', email: undefined });
    const headers = { 'idempotency-key': 'c2b0c7a3-4b8e-4c41-9a3f-register-4' };
    const results = await Promise.all([1, 2, 3].map(() => t.anonymous.post('/api/v1/auth/register', body, headers)));
    expect(results.map((r) => r.status)).toEqual([201, 201, 201]);
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
  });

  it('rejects a malformed key', async () => {
    const response = await t.anonymous.post('/api/v1/auth/register', person({ nationalId: '079301004444', phone: '0977777777', email: undefined }), { 'idempotency-key': 'short' });
    expect(response.status).toBe(400);
    expect(response.body.errors[0]).toMatchObject({ field: 'Idempotency-Key', in: 'headers' });
  });
});
