import { describe, expect, it } from 'vitest';
import { copyCertification } from '../../../test/dossier-fixtures.js';
import { startTestApp } from '../../../test/harness.js';
import { pdfText } from '../../../test/pki-tools.js';
import { runDueJobs } from '../../platform/jobs/index.js';
import { dossierDocumentJobs } from '../dossiers/jobs.js';
import { signingSettings } from '../signing/settings.js';
import { readVietQr } from './vietqr.js';
import { signBody } from '../../platform/http/webhook-signature.js';
import { notifyBank, TEST_WEBHOOK_SECRET } from './test-notify.js';

const SECRET = TEST_WEBHOOK_SECRET;
let now = new Date('2026-11-24T09:00:00+07:00');
const t = await startTestApp({ now: () => now, env: { MOTCUA_PAYMENT_WEBHOOK_SECRET: SECRET, MOTCUA_SESSION_IDLE_MINUTES: '1440' } });
const admin = await t.signIn('admin');
const desk = await t.signIn('benthanh.motcua');
const leader = await t.signIn('benthanh.lanhdao');
const signPending = () => runDueJobs(t.db, dossierDocumentJobs(signingSettings(t.config)), { limit: 50, now: () => now });

const DESK_ACCOUNT = { bankBin: '970436', accountNumber: '0071000123456', accountName: 'Trung tâm Phục vụ hành chính công phường Bến Thành' };

const notify = (body: Record<string, unknown>, options: { secret?: string; timestamp?: number } = {}) => notifyBank(t.anonymous, body, { now, ...options });

describe('the account fees are paid into', () => {
  it('is set by an administrator, with a bank from the Napas list', async () => {
    const wrongBank = await admin.put('/api/v1/payment-accounts/26743.TTPVHCC', { ...DESK_ACCOUNT, bankBin: '999999' });
    expect(wrongBank.status).toBe(400);
    expect(wrongBank.body.errors[0]).toMatchObject({ field: 'bankBin', message: { vi: expect.stringContaining('VietQR') } });
    const badNumber = await admin.put('/api/v1/payment-accounts/26743.TTPVHCC', { ...DESK_ACCOUNT, accountNumber: '12 34' });
    expect(badNumber.status).toBe(400);
    expect(badNumber.body.errors[0].field).toBe('accountNumber');
    const set = await admin.put('/api/v1/payment-accounts/26743.TTPVHCC', DESK_ACCOUNT);
    expect(set.status).toBe(200);
    expect(set.body.account).toMatchObject({ bankBin: '970436', bankName: 'Vietcombank', accountNumber: '0071000123456', accountName: 'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG PHƯỜNG BẾN THÀNH' });
    // The ward's administrator (at its People's Committee) keeps its service centre's account too.
    const wardAdmin = await t.signIn('benthanh.quantri');
    expect((await wardAdmin.get('/api/v1/payment-accounts/26743.TTPVHCC')).body.account).toMatchObject({ accountNumber: '0071000123456' });
    expect((await wardAdmin.put('/api/v1/payment-accounts/26743.TTPVHCC', DESK_ACCOUNT)).status).toBe(200);
    const banks = await t.anonymous.get('/api/v1/payments/banks');
    expect(banks.body).toContainEqual(expect.objectContaining({ bin: '970436', shortName: 'Vietcombank' }));
  });
});

describe('paying the fees of a certified copy by VietQR', () => {
  let id = '';
  let code = '';

  it('shows what is owed and a VietQR code for exactly that amount, with the dossier code as content', async () => {
    ({ id, code } = (await desk.post('/api/v1/dossiers', copyCertification())).body);
    const info = await desk.get(`/api/v1/dossiers/${id}/payment`);
    expect(info.status).toBe(200);
    expect(info.body).toMatchObject({ dossierCode: code, feeTotal: 4000, paid: 0, outstanding: 4000, paidAt: null, payments: [] });
    const transfer = info.body.transfer;
    expect(transfer).toMatchObject({ bankName: 'Vietcombank', accountNumber: '0071000123456', amount: 4000, content: code.replace(/[^0-9A-Za-z]/g, '') });
    expect(readVietQr(transfer.vietQr)).toEqual({ bankBin: '970436', accountNumber: '0071000123456', amount: '4000', purpose: transfer.content, valid: true });
    expect(transfer.vietQrImage).toMatch(/^data:image\/png;base64,/);
  });

  it('prints the VietQR code on the receipt while the fees are unpaid', async () => {
    const receipt = await desk.get(`/api/v1/dossiers/${id}/receipt.pdf`);
    const text = pdfText(receipt.bytes);
    expect(text).toContain('Nộp phí bằng VietQR: 4.000 đồng');
    expect(text).toContain('(chưa nộp)');
  });

  it('refuses notifications that are unsigned, wrongly signed or too old, recording nothing', async () => {
    const body = { transactionId: 'FT26328000001', accountNumber: '0071000123456', amount: 4000, content: `MBVCB.123 ${code} LE THI CUC`, paidAt: now.toISOString() };
    const unsigned = await t.anonymous.post('/api/v1/payments/webhook', body);
    expect(unsigned.status).toBe(401);
    expect(unsigned.body.message.vi).toContain('Chữ ký');
    expect((await notify(body, { secret: 'someone-else' })).status).toBe(401);
    expect((await notify(body, { timestamp: Math.floor(now.getTime() / 1000) - 3600 })).status).toBe(401);
    // A signature over other bytes than those sent.
    const raw = JSON.stringify(body);
    const timestamp = String(Math.floor(now.getTime() / 1000));
    const swapped = await t.anonymous.post('/api/v1/payments/webhook', JSON.stringify({ ...body, amount: 400000 }), { 'x-motcua-timestamp': timestamp, 'x-motcua-signature': signBody(SECRET, timestamp, raw) });
    expect(swapped.status).toBe(401);
    // Unsigned nonsense is refused for who sent it, before anything is said about its shape.
    expect((await t.anonymous.post('/api/v1/payments/webhook', { hello: 'bank?' })).status).toBe(401);
    expect((await desk.get(`/api/v1/dossiers/${id}/payment`)).body.paid).toBe(0);
  });

  it('settles the dossier on the bank’s signed notification, even with the punctuation stripped and the bank’s words glued on', async () => {
    now = new Date('2026-11-24T09:20:00+07:00');
    const body = { transactionId: 'FT26328000001', accountNumber: '0071000123456', amount: 4000, content: `MBVCB.8123456.${code.replace(/[^0-9A-Za-z]/g, '')}.LE THI CUC`, paidAt: now.toISOString() };
    const first = await notify(body);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ status: 'recorded', dossierCode: code });
    const info = (await desk.get(`/api/v1/dossiers/${id}/payment`)).body;
    expect(info).toMatchObject({ paid: 4000, outstanding: 0, paidAt: now.toISOString(), transfer: null, payments: [{ amount: 4000, method: 'bank_transfer', transactionId: 'FT26328000001' }] });
    const history = (await desk.get(`/api/v1/dossiers/${id}`)).body.history;
    expect(history.at(-1)).toMatchObject({ action: 'payment_received', actionName: { vi: 'Đã nhận phí, lệ phí' } });
  });

  it('counts a retried notification once', async () => {
    const body = { transactionId: 'FT26328000001', accountNumber: '0071000123456', amount: 4000, content: `IBFT ${code}`, paidAt: now.toISOString() };
    expect((await notify(body)).body).toEqual({ status: 'duplicate', dossierCode: code });
    expect((await desk.get(`/api/v1/dossiers/${id}/payment`)).body.payments).toHaveLength(1);
  });

  it('issues a signed receipt of payment with the amount in words', async () => {
    await signPending();
    const documents = (await desk.get(`/api/v1/dossiers/${id}/documents`)).body;
    const receipt = documents.find((d: { kind: string }) => d.kind === 'payment_receipt');
    expect(receipt.title).toBe('Biên lai thu phí, lệ phí');
    const text = pdfText((await desk.get(`/api/v1/dossiers/${id}/documents/${receipt.id}`)).bytes);
    expect(text).toContain('4.000 đồng');
    expect(text).toContain('Bốn nghìn đồng');
    expect(text).toContain('Chuyển khoản (VietQR)');
    expect(text).toContain('FT26328000001');
  });

  it('keeps transfers that name no dossier, or reach another account, out of every dossier', async () => {
    const stray = await notify({ transactionId: 'FT26328000002', accountNumber: '0071000123456', amount: 50000, content: 'CHUYEN TIEN AN TRUA', paidAt: now.toISOString() });
    expect(stray.body).toEqual({ status: 'unmatched', dossierCode: null });
    const other = (await desk.post('/api/v1/dossiers', copyCertification())).body;
    const wrongAccount = await notify({ transactionId: 'FT26328000003', accountNumber: '9999999999', amount: 4000, content: other.code, paidAt: now.toISOString() });
    expect(wrongAccount.body.status).toBe('unmatched');
    expect((await desk.get(`/api/v1/dossiers/${other.id}/payment`)).body.paid).toBe(0);
    const audit = await t.db.selectFrom('auditLog').select(['action', 'entityId']).where('action', '=', 'payment.unmatched').execute();
    expect(audit.map((a) => a.entityId).sort()).toEqual(['FT26328000002', 'FT26328000003']);
  });
});

describe('paying at the desk', () => {
  it('paid at intake: the ledger has it, nothing is owed, and a receipt of payment is issued', async () => {
    const d = (await desk.post('/api/v1/dossiers', { ...copyCertification(), paidAtCounter: true })).body;
    expect(d.paidAt).not.toBeNull();
    const info = (await desk.get(`/api/v1/dossiers/${d.id}/payment`)).body;
    expect(info).toMatchObject({ paid: 4000, outstanding: 0, transfer: null, payments: [{ method: 'counter', amount: 4000 }] });
    await signPending();
    const kinds = (await desk.get(`/api/v1/dossiers/${d.id}/documents`)).body.map((x: { kind: string }) => x.kind);
    expect(kinds.sort()).toEqual(['payment_receipt', 'receipt']);
  });

  it('an extra fee asked for later is paid in cash and confirmed by the desk; the dossier resumes', async () => {
    const d = (await desk.post('/api/v1/dossiers', { ...copyCertification(), paidAtCounter: true })).body;
    const asked = await leader.post(`/api/v1/dossiers/${d.id}/request-payment`, { amount: 6000, reason: 'Phí chứng thực thêm 3 trang' });
    expect(asked.body.status).toBe('awaiting_payment');
    expect((await desk.get(`/api/v1/dossiers/${d.id}/payment`)).body).toMatchObject({ feeTotal: 10000, paid: 4000, outstanding: 6000 });
    const confirmed = await desk.post(`/api/v1/dossiers/${d.id}/confirm-payment`, {});
    expect(confirmed.body.status).not.toBe('awaiting_payment');
    expect((await desk.get(`/api/v1/dossiers/${d.id}/payment`)).body).toMatchObject({ paid: 10000, outstanding: 0, payments: [{ amount: 4000 }, { amount: 6000, method: 'counter' }] });
    await signPending();
    const receipts = (await desk.get(`/api/v1/dossiers/${d.id}/documents`)).body.filter((x: { kind: string }) => x.kind === 'payment_receipt');
    expect(receipts).toHaveLength(2);
  });
});

describe('without a shared secret', () => {
  it('the webhook answers that payment notifications are not set up', async () => {
    const bare = await startTestApp();
    const response = await bare.anonymous.post('/api/v1/payments/webhook', { transactionId: 'X1', accountNumber: '0071000123456', amount: 1, content: 'x', paidAt: now.toISOString() });
    expect(response.status).toBe(503);
    expect(response.body.message.vi).toContain('MOTCUA_PAYMENT_WEBHOOK_SECRET');
  });
});
