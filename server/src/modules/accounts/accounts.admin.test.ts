import { describe, expect, it } from 'vitest';
import { startTestApp } from '../../../test/harness.js';

const t = await startTestApp();
const admin = await t.signIn('admin');
const communeAdmin = await t.signIn('benthanh.quantri');

const newStaff = (overrides: Record<string, unknown> = {}) => ({
  username: 'benthanh.motcua2',
  fullName: 'Lê Thị Hồng',
  email: 'hong@benthanh.example',
  password: 'ban-dau-2026-x',
  memberships: [{ agencyCode: '26743.TTPVHCC', role: 'officer' }],
  ...overrides,
});

describe('creating staff accounts', () => {
  it('a commune administrator creates an officer at the commune desk; the officer must change the password', async () => {
    const created = await communeAdmin.post('/api/v1/accounts', newStaff(), { 'idempotency-key': 'create-benthanh-motcua2' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ username: 'benthanh.motcua2', kind: 'staff', mustChangePassword: true });
    expect(created.body.memberships[0]).toMatchObject({ agencyCode: '26743.TTPVHCC', agencyName: 'Trung tâm Phục vụ hành chính công phường Bến Thành', role: 'officer' });
    const retried = await communeAdmin.post('/api/v1/accounts', newStaff(), { 'idempotency-key': 'create-benthanh-motcua2' });
    expect(retried.body.id).toBe(created.body.id);
    const officer = await t.signIn('benthanh.motcua2', 'ban-dau-2026-x');
    expect((await officer.get('/api/v1/auth/session')).body.account.mustChangePassword).toBe(true);
  });

  it('refuses a taken username with 409 naming the field', async () => {
    const response = await admin.post('/api/v1/accounts', newStaff({ username: 'benthanh.motcua' }));
    expect(response.status).toBe(409);
    expect(response.body.field).toBe('username');
  });

  it('refuses an unknown agency and a malformed one, naming the membership', async () => {
    const unknown = await admin.post('/api/v1/accounts', newStaff({ username: 'x.moi', memberships: [{ agencyCode: '26743.XYZ', role: 'officer' }] }));
    expect(unknown.status).toBe(400);
    expect(unknown.body.field).toBe('memberships/0/agencyCode');
    const otherProvince = await admin.post('/api/v1/accounts', newStaff({ username: 'x.moi', memberships: [{ agencyCode: '01.STP', role: 'officer' }] }));
    expect(otherProvince.status).toBe(400);
    const malformed = await admin.post('/api/v1/accounts', newStaff({ username: 'x.moi', memberships: [{ agencyCode: 'drop table', role: 'boss' }] }));
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['memberships/0/agencyCode', 'memberships/0/role']);
    expect(await t.db.selectFrom('accounts').select('id').where('username', '=', 'x.moi').execute()).toEqual([]);
  });

  it('a commune administrator cannot grant roles at the province or in another commune', async () => {
    for (const agencyCode of ['79.STP', '27664.UBND']) {
      const response = await communeAdmin.post('/api/v1/accounts', newStaff({ username: 'x.khac', memberships: [{ agencyCode, role: 'specialist' }] }));
      expect(response.status).toBe(403);
    }
  });
});

describe('listing and reading accounts', () => {
  it('a province administrator sees everyone; a commune administrator only staff of the commune', async () => {
    const all = await admin.get('/api/v1/accounts?limit=200');
    expect(all.body.items.map((a: { username: string }) => a.username)).toEqual(expect.arrayContaining(['admin', 'cangio.motcua', '079090001234']));
    const mine = await communeAdmin.get('/api/v1/accounts?limit=200');
    const names = mine.body.items.map((a: { username: string }) => a.username);
    expect(names).toEqual(expect.arrayContaining(['benthanh.motcua', 'benthanh.lanhdao', 'benthanh.quantri']));
    expect(names.every((n: string) => n.startsWith('benthanh.'))).toBe(true);
  });

  it('filters by role, agency and search text, and pages with a cursor', async () => {
    const leaders = await admin.get('/api/v1/accounts?role=leader');
    expect(leaders.body.items.map((a: { username: string }) => a.username).sort()).toEqual(['benthanh.lanhdao', 'cangio.lanhdao', 'tuphap.lanhdao']);
    const desk = await admin.get('/api/v1/accounts?agency=27664.TTPVHCC');
    expect(desk.body.items.map((a: { username: string }) => a.username)).toEqual(['cangio.motcua']);
    const byName = await admin.get(`/api/v1/accounts?q=${encodeURIComponent('Hồng Nhung')}`);
    expect(byName.body.items.map((a: { username: string }) => a.username)).toEqual(['tuphap.chuyenvien']);
    const first = await admin.get('/api/v1/accounts?limit=3');
    expect(first.body.items).toHaveLength(3);
    const second = await admin.get(`/api/v1/accounts?limit=3&cursor=${first.body.nextCursor}`);
    expect(second.body.items[0].username > first.body.items[2].username).toBe(true);
  });

  it('rejects a tampered cursor', async () => {
    const response = await admin.get('/api/v1/accounts?cursor=bm90LWEtY3Vyc29y');
    expect(response.status).toBe(400);
    expect(response.body.type).toBe('/problems/invalid-cursor');
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    expect((await admin.get('/api/v1/accounts/6f1c1a52-7a43-4d0e-9a8f-3a3a3a3a3a3a')).status).toBe(404);
    const malformed = await admin.get('/api/v1/accounts/123');
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors[0]).toMatchObject({ field: 'id', in: 'params' });
  });
});

describe('changing accounts', () => {
  const idOf = async (username: string): Promise<string> => (await admin.get(`/api/v1/accounts?q=${username}`)).body.items[0].id;

  it('updates name and contacts, and records before and after in the audit log', async () => {
    const id = await idOf('cangio.motcua');
    const response = await admin.patch(`/api/v1/accounts/${id}`, { fullName: 'Trương Văn Lực Mới', phone: '0908888888' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ fullName: 'Trương Văn Lực Mới', phone: '0908888888' });
    const log = await admin.get(`/api/v1/audit?entityType=account&entityId=${id}`);
    expect(log.body.items[0]).toMatchObject({ action: 'account.updated', actorName: 'Trần Thị Quản Trị (admin)', before: expect.objectContaining({ fullName: 'Trương Văn Lực' }), after: expect.objectContaining({ fullName: 'Trương Văn Lực Mới' }) });
    expect(JSON.stringify(log.body)).not.toMatch(/argon2|passwordHash/);
  });

  it('refuses an empty patch', async () => {
    expect((await admin.patch(`/api/v1/accounts/${await idOf('cangio.motcua')}`, {})).status).toBe(400);
  });

  it('disabling an account ends its sessions', async () => {
    const victim = await t.signIn('cangio.lanhdao');
    const id = await idOf('cangio.lanhdao');
    expect((await admin.patch(`/api/v1/accounts/${id}`, { status: 'disabled' })).status).toBe(200);
    expect((await victim.get('/api/v1/auth/session')).status).toBe(401);
    expect((await admin.patch(`/api/v1/accounts/${id}`, { status: 'active' })).status).toBe(200);
  });

  it('an administrator cannot disable themselves or drop their own admin role', async () => {
    const id = await idOf('admin');
    expect((await admin.patch(`/api/v1/accounts/${id}`, { status: 'disabled' })).status).toBe(409);
    expect((await admin.put(`/api/v1/accounts/${id}/memberships`, { memberships: [{ agencyCode: '79.UBND', role: 'supervisor' }] })).status).toBe(409);
  });

  it('replaces roles; the new role takes effect at the next request', async () => {
    const id = await idOf('benthanh.chuyenvien');
    const specialist = await t.signIn('benthanh.chuyenvien');
    expect((await specialist.get('/api/v1/accounts')).status).toBe(403);
    const response = await communeAdmin.put(`/api/v1/accounts/${id}/memberships`, { memberships: [{ agencyCode: '26743.UBND', role: 'specialist' }, { agencyCode: '26743.UBND', role: 'admin' }] });
    expect(response.status).toBe(200);
    expect((await specialist.get('/api/v1/accounts')).status).toBe(200);
  });

  it('refuses duplicate roles', async () => {
    const id = await idOf('benthanh.chuyenvien');
    const response = await admin.put(`/api/v1/accounts/${id}/memberships`, { memberships: [{ agencyCode: '26743.UBND', role: 'specialist' }, { agencyCode: '26743.UBND', role: 'specialist' }] });
    expect(response.status).toBe(400);
    expect(response.body.field).toBe('memberships/1');
  });
});
