import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { startTestApp } from '../../../test/harness.js';
import { runDueJobs } from '../../platform/jobs/index.js';
import { dataPath } from '../../platform/paths.js';
import { legacyDossierJobs } from '../dossiers/legacy-jobs.js';
import { scratch, systemCtx } from './handover-fixtures.js';
import { writeLegacyExport, type RowTruth } from './generator.js';
import { importLegacyFile } from './import-service.js';
import { planTransfer, runTransfer, startTransfer } from './transfer-service.js';

const t = await startTestApp();
const ctx = () => systemCtx(t);

/** What the shipped data says, read here apart from the code under test. */
const successors = new Map<string, string[]>();
for (const r of parse(readFileSync(dataPath('units', 'successions.csv')), { columns: true }) as Array<{ old_level: string; old_code: string; new_code: string }>) {
  if (r.old_level === 'commune') successors.set(r.old_code, [...(successors.get(r.old_code) ?? []), r.new_code]);
}
const suffix = new Map((JSON.parse(readFileSync(dataPath('agency-kinds.json'), 'utf8')) as { kinds: Array<{ kind: string; level: string; suffix: string }> }).kinds.map((k) => [`${k.level}:${k.kind}`, k.suffix]));
const procedures = new Map(
  (await import('node:fs')).readdirSync(dataPath('catalog', 'procedures')).map((f) => {
    const p = JSON.parse(readFileSync(dataPath('catalog', 'procedures', f), 'utf8')) as { slug: string; level: string; field: string; competentAgencyKind: string };
    return [p.slug, p];
  }),
);

/** Where a generated row must land: the agency that takes it over, or the agency reviewing it. */
function expected(record: Record<string, unknown>, truth: RowTruth): { state: string; agency: string | null } {
  if ([3, 7, 8, 10].includes(record.status as number)) return { state: 'archived', agency: null };
  const p = procedures.get((record.procedure as { slug: string }).slug)!;
  if (p.level === 'province') return { state: 'handed_over', agency: `79.${suffix.get(`province:${p.competentAgencyKind}`)}` };
  const competent = (commune: string) => ({ state: 'handed_over', agency: `${commune}.${suffix.get(`commune:${p.competentAgencyKind}`)}` });
  const unit = String(record.receivingUnitCode);
  const review = { state: 'in_review', agency: p.field === 'civil-status' && unit.length === 3 ? '79.STP' : '79.UBND' };
  if (unit.length === 5) return successors.get(unit)!.length === 1 ? competent(successors.get(unit)![0]!) : review;
  if (truth.addressNamesCommune && successors.get(truth.communeCode)!.length === 1) return competent(successors.get(truth.communeCode)![0]!);
  return review;
}

const file = join(scratch, 'q1-cangio.jsonl');
const { truth } = await writeLegacyExport(file, 'jsonl', { districts: ['760', '787'], size: 400, seed: 7 }, true);
const records = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
const snapshot = async () => ({
  dossiers: await t.db.selectFrom('dossiers').select(['code', 'status', 'competentAgencyCode', 'dueAt']).orderBy('code').execute(),
  staged: await t.db.selectFrom('legacyDossiers').select(['codeKey', 'state', 'targetAgencyCode', 'reviewAgencyCode', 'dossierId']).orderBy('codeKey').execute(),
  events: Number((await t.db.selectFrom('dossierEvents').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
});

describe('handing over the dossiers of old Quận 1 and Huyện Cần Giờ', () => {
  it('plans without writing, then hands every unfinished dossier to the right new unit or the review queue', async () => {
    const imported = await importLegacyFile(ctx(), file);
    expect(imported).toMatchObject({ accepted: 400, rejected: 0 });
    const before = await snapshot();
    const plan = await planTransfer(ctx());
    expect(await snapshot()).toEqual(before);
    const unfinished = records.filter((r) => ![3, 7, 8, 10].includes(r.status as number)).length;
    expect(plan.total).toBe(unfinished);
    expect(plan.byOldUnit.map((l) => l.oldUnitCode)).toEqual(expect.arrayContaining(['760', '787', '26737', '27673']));

    const transfer = await startTransfer(ctx(), {});
    const done = await runTransfer(ctx(), transfer.id, { batchSize: 97 });
    expect(done).toMatchObject({ state: 'completed', processed: unfinished, handedOver: plan.handOver, inReview: plan.review });

    const rows = await t.db.selectFrom('legacyDossiers').select(['legacyCode', 'state', 'targetAgencyCode', 'reviewAgencyCode']).execute();
    const landed = new Map(rows.map((r) => [r.legacyCode, { state: r.state, agency: r.targetAgencyCode ?? r.reviewAgencyCode }]));
    const wrong = records.filter((r) => JSON.stringify(landed.get(String(r.code))) !== JSON.stringify(expected(r, truth.get(String(r.code))!)));
    expect(wrong.map((r) => ({ code: r.code, got: landed.get(String(r.code)), want: expected(r, truth.get(String(r.code))!) }))).toEqual([]);
    // Every one of the four kinds of outcome occurs in this export.
    expect(new Set(rows.map((r) => r.state))).toEqual(new Set(['archived', 'handed_over', 'in_review']));
    expect(rows.some((r) => r.reviewAgencyCode === '79.STP')).toBe(true);
    expect(rows.some((r) => r.targetAgencyCode?.startsWith('79.'))).toBe(true);

    // One dossier per handed-over row, each with its old code; the audit chain still verifies.
    const dossiers = await t.db.selectFrom('dossiers').innerJoin('dossierLegacyCodes', 'dossierLegacyCodes.dossierId', 'dossiers.id').select(['dossiers.code', 'dossierLegacyCodes.legacyCode']).execute();
    expect(dossiers).toHaveLength(plan.handOver);
    expect(dossiers.every((d) => d.code === d.legacyCode)).toBe(true);
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  });

  it('changes nothing when the transfer runs again', async () => {
    const before = await snapshot();
    await expect(startTransfer(ctx(), {})).rejects.toThrow(/No dossier is waiting/);
    expect((await planTransfer(ctx())).total).toBe(0);
    expect(await importLegacyFile(ctx(), file)).toMatchObject({ alreadyImported: true });
    expect(await snapshot()).toEqual(before);
  });

  it('lets the person follow the dossier with the old code: due date kept, hand-over in the history, told of the new agency', async () => {
    const legacy = records.find((r) => expected(r, truth.get(String(r.code))!).agency === '26743.UBND' && r.status === 4 && (r.applicant as { phone?: string }).phone)!;
    const code = String(legacy.code);
    const nationalId = String((legacy.applicant as { nationalId?: string; representative?: { nationalId: string } }).nationalId ?? (legacy.applicant as { representative: { nationalId: string } }).representative.nationalId);
    const found = await t.anonymous.get(`/api/v1/lookup/${encodeURIComponent(code.toLowerCase())}?nationalId=${nationalId}`);
    expect(found.status).toBe(200);
    expect(found.body).toMatchObject({ code, dueAt: new Date(String(legacy.dueAt)).toISOString(), receivingAgencyName: 'Trung tâm Phục vụ hành chính công phường Bến Thành' });
    const history = found.body.detail.history as Array<{ actionName: { vi: string }; comment: string | null }>;
    expect(history[0]!.comment).toBe('Tiếp nhận hồ sơ tại quầy');
    expect(history.at(-1)!.comment).toMatch(/^Chuyển giao do sắp xếp đơn vị hành chính .*Ủy ban nhân dân phường Bến Thành/);

    // The new agency's staff see it in their queue.
    const specialist = await t.signIn('benthanh.chuyenvien');
    const inbox = await specialist.get(`/api/v1/dossiers/inbox?q=${encodeURIComponent(code)}&limit=5`);
    expect(inbox.body.items.map((d: { code: string }) => d.code)).toContain(code);

    // The applicants are told by a job enqueued with the hand-over.
    expect(await runDueJobs(t.db, legacyDossierJobs, { limit: 100 })).toBeGreaterThan(0);
    const dossier = await t.db.selectFrom('dossiers').select('id').where('code', '=', code).executeTakeFirstOrThrow();
    const sms = await t.db.selectFrom('notifications').select(['channel', 'body']).where('relatedId', '=', dossier.id).where('channel', '=', 'sms').execute();
    expect(sms).toHaveLength(1);
    expect(sms[0]!.body).toContain(code);
  });

  it('answers the lookup for a dossier waiting in the review queue, and hands it over on the administrator’s decision', async () => {
    const admin = await t.signIn('admin');
    const queue = await admin.get('/api/v1/handover/review?reviewAgency=79.STP&limit=200');
    expect(queue.status).toBe(200);
    const item = queue.body.items[0] as { legacyCode: string; reviewDueAt: string; candidates: Array<{ code: string }>; procedure: { level: string } };
    expect(item.reviewDueAt).not.toBeNull();
    const pending = await t.anonymous.get(`/api/v1/lookup/${encodeURIComponent(item.legacyCode)}`);
    expect(pending.status).toBe(200);
    expect(pending.body.receivingAgencyName).toContain('đang được chuyển giao');

    const target = item.candidates[0]!.code;
    const refused = await admin.post(`/api/v1/handover/review/${encodeURIComponent(item.legacyCode)}/assign`, { unitCode: '00004', reason: 'Theo địa chỉ' });
    expect(refused.status).toBe(400);
    const assigned = await admin.post(`/api/v1/handover/review/${encodeURIComponent(item.legacyCode)}/assign`, { unitCode: target, reason: 'Người nộp cư trú tại đây (xác minh qua điện thoại)', extendWorkingDays: 2, decision: 'Quyết định 123/QĐ-UBND ngày 01/7/2025' });
    expect(assigned.status).toBe(200);
    expect(assigned.body).toMatchObject({ legacyCode: item.legacyCode, competentAgencyCode: `${target}.UBND` });
    const again = await admin.post(`/api/v1/handover/review/${encodeURIComponent(item.legacyCode)}/assign`, { unitCode: target, reason: 'Lần nữa' });
    expect(again.status).toBe(409);
    const now = await t.anonymous.get(`/api/v1/lookup/${encodeURIComponent(item.legacyCode)}`);
    expect(now.body.receivingAgencyName).not.toContain('đang được chuyển giao');
    const audit = await t.db.selectFrom('auditLog').select(['action', 'actorName']).where('entityId', '=', item.legacyCode).execute();
    expect(audit).toEqual([
      { action: 'dossier.handed_over', actorName: 'Trần Thị Quản Trị (admin)' },
      { action: 'handover.review_assigned', actorName: 'Trần Thị Quản Trị (admin)' },
    ]);
    const event = await t.db.selectFrom('dossierEvents').select(['comment', 'data']).where('dossierId', '=', assigned.body.dossierId).where('action', '=', 'transfer').executeTakeFirstOrThrow();
    expect(event.comment).toContain('Quyết định 123/QĐ-UBND');
    expect(event.data).toMatchObject({ decision: 'Quyết định 123/QĐ-UBND ngày 01/7/2025' });
  });

  it('reports per old unit and per new agency, as JSON and CSV', async () => {
    const supervisor = await t.signIn('giamsat');
    const report = await supervisor.get('/api/v1/handover/report');
    expect(report.status).toBe(200);
    expect(report.body.totals.received).toBe(400);
    const q1 = report.body.byOldUnit.find((l: { oldUnitCode: string }) => l.oldUnitCode === '760');
    expect(q1).toMatchObject({ oldUnitName: 'Quận 1' });
    expect(q1.received).toBe(q1.staged + q1.handedOver + q1.inReview + records.filter((r) => r.receivingUnitCode === '760' && [3, 7, 8, 10].includes(r.status as number)).length);
    const totals = report.body.totals;
    expect(totals.handedOver + totals.inReview + totals.staged).toBe(records.filter((r) => ![3, 7, 8, 10].includes(r.status as number)).length);
    expect(report.body.byNewUnit.find((l: { agencyCode: string }) => l.agencyCode === '79.STP').inReview).toBeGreaterThan(0);
    const csv = await supervisor.get('/api/v1/handover/report.csv?by=new_unit');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.text.split('\r\n')[0]).toBe('\ufeffagency_code,agency_name,unit_code,handed_over,in_review,finished,open,overdue');
  });
});
