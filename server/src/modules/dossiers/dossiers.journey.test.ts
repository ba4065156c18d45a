import { describe, expect, it } from 'vitest';
import { DEMO_CITIZEN_LOGIN } from '../../../test/access.js';
import { birthAtCounter } from '../../../test/dossier-fixtures.js';
import { startTestApp } from '../../../test/harness.js';
import { portalMessages } from './store.js';

/** Tuesday 24 November 2026, 09:00 in Vietnam. */
let now = new Date('2026-11-24T09:00:00+07:00');
const t = await startTestApp({ now: () => now, env: { MOTCUA_SESSION_IDLE_MINUTES: '1440' } });
const desk = await t.signIn('benthanh.motcua');
const specialist = await t.signIn('cangio.chuyenvien');
const leader = await t.signIn('cangio.lanhdao');
const citizen = await t.signIn(DEMO_CITIZEN_LOGIN);

describe('a birth registration received at Phường Bến Thành for a family of Xã Cần Giờ', () => {
  let id = '';
  let code = '';

  it('is received at the Bến Thành desk, gets a code of that desk, and is routed to Xã Cần Giờ', async () => {
    const response = await desk.post('/api/v1/dossiers', birthAtCounter(), { 'idempotency-key': 'birth-counter-1' });
    expect(response.status).toBe(201);
    const d = response.body;
    ({ id, code } = d);
    expect(code).toBe('26743.TTPVHCC-261124-0001');
    expect(d).toMatchObject({
      status: 'received',
      portalStatus: 2,
      channel: 'in_person',
      receivingAgency: { code: '26743.TTPVHCC', name: 'Trung tâm Phục vụ hành chính công phường Bến Thành' },
      competentAgency: { code: '27664.UBND', name: 'Ủy ban nhân dân xã Cần Giờ' },
      procedure: { slug: 'dang-ky-khai-sinh', version: 1, code: '1.001193' },
    });
    // Same day: received before 15:00, due at 17:00 today.
    expect(d.dueAt).toBe(new Date('2026-11-24T17:00:00+07:00').toISOString());
    expect(d.step).toMatchObject({ key: 'process', role: 'specialist', agencyCode: '27664.UBND' });
    expect(d.history.map((e: { action: string }) => e.action)).toEqual(['received']);
  });

  it('was assigned automatically to the specialist of Xã Cần Giờ and waits in that inbox', async () => {
    const me = (await specialist.get('/api/v1/auth/session')).body.account.id;
    const inbox = await specialist.get('/api/v1/dossiers/inbox');
    expect(inbox.body.items.map((d: { code: string }) => d.code)).toEqual([code]);
    expect(inbox.body.items[0]).toMatchObject({ assigneeId: me, deadline: 'due_soon', workingDaysLeft: 0 });
    const counts = await specialist.get('/api/v1/dossiers/inbox/counts');
    expect(counts.body).toEqual([expect.objectContaining({ agencyCode: '27664.UBND', role: 'specialist', total: 1, dueSoon: 1, overdue: 0 })]);
    expect((await desk.get('/api/v1/dossiers/inbox')).body.items).toEqual([]);
  });

  it('is reviewed by the specialist, who may only complete the step, then approved by the leader', async () => {
    const view = await specialist.get(`/api/v1/dossiers/${id}`);
    expect(view.body.allowedActions.map((a: { action: string }) => a.action)).toEqual(['complete_step', 'request_supplement']);
    const outOfTurn = await specialist.post(`/api/v1/dossiers/${id}/approve`, {});
    expect(outOfTurn.status).toBe(409);
    expect(outOfTurn.body.message.vi).toContain('«Phê duyệt»');
    now = new Date('2026-11-24T10:30:00+07:00');
    const reviewed = await specialist.post(`/api/v1/dossiers/${id}/complete-step`, { comment: 'Hồ sơ đầy đủ, đề nghị phê duyệt.' });
    expect(reviewed.status).toBe(200);
    expect(reviewed.body).toMatchObject({ status: 'processing', step: { key: 'approve', role: 'leader' } });
    now = new Date('2026-11-24T11:00:00+07:00');
    const approved = await leader.post(`/api/v1/dossiers/${id}/approve`, {});
    expect(approved.body).toMatchObject({ status: 'processed', portalStatus: 9, step: { key: 'return', agencyCode: '26743.TTPVHCC' } });
  });

  it('is handed over at the Bến Thành desk where it was filed', async () => {
    expect((await desk.get('/api/v1/dossiers/inbox')).body.items.map((d: { code: string }) => d.code)).toEqual([code]);
    now = new Date('2026-11-24T14:00:00+07:00');
    const returned = await desk.post(`/api/v1/dossiers/${id}/return-result`, {});
    expect(returned.body).toMatchObject({ status: 'returned', portalStatus: 10, returnedAt: now.toISOString() });
  });

  it('shows the citizen every step, in their list, and lets them rate it once', async () => {
    const mine = await citizen.get('/api/v1/me/dossiers');
    expect(mine.body.items.map((d: { code: string }) => d.code)).toEqual([code]);
    const view = await citizen.get(`/api/v1/dossiers/${id}`);
    expect(view.body.history.map((e: { action: string; actionName: { vi: string } }) => [e.action, e.actionName.vi])).toEqual([
      ['received', 'Tiếp nhận hồ sơ tại quầy'],
      ['complete_step', 'Hoàn thành bước, chuyển bước tiếp theo'],
      ['approve', 'Phê duyệt'],
      ['return_result', 'Trả kết quả'],
    ]);
    expect(view.body.allowedActions.map((a: { action: string }) => a.action)).toEqual(['rate']);
    const rated = await citizen.post(`/api/v1/dossiers/${id}/rate`, { level: 'very_satisfied', criteria: { staff_attitude: 2, total_time: 2 }, comment: 'Nhanh, chu đáo.' });
    expect(rated.body.rating).toMatchObject({ level: 'very_satisfied', comment: 'Nhanh, chu đáo.' });
    expect((await citizen.post(`/api/v1/dossiers/${id}/rate`, { level: 'satisfied' })).status).toBe(409);
  });

  it('can be looked up by its code: status for anyone, the history with the applicant’s ID number', async () => {
    const open = await t.anonymous.get(`/api/v1/lookup/${code}`);
    expect(open.body).toMatchObject({ code, status: 'returned', statusName: { vi: 'Đã trả kết quả' }, receivingAgencyName: 'Trung tâm Phục vụ hành chính công phường Bến Thành', detail: null });
    const wrongId = await t.anonymous.get(`/api/v1/lookup/${code}?nationalId=079090009999`);
    expect(wrongId.body.detail).toBeNull();
    const withId = await t.anonymous.get(`/api/v1/lookup/${code}?nationalId=079090001234`);
    expect(withId.body.detail.history).toHaveLength(5);
    expect((await t.anonymous.get('/api/v1/lookup/26743.TTPVHCC-261124-9999')).status).toBe(404);
  });

  it('queued a portal message for every change and a notification for every status change', async () => {
    const messages = await portalMessages(t.db, '79', id);
    const statuses = messages.filter((m) => m.messageType === 'DongBoHoSoMC').map((m) => (m.payload as { TrangThaiHoSo: number }).TrangThaiHoSo);
    expect(statuses).toEqual([2, 4, 9, 10]);
    expect(messages.filter((m) => m.messageType === 'CapNhatTienDoHoSoMC')).toHaveLength(5);
    expect(messages.find((m) => m.messageType === 'DongBoHoSoMC')!.payload).toMatchObject({ MaHoSo: code, MaTTHC: '1.001193', ChuHoSo: 'Nguyễn Văn An', HinhThuc: 1, NgayTiepNhan: '20261124090000' });
    const mails = await t.db.selectFrom('notifications').select(['channel', 'recipient', 'subject']).where('relatedId', '=', id).execute();
    expect(mails.filter((m) => m.channel === 'email').map((m) => m.subject)).toEqual([`[${code}] Đã tiếp nhận`, `[${code}] Đang xử lý`, `[${code}] Đã xử lý xong`, `[${code}] Đã trả kết quả`]);
    expect(mails.filter((m) => m.channel === 'sms').every((m) => m.recipient === '0901234567')).toBe(true);
  });

  it('recorded every step in the audit log', async () => {
    const admin = await t.signIn('giamsat');
    const log = await admin.get(`/api/v1/audit?entityType=dossier&entityId=${code}`);
    expect(log.body.items.map((e: { action: string }) => e.action).reverse()).toEqual(['dossier.received', 'dossier.complete_step', 'dossier.approve', 'dossier.return_result', 'dossier.rate']);
  });
});
