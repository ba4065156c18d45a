import { describe, expect, it } from 'vitest';
import { startTestApp } from '../../../test/harness.js';

let now = new Date('2026-11-24T09:00:00+07:00');
const t = await startTestApp({ now: () => now });
const admin = await t.signIn('admin');

type Definition = Record<string, any>;
const exported = (await t.anonymous.get('/api/v1/catalog/export')).body;
const birth: Definition = exported.procedures.find((p: { slug: string }) => p.slug === 'dang-ky-khai-sinh').versions[0].definition;

/** A new procedure built from the birth registration, under another slug and no code. */
const sample = (change: (d: Definition) => void = () => {}): Definition => {
  const d = structuredClone(birth);
  d.slug = 'thu-tuc-thu-nghiem';
  d.code = null;
  d.name = { vi: 'Thủ tục thử nghiệm', en: 'Trial procedure' };
  d.linkedProcedures = [];
  change(d);
  return d;
};

const versionCount = async (slug: string) => (await t.db.selectFrom('procedureVersions').select('version').where('slug', '=', slug).execute()).length;

describe('publishing procedures', () => {
  it('publishes a new procedure that the public catalog then shows', async () => {
    const response = await admin.post('/api/v1/catalog/procedures', { effectiveFrom: '2026-11-24', definition: sample() }, { 'idempotency-key': 'publish-trial-1' });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ slug: 'thu-tuc-thu-nghiem', version: 1, effectiveFrom: '2026-11-24' });
    expect((await t.anonymous.get('/api/v1/catalog/procedures?q=thu%20tuc%20thu%20nghiem')).body.items[0].slug).toBe('thu-tuc-thu-nghiem');
    const again = await admin.post('/api/v1/catalog/procedures', { effectiveFrom: '2026-11-24', definition: sample() }, { 'idempotency-key': 'publish-trial-1' });
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(await versionCount('thu-tuc-thu-nghiem')).toBe(1);
  });

  it('refuses to publish the same slug twice', async () => {
    const response = await admin.post('/api/v1/catalog/procedures', { effectiveFrom: '2026-11-24', definition: sample() });
    expect(response.status).toBe(409);
  });

  it('adds a version with a later effective date; until then the old one stays in force', async () => {
    const changed = sample((d) => {
      d.processingTime = { kind: 'working_days', days: 2 };
      d.fees = [{ name: { vi: 'Lệ phí', en: 'Fee' }, amount: 5000, channel: 'any' }];
    });
    const response = await admin.post('/api/v1/catalog/procedures/thu-tuc-thu-nghiem/versions', { effectiveFrom: '2026-12-01', definition: changed });
    expect(response.body.errors ?? []).toEqual([]);
    expect(response.status).toBe(201);
    expect(response.body.version).toBe(2);
    expect((await t.anonymous.get('/api/v1/catalog/procedures/thu-tuc-thu-nghiem')).body).toMatchObject({ version: 1, processingTime: { kind: 'same_day' } });
    now = new Date('2026-12-01T08:00:00+07:00');
    const current = (await t.anonymous.get('/api/v1/catalog/procedures/thu-tuc-thu-nghiem')).body;
    expect(current).toMatchObject({ version: 2, processingTimeText: { vi: '2 ngày làm việc' }, feeText: { vi: '5.000 đồng' } });
    expect(current.versions).toEqual([{ version: 1, effectiveFrom: '2026-11-24' }, { version: 2, effectiveFrom: '2026-12-01' }]);
    expect((await t.anonymous.get('/api/v1/catalog/procedures/thu-tuc-thu-nghiem/versions/1')).body.processingTime.kind).toBe('same_day');
    now = new Date('2026-11-24T09:00:00+07:00');
  });

  it.each([
    ['an effective date in the past', (d: Definition) => d, '2026-11-01', 'effectiveFrom', 'trước hôm nay'],
    ['a flow longer than the statutory time', (d: Definition) => (d.flow[1].hours = 40), '2026-12-24', 'definition/flow', 'vượt thời hạn giải quyết'],
    ['an empty flow', (d: Definition) => (d.flow = []), '2026-12-24', 'definition/flow', 'ít nhất 1'],
    ['a flow going round in a circle', (d: Definition) => d.flow.push({ ...d.flow[0], hours: 0.1 }), '2026-12-24', 'definition/flow/4/key', 'lặp lại'],
    ['a negative fee', (d: Definition) => (d.fees[0].amount = -1000), '2026-12-24', 'definition/fees/0/amount', 'từ 0 trở lên'],
    ['an unknown agency kind', (d: Definition) => (d.competentAgencyKind = 'dept_magic'), '2026-12-24', 'definition/competentAgencyKind', 'dept_magic'],
    ['an unknown field', (d: Definition) => (d.field = 'astrology'), '2026-12-24', 'definition/field', 'astrology'],
    ['an invalid JSON Schema', (d: Definition) => (d.forms[0].schema.properties.hoTen.type = 'text'), '2026-12-24', 'definition/forms/0/schema', 'không hợp lệ'],
    ['a component naming a missing form', (d: Definition) => (d.components[0].form = 'khong-co'), '2026-12-24', 'definition/components/0/form', 'khong-co'],
    ['a link to an unknown procedure', (d: Definition) => (d.linkedProcedures = ['khong-co']), '2026-12-24', 'definition/linkedProcedures/0', 'khong-co'],
    ['a national code used by another procedure', (d: Definition) => (d.code = '1.001193'), '2026-12-24', 'definition/code', 'Đăng ký khai sinh'],
  ])('refuses %s with a clear message, and saves nothing', async (_name, change, effectiveFrom, field, message) => {
    const before = await versionCount('thu-tuc-thu-nghiem');
    const response = await admin.post('/api/v1/catalog/procedures/thu-tuc-thu-nghiem/versions', { effectiveFrom, definition: sample((d) => void change(d)) });
    expect(response.status).toBe(400);
    const error = response.body.errors.find((e: { field: string }) => e.field === field);
    expect(error?.message.vi).toContain(message);
    expect(await versionCount('thu-tuc-thu-nghiem')).toBe(before);
  });

  it('refuses linked procedures that would form a cycle', async () => {
    const first = await admin.post('/api/v1/catalog/procedures', { effectiveFrom: '2026-11-24', definition: sample((d) => { d.slug = 'thu-tuc-a'; d.linkedProcedures = ['thu-tuc-thu-nghiem']; }) });
    expect(first.status).toBe(201);
    const cycle = await admin.post('/api/v1/catalog/procedures/thu-tuc-thu-nghiem/versions', { effectiveFrom: '2026-12-24', definition: sample((d) => (d.linkedProcedures = ['thu-tuc-a'])) });
    expect(cycle.status).toBe(400);
    expect(cycle.body.errors[0].message.vi).toContain('thu-tuc-thu-nghiem → thu-tuc-a → thu-tuc-thu-nghiem');
  });

  it('refuses a version whose definition names another slug', async () => {
    const response = await admin.post('/api/v1/catalog/procedures/thu-tuc-thu-nghiem/versions', { effectiveFrom: '2026-12-24', definition: sample((d) => (d.slug = 'khac')) });
    expect(response.status).toBe(400);
    expect(response.body.field).toBe('definition/slug');
  });

  it('records publications in the audit log', async () => {
    const log = await admin.get('/api/v1/audit?entityType=procedure&entityId=thu-tuc-thu-nghiem');
    expect(log.body.items.map((e: { action: string }) => e.action)).toEqual(['procedure.version_created', 'procedure.created']);
  });
});
