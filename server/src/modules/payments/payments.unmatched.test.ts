import { describe, expect, it } from 'vitest';
import { copyCertification } from '../../../test/dossier-fixtures.js';
import { startTestApp } from '../../../test/harness.js';
import { pdfText } from '../../../test/pki-tools.js';
import { runDueJobs } from '../../platform/jobs/index.js';
import { dossierDocumentJobs } from '../dossiers/jobs.js';
import { signingSettings } from '../signing/settings.js';
import { notifyBank, TEST_WEBHOOK_SECRET } from './test-notify.js';

let now = new Date('2026-11-24T09:00:00+07:00');
const t = await startTestApp({ now: () => now, env: { MOTCUA_PAYMENT_WEBHOOK_SECRET: TEST_WEBHOOK_SECRET, MOTCUA_SESSION_IDLE_MINUTES: '1440' } });
const desk = await t.signIn('benthanh.motcua');
const wardAdmin = await t.signIn('benthanh.quantri');
const otherDesk = await t.signIn('cangio.motcua');
const supervisor = await t.signIn('giamsat');

/** The demo account of the Bến Thành desk (26743.TTPVHCC), seeded in the test database. */
const DESK_ACCOUNT = '0071000000001';
const stray = { transactionId: 'FT26328000101', accountNumber: DESK_ACCOUNT, amount: 4000, content: 'CHUYEN TIEN NOP PHI CHUNG THUC LE THI CUC', paidAt: '2026-11-24T08:55:00+07:00' };
const notify = (body: Record<string, unknown>) => notifyBank(t.anonymous, body, { now });
const open = (client = desk, query = '') => client.get(`/api/v1/payments/unmatched?state=open${query}`);
const countAudit = async (action: string) => (await t.db.selectFrom('auditLog').select('entityId').where('action', '=', action).execute()).length;

describe('a transfer that names no dossier', () => {
  const dossier = { id: '', code: '' };

  it('waits in the queue of the desk whose account received it', async () => {
    Object.assign(dossier, (await desk.post('/api/v1/dossiers', copyCertification())).body);
    expect((await notify(stray)).body).toEqual({ status: 'unmatched', dossierCode: null });
    const list = await open();
    expect(list.status).toBe(200);
    expect(list.body).toEqual({
      items: [{ ...stray, paidAt: new Date(stray.paidAt).toISOString(), receivedAt: now.toISOString(), agencyCode: '26743.TTPVHCC', reason: 'no_dossier', namedDossierCode: null, state: 'open', dossierId: null, dossierCode: null, assignedBy: null, assignedAt: null, refundedBy: null, refundedAt: null, note: null }],
      nextCursor: null,
    });
    // The ward's administrator and the province supervisor see it too; it is still audited.
    expect((await open(wardAdmin, '&agencyCode=26743.TTPVHCC')).body.items).toHaveLength(1);
    expect((await open(supervisor)).body.items).toHaveLength(1);
    expect(await countAudit('payment.unmatched')).toBe(1);
  });

  it('is not seen by another commune’s officer', async () => {
    expect((await open(otherDesk)).body.items).toEqual([]);
    const filtered = await open(otherDesk, '&agencyCode=26743.TTPVHCC');
    expect(filtered.status).toBe(403);
  });

  it('cannot be assigned by another commune’s officer, nor to a dossier the desk does not see', async () => {
    const byOther = await otherDesk.post(`/api/v1/payments/unmatched/${stray.transactionId}/assign`, { dossierId: dossier.id });
    expect(byOther.status).toBe(404);
    const elsewhere = (await otherDesk.post('/api/v1/dossiers', copyCertification())).body;
    const hidden = await desk.post(`/api/v1/payments/unmatched/${stray.transactionId}/assign`, { dossierId: elsewhere.id });
    expect(hidden.status).toBe(404);
    expect(hidden.body.errors[0]).toMatchObject({ field: 'dossierId' });
    expect((await open()).body.items).toHaveLength(1);
  });

  it('finds the dossier the desk means by its code, as printed or as typed, and only one it may assign the transfer to', async () => {
    const url = (code: string) => `/api/v1/payments/unmatched/${stray.transactionId}/dossier?code=${encodeURIComponent(code)}`;
    const found = await desk.get(url(` ${dossier.code.toLowerCase()} `));
    expect(found.status).toBe(200);
    expect(found.body).toEqual({ id: dossier.id, code: dossier.code, procedureName: expect.stringMatching(/^Chứng thực bản sao từ bản chính/), applicantName: 'Lê Thị Cúc', status: 'received', statusName: { vi: 'Đã tiếp nhận', en: 'Received' }, receivingAgencyCode: '26743.TTPVHCC' });
    // The ward's administrator sees no dossiers, yet may assign to those of the ward's desk.
    expect((await wardAdmin.get(url(dossier.code))).body.id).toBe(dossier.id);
    const elsewhere = (await otherDesk.post('/api/v1/dossiers', copyCertification())).body;
    const hidden = await desk.get(url(elsewhere.code));
    expect(hidden.status).toBe(404);
    expect(hidden.body.errors[0]).toMatchObject({ field: 'code', message: { vi: expect.stringContaining(`Không tìm thấy hồ sơ mã ${elsewhere.code}`) } });
    expect((await desk.get(url('26743.TTPVHCC-261124-9999'))).status).toBe(404);
  });

  it('is assigned by the officer to the dossier it pays for: settled, in its history, with a receipt of payment', async () => {
    now = new Date('2026-11-24T10:00:00+07:00');
    const assigned = await desk.post(`/api/v1/payments/unmatched/${stray.transactionId}/assign`, { dossierId: dossier.id, note: 'Bà Cúc gọi điện xác nhận' });
    expect(assigned.status).toBe(200);
    expect(assigned.body).toMatchObject({ state: 'assigned', dossierId: dossier.id, dossierCode: dossier.code, assignedBy: expect.stringContaining('benthanh.motcua'), assignedAt: now.toISOString(), note: 'Bà Cúc gọi điện xác nhận' });
    const info = (await desk.get(`/api/v1/dossiers/${dossier.id}/payment`)).body;
    expect(info).toMatchObject({ paid: 4000, outstanding: 0, paidAt: new Date(stray.paidAt).toISOString(), payments: [{ amount: 4000, method: 'bank_transfer', transactionId: stray.transactionId }] });
    const history = (await desk.get(`/api/v1/dossiers/${dossier.id}`)).body.history;
    expect(history.at(-1)).toMatchObject({ action: 'payment_received', actionName: { vi: 'Đã nhận phí, lệ phí' } });
    expect(await countAudit('payment.unmatched_assigned')).toBe(1);
    expect((await open()).body.items).toEqual([]);
    expect((await desk.get('/api/v1/payments/unmatched?state=assigned')).body.items).toMatchObject([{ transactionId: stray.transactionId, dossierCode: dossier.code }]);

    await runDueJobs(t.db, dossierDocumentJobs(signingSettings(t.config)), { limit: 50, now: () => now });
    const receipt = (await desk.get(`/api/v1/dossiers/${dossier.id}/documents`)).body.find((d: { kind: string }) => d.kind === 'payment_receipt');
    const text = pdfText((await desk.get(`/api/v1/dossiers/${dossier.id}/documents/${receipt.id}`)).bytes);
    expect(text).toContain('Chuyển khoản (VietQR)');
    expect(text).toContain(stray.transactionId);
  });

  it('changes nothing when the bank retries the same notification', async () => {
    expect((await notify(stray)).body).toEqual({ status: 'unmatched', dossierCode: null });
    expect((await open()).body.items).toEqual([]);
    expect((await desk.get('/api/v1/payments/unmatched?state=assigned')).body.items).toHaveLength(1);
    expect((await desk.get(`/api/v1/dossiers/${dossier.id}/payment`)).body.payments).toHaveLength(1);
    expect(await countAudit('payment.unmatched')).toBe(1);
  });

  it('cannot be assigned twice', async () => {
    const again = await desk.post(`/api/v1/payments/unmatched/${stray.transactionId}/assign`, { dossierId: dossier.id });
    expect(again.status).toBe(409);
    expect(again.body.message).toEqual({ vi: expect.stringContaining(`đã được gán cho hồ sơ ${dossier.code}`), en: expect.stringContaining(`already assigned to dossier ${dossier.code}`) });
    expect((await desk.get(`/api/v1/dossiers/${dossier.id}/payment`)).body.payments).toHaveLength(1);
  });
});

describe('assigning, by desk', () => {
  it('refuses a dossier of another desk than the account’s, naming the field, and writes nothing', async () => {
    const admin = await t.signIn('admin');
    expect((await admin.put('/api/v1/payment-accounts/26743.UBND', { bankBin: '970436', accountNumber: '0071000999999', accountName: 'UBND phường Bến Thành' })).status).toBe(200);
    await notify({ ...stray, transactionId: 'FT26328000102', accountNumber: '0071000999999' });
    const d = (await desk.post('/api/v1/dossiers', copyCertification())).body;
    const wrongDesk = await desk.post('/api/v1/payments/unmatched/FT26328000102/assign', { dossierId: d.id });
    expect(wrongDesk.status).toBe(400);
    expect(wrongDesk.body.errors[0]).toMatchObject({ field: 'dossierId', message: { vi: expect.stringContaining('26743.UBND') } });
    expect((await open(desk, '&agencyCode=26743.UBND')).body.items).toMatchObject([{ transactionId: 'FT26328000102', state: 'open' }]);
    expect((await desk.get(`/api/v1/dossiers/${d.id}/payment`)).body.payments).toEqual([]);
  });

  it('lets the commune’s administrator assign one, and pages the queue by cursor', async () => {
    now = new Date('2026-11-24T11:00:00+07:00');
    await notify({ ...stray, transactionId: 'FT26328000103', amount: 2000 });
    const first = await open(desk, '&limit=1');
    expect(first.body.items).toMatchObject([{ transactionId: 'FT26328000103' }]);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    expect((await open(desk, `&limit=1&cursor=${first.body.nextCursor}`)).body).toMatchObject({ items: [{ transactionId: 'FT26328000102' }], nextCursor: null });

    const d = (await desk.post('/api/v1/dossiers', copyCertification())).body;
    const assigned = await wardAdmin.post('/api/v1/payments/unmatched/FT26328000103/assign', { dossierId: d.id });
    expect(assigned.status).toBe(200);
    // A part payment: recorded, the dossier is not settled yet.
    expect((await desk.get(`/api/v1/dossiers/${d.id}/payment`)).body).toMatchObject({ paid: 2000, outstanding: 2000, paidAt: null });
  });
});

describe('a transfer for a dossier that owes nothing', () => {
  const refused = { id: '', code: '' };
  const transfer = { transactionId: 'FT26328000201', accountNumber: DESK_ACCOUNT, amount: 4000, content: '', paidAt: '2026-11-24T13:00:00+07:00' };

  it('is not counted when the dossier was refused: it waits in the queue, saying why and which dossier it named', async () => {
    now = new Date('2026-11-24T13:05:00+07:00');
    Object.assign(refused, (await desk.post('/api/v1/dossiers', copyCertification())).body);
    const leader = await t.signIn('benthanh.lanhdao');
    expect((await leader.post(`/api/v1/dossiers/${refused.id}/refuse`, { reason: 'Bản chính bị tẩy xóa.' })).status).toBe(200);
    transfer.content = `${refused.code} LE THI CUC NOP PHI`;
    expect((await notify(transfer)).body).toEqual({ status: 'unmatched', dossierCode: null });
    expect((await notify(transfer)).body).toEqual({ status: 'unmatched', dossierCode: null });
    expect((await desk.get(`/api/v1/dossiers/${refused.id}/payment`)).body).toMatchObject({ paid: 0, payments: [] });
    const queued = (await open()).body.items.find((i: { transactionId: string }) => i.transactionId === transfer.transactionId);
    expect(queued).toMatchObject({ reason: 'dossier_closed', namedDossierCode: refused.code, state: 'open' });
    const audits = await t.db.selectFrom('auditLog').select('after').where('action', '=', 'payment.unmatched').where('entityId', '=', transfer.transactionId).execute();
    expect(audits).toHaveLength(1);
    expect(audits[0]!.after).toMatchObject({ reason: 'dossier_closed', namedDossierCode: refused.code });
  });

  it('cannot be assigned to the refused dossier: the field says why', async () => {
    const assign = await desk.post(`/api/v1/payments/unmatched/${transfer.transactionId}/assign`, { dossierId: refused.id });
    expect(assign.status).toBe(400);
    expect(assign.body.errors[0]).toMatchObject({ field: 'dossierId', message: { vi: expect.stringContaining('hãy hoàn trả'), en: expect.stringContaining('refund this transfer') } });
    expect((await desk.get(`/api/v1/dossiers/${refused.id}/payment`)).body.payments).toEqual([]);
  });

  it('is refunded by the desk with the refund’s reference, once, and leaves the open queue', async () => {
    const blank = await desk.post(`/api/v1/payments/unmatched/${transfer.transactionId}/refund`, { note: '   ' });
    expect(blank.status).toBe(400);
    expect(blank.body.errors[0]).toMatchObject({ field: 'note', message: { vi: expect.stringContaining('hoàn trả') } });
    const missing = await desk.post(`/api/v1/payments/unmatched/${transfer.transactionId}/refund`, {});
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].field).toBe('note');

    now = new Date('2026-11-24T14:00:00+07:00');
    const refund = await desk.post(`/api/v1/payments/unmatched/${transfer.transactionId}/refund`, { note: 'Đã chuyển trả, mã giao dịch FT26328999001' });
    expect(refund.status).toBe(200);
    expect(refund.body).toMatchObject({ state: 'refunded', refundedBy: expect.stringContaining('benthanh.motcua'), refundedAt: now.toISOString(), note: 'Đã chuyển trả, mã giao dịch FT26328999001', dossierId: null });
    expect((await open()).body.items.map((i: { transactionId: string }) => i.transactionId)).not.toContain(transfer.transactionId);
    expect((await desk.get('/api/v1/payments/unmatched?state=refunded')).body.items).toMatchObject([{ transactionId: transfer.transactionId }]);
    expect(await countAudit('payment.unmatched_refunded')).toBe(1);

    const again = await desk.post(`/api/v1/payments/unmatched/${transfer.transactionId}/refund`, { note: 'Lần nữa' });
    expect(again.status).toBe(409);
    expect(again.body.message.vi).toContain('đã được hoàn trả');
    const d = (await desk.post('/api/v1/dossiers', copyCertification())).body;
    expect((await desk.post(`/api/v1/payments/unmatched/${transfer.transactionId}/assign`, { dossierId: d.id })).status).toBe(409);
    // A late retry from the bank does not bring it back.
    expect((await notify(transfer)).body).toEqual({ status: 'unmatched', dossierCode: null });
    expect((await desk.get('/api/v1/payments/unmatched?state=refunded')).body.items).toHaveLength(1);
  });

  it('is not counted twice when the dossier was already paid at the desk', async () => {
    const paid = (await desk.post('/api/v1/dossiers', copyCertification({ paidAtCounter: true }))).body;
    const second = { ...transfer, transactionId: 'FT26328000202', content: `NOP PHI ${paid.code}` };
    expect((await notify(second)).body).toEqual({ status: 'unmatched', dossierCode: null });
    expect((await desk.get(`/api/v1/dossiers/${paid.id}/payment`)).body.payments).toMatchObject([{ method: 'counter' }]);
    expect((await open()).body.items.find((i: { transactionId: string }) => i.transactionId === second.transactionId)).toMatchObject({ reason: 'nothing_owed', namedDossierCode: paid.code });
  });
});
