import { describe, expect, it } from 'vitest';
import { startTestApp } from '../../../test/harness.js';
import { bootstrapAccount } from '../accounts/bootstrap.js';
import { provisionProvince } from '../units/provision.js';

const source = await startTestApp();

/** A second deployment, for Lạng Sơn (20), with agencies and an administrator but no catalog. */
const target = await startTestApp({ env: { MOTCUA_PROVINCE: '20' } });
const ctx = { db: target.db, provinceCode: '20', actor: { kind: 'system' as const, name: 'test' }, requestId: 'test', now: () => new Date() };
await provisionProvince(ctx);
await bootstrapAccount(ctx, { kind: 'staff', username: 'quantri', fullName: 'Hoàng Văn Thụ', password: 'lang-son-2026-ok', memberships: [{ agencyCode: '20.UBND', role: 'admin' }] });
const targetAdmin = await target.signIn('quantri', 'lang-son-2026-ok');

describe('catalog export and import', () => {
  it('round-trips exactly: import into an empty province, export again, same document', async () => {
    const exported = await source.anonymous.get('/api/v1/catalog/export');
    expect(exported.status).toBe(200);
    expect(exported.body.procedures.length).toBeGreaterThanOrEqual(50);
    expect((await target.anonymous.get('/api/v1/catalog/procedures')).body.items).toEqual([]);
    const imported = await targetAdmin.post('/api/v1/catalog/import', exported.body);
    expect(imported.status).toBe(200);
    expect(imported.body).toEqual({ created: exported.body.procedures.length, unchanged: 0, procedures: exported.body.procedures.length });
    const again = await target.anonymous.get('/api/v1/catalog/export');
    expect(again.body).toEqual(exported.body);
  });

  it('changes nothing when the same file is imported again', async () => {
    const exported = (await source.anonymous.get('/api/v1/catalog/export')).body;
    const response = await targetAdmin.post('/api/v1/catalog/import', exported);
    expect(response.body).toEqual({ created: 0, unchanged: exported.procedures.length, procedures: exported.procedures.length });
  });

  it('refuses a file that rewrites a published version, and imports nothing from it', async () => {
    const exported = (await source.anonymous.get('/api/v1/catalog/export')).body;
    exported.procedures[0].versions[0].definition.fees = [];
    exported.procedures.push({ ...structuredClone(exported.procedures[1]), slug: 'thu-tuc-moi' });
    exported.procedures.at(-1).versions[0].definition.slug = 'thu-tuc-moi';
    exported.procedures.at(-1).versions[0].definition.code = null;
    const response = await targetAdmin.post('/api/v1/catalog/import', exported);
    expect(response.status).toBe(400);
    expect(response.body.errors[0]).toMatchObject({ field: 'procedures/0/versions/0', message: { vi: expect.stringContaining('không được sửa') } });
    expect((await target.anonymous.get('/api/v1/catalog/procedures/thu-tuc-moi')).status).toBe(404);
  });

  it('refuses gaps in version numbers and malformed documents', async () => {
    const exported = (await source.anonymous.get('/api/v1/catalog/export')).body;
    const gap = { ...exported, procedures: [{ ...exported.procedures[0], slug: 'co-khoang-trong', versions: [{ ...exported.procedures[0].versions[0], version: 2 }] }] };
    gap.procedures[0].versions[0].definition = { ...gap.procedures[0].versions[0].definition, slug: 'co-khoang-trong', code: null };
    const response = await targetAdmin.post('/api/v1/catalog/import', gap);
    expect(response.status).toBe(400);
    expect(response.body.field).toBe('procedures/0/versions/0/version');
    expect((await targetAdmin.post('/api/v1/catalog/import', { format: 'other' })).status).toBe(400);
  });
});
