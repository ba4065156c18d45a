import { describe, expect, it } from 'vitest';
import { DEMO_CITIZEN_LOGIN } from '../../../test/access.js';
import { birthAtCounter, copyCertification } from '../../../test/dossier-fixtures.js';
import { startTestApp } from '../../../test/harness.js';
import { nextDailyNumber } from './store.js';

/** Monday 7 December 2026, 09:00 in Vietnam. */
let now = new Date('2026-12-07T09:00:00+07:00');
const t = await startTestApp({ now: () => now, env: { MOTCUA_SESSION_IDLE_MINUTES: '1440', MOTCUA_SESSION_MAX_HOURS: '720' } });
let desk = await t.signIn('benthanh.motcua');
let specialist = await t.signIn('benthanh.chuyenvien');
let leader = await t.signIn('benthanh.lanhdao');
let citizen = await t.signIn(DEMO_CITIZEN_LOGIN);

/** Moves the clock, and signs everyone in again (a session ends after a day without use). */
async function at(local: string): Promise<void> {
  now = new Date(`${local}+07:00`);
  desk = await t.signIn('benthanh.motcua');
  specialist = await t.signIn('benthanh.chuyenvien');
  leader = await t.signIn('benthanh.lanhdao');
  citizen = await t.signIn(DEMO_CITIZEN_LOGIN);
}

const SLUG = 'dang-ky-lai-khai-sinh';

/**
 * A re-registration of a birth (5 working days, decided by the ward People's Committee) for
 * the demo citizen, received at the Bến Thành desk for Phường Bến Thành; its form filled
 * from the prefill and the required fields.
 */
async function reRegistration(): Promise<{ id: string; dueAt: string }> {
  const form = (await t.anonymous.get(`/api/v1/catalog/procedures/${SLUG}`)).body.forms[0].id;
  const prefill = (await citizen.get(`/api/v1/catalog/procedures/${SLUG}/forms/${form}/prefill`)).body.values;
  const schema = (await t.anonymous.get(`/api/v1/catalog/procedures/${SLUG}/forms/${form}`)).body.schema;
  const formData: Record<string, unknown> = { ...prefill };
  for (const name of schema.required ?? []) {
    const property = schema.properties[name];
    if (name in formData) continue;
    formData[name] = property.type === 'boolean' ? true : property.enum?.[0] ?? (property.format === 'date' ? '1990-05-12' : 'Nội dung thử nghiệm');
  }
  const response = await desk.post('/api/v1/dossiers', birthAtCounter({ procedure: SLUG, placeUnitCode: '26743', formData, components: [{ key: 'giay-to-tuy-than', paper: true }], fees: [{ index: 0, quantity: 1 }] }));
  expect(response.status, JSON.stringify(response.body.errors)).toBe(201);
  return response.body;
}

describe('asking for a supplement', () => {
  it('stops the clock until the applicant supplies it, then moves the due date by the days waited', async () => {
    await at('2026-12-07T09:00:00');
    const d = await reRegistration();
    expect(d.dueAt).toBe(new Date('2026-12-14T17:00:00+07:00').toISOString());
    const asked = await specialist.post(`/api/v1/dossiers/${d.id}/request-supplement`, { missing: ['Giấy tờ chứng minh chỗ ở hợp pháp', 'Văn bản đồng ý của chủ hộ'] });
    expect(asked.body).toMatchObject({ status: 'supplement_requested', portalStatus: 5, deadline: 'paused', supplementCount: 1 });
    expect(asked.body.history.at(-1).data).toEqual({ missing: ['Giấy tờ chứng minh chỗ ở hợp pháp', 'Văn bản đồng ý của chủ hộ'], repeated: false });
    expect((await specialist.post(`/api/v1/dossiers/${d.id}/complete-step`, {})).status).toBe(409);
    await at('2026-12-10T10:00:00'); // three working days later
    const supplied = await citizen.post(`/api/v1/dossiers/${d.id}/supplement`, { components: [{ key: 'giay-to-cu-tru', fromRecord: 'residence' }] });
    expect(supplied.status, JSON.stringify(supplied.body)).toBe(200);
    // Back where it was when the clock stopped (received, not yet started), three days later due.
    expect(supplied.body).toMatchObject({ status: 'received', dueAt: new Date('2026-12-17T17:00:00+07:00').toISOString(), originalDueAt: d.dueAt });
    expect(supplied.body.components.find((c: { key: string }) => c.key === 'giay-to-cu-tru').fromRecord).toBe('residence');
  });

  it('marks a second request as counting against the agency', async () => {
    const d = await reRegistration();
    await specialist.post(`/api/v1/dossiers/${d.id}/request-supplement`, { missing: ['Giấy tờ A'] });
    await desk.post(`/api/v1/dossiers/${d.id}/supplement`, { components: [{ key: 'ban-sao-giay-khai-sinh-cu', paper: true }] });
    const again = await specialist.post(`/api/v1/dossiers/${d.id}/request-supplement`, { missing: ['Giấy tờ B'] });
    expect(again.body.supplementCount).toBe(2);
    expect(again.body.history.at(-1).data.repeated).toBe(true);
  });
});

describe('other turns of a dossier', () => {
  it('lets the leader send it back, refuse it with a reason, and nobody act on it afterwards', async () => {
    const d = await reRegistration();
    await specialist.post(`/api/v1/dossiers/${d.id}/complete-step`, {});
    const back = await leader.post(`/api/v1/dossiers/${d.id}/send-back`, { reason: 'Cần kiểm tra lại địa chỉ' });
    expect(back.body.step.key).toBe('process');
    const refused = await leader.post(`/api/v1/dossiers/${d.id}/refuse`, { reason: 'Chỗ ở không hợp pháp theo quy định' });
    expect(refused.body).toMatchObject({ status: 'stopped', portalStatus: 8, allowedActions: [] });
    expect((await specialist.post(`/api/v1/dossiers/${d.id}/complete-step`, {})).status).toBe(409);
    expect((await leader.post(`/api/v1/dossiers/${d.id}/refuse`, { reason: 'x' })).status).toBe(400);
  });

  it('lets the applicant withdraw before the result, but not after', async () => {
    const d = await reRegistration();
    const withdrawn = await citizen.post(`/api/v1/dossiers/${d.id}/withdraw`, { comment: 'Tôi nộp lại sau' });
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', portalStatus: 7 });
  });

  it('asks for a payment, pausing the clock, until the desk confirms it', async () => {
    const d = await reRegistration();
    const asked = await leader.post(`/api/v1/dossiers/${d.id}/request-payment`, { amount: 50000, reason: 'Lệ phí cấp giấy bổ sung' });
    expect(asked.body).toMatchObject({ status: 'awaiting_payment', portalStatus: 6, feeTotal: 58000 });
    const paid = await desk.post(`/api/v1/dossiers/${d.id}/confirm-payment`, {});
    expect(paid.body).toMatchObject({ status: 'received', paidAt: now.toISOString() });
  });

  it('transfers to the ward that is really competent, keeping the history', async () => {
    const d = await reRegistration();
    expect((await leader.post(`/api/v1/dossiers/${d.id}/transfer`, { agencyCode: '79.STP', reason: 'Sai loại cơ quan' })).status).toBe(400);
    const moved = await leader.post(`/api/v1/dossiers/${d.id}/transfer`, { agencyCode: '26740.UBND', reason: 'Địa chỉ thuộc phường Sài Gòn' });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ competentAgency: { code: '26740.UBND' }, step: { agencyCode: '26740.UBND' }, placeUnitCode: '26740' });
    expect(moved.body.history.at(-1)).toMatchObject({ action: 'transfer', data: { from: '26743.UBND', to: '26740.UBND' } });
    // The ward that handed it on no longer acts on it.
    expect((await leader.post(`/api/v1/dossiers/${d.id}/refuse`, { reason: 'Không còn thẩm quyền' })).status).toBe(409);
  });

  it('allows an apology with a later date only when the dossier is late, and the new date counts', async () => {
    await at('2026-12-07T09:00:00');
    const d = await reRegistration();
    expect((await leader.post(`/api/v1/dossiers/${d.id}/apologize`, { newDueAt: '2026-12-20T10:00:00Z', reason: 'Cần xác minh thêm' })).status).toBe(409);
    await at('2026-12-11T16:00:00'); // Friday; due Monday 17:00: within one working day
    expect((await leader.post(`/api/v1/dossiers/${d.id}/apologize`, { newDueAt: '2026-12-14T09:00:00Z', reason: 'Cần xác minh thêm' })).status).toBe(400);
    const sorry = await leader.post(`/api/v1/dossiers/${d.id}/apologize`, { newDueAt: '2026-12-21T10:00:00Z', reason: 'Cần xác minh thêm với cơ quan khác' });
    expect(sorry.status).toBe(200);
    expect(sorry.body).toMatchObject({ dueAt: '2026-12-21T10:00:00.000Z', originalDueAt: d.dueAt, deadline: 'on_time' });
    expect(sorry.body.history.at(-1)).toMatchObject({ action: 'apologize', data: { previousDueAt: d.dueAt } });
    await at('2026-12-07T09:00:00');
  });

  it('lets only one of two simultaneous approvals through', async () => {
    const d = await reRegistration();
    await specialist.post(`/api/v1/dossiers/${d.id}/complete-step`, {});
    const results = await Promise.all([leader.post(`/api/v1/dossiers/${d.id}/approve`, {}), leader.post(`/api/v1/dossiers/${d.id}/approve`, {})]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
  });

  it('assigns to someone holding the step’s role only', async () => {
    const d = await reRegistration();
    const me = (await specialist.get('/api/v1/auth/session')).body.account.id;
    const candidates = await leader.get(`/api/v1/dossiers/${d.id}/assignees`);
    expect(candidates.body.map((c: { id: string }) => c.id)).toEqual([me]);
    const officerId = (await desk.get('/api/v1/auth/session')).body.account.id;
    expect((await leader.post(`/api/v1/dossiers/${d.id}/assign`, { assigneeId: officerId })).status).toBe(400);
    expect((await leader.post(`/api/v1/dossiers/${d.id}/assign`, { assigneeId: me })).body.assigneeId).toBe(me);
  });
});

describe('dossier codes', () => {
  it('give a number back when the transaction that took it rolls back', async () => {
    const day = '2030-01-02';
    await t.db.transaction().execute(async (trx) => {
      expect(await nextDailyNumber(trx, '79', '26743.TTPVHCC', day)).toBe(1);
    });
    await t.db
      .transaction()
      .execute(async (trx) => {
        expect(await nextDailyNumber(trx, '79', '26743.TTPVHCC', day)).toBe(2);
        throw new Error('intake failed');
      })
      .catch(() => {});
    await t.db.transaction().execute(async (trx) => {
      expect(await nextDailyNumber(trx, '79', '26743.TTPVHCC', day)).toBe(2);
    });
  });
});
