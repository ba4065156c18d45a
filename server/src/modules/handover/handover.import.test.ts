import { describe, expect, it } from 'vitest';
import { startTestApp } from '../../../test/harness.js';
import { jsonl, legacyRow, systemCtx, writeScratch } from './handover-fixtures.js';
import { importLegacyFile } from './import-service.js';

const t = await startTestApp();
const ctx = () => systemCtx(t);
const reasonsOf = (report: Awaited<ReturnType<typeof importLegacyFile>>, line: number): string =>
  report.rejects.find((r) => r.line === line)?.reasons.map((x) => `${x.field}: ${x.message.en}`).join('; ') ?? '';

describe('importing a legacy export', () => {
  it('refuses bad rows one by one, with every reason, and imports the rest', async () => {
    const path = writeScratch(
      'bad.jsonl',
      jsonl([
        legacyRow({ code: 'Q1-250601-0001' }),
        legacyRow({ code: 'Q1-250601-0002', receivingUnitCode: '999' }),
        legacyRow({ code: 'Q1-250601-0003', procedure: { code: '9.999999', name: 'Thủ tục đã bãi bỏ' } }),
        '{"code": "Q1-250601-0004", "receivingUnitCode": ',
        legacyRow({ code: 'Q1-250601-0001', status: 2 }),
        legacyRow({ code: 'Q1-250601-0006', status: 'done', receivedAt: 'yesterday', applicant: { type: 'person', nationalId: '12' } }),
        legacyRow({ code: 'Q1-250601-0007', receivingUnitCode: '26740', status: 10 }),
      ]) + '{"code": "Q1-250601-0008", "receivingAgency": {"na',
    );
    const report = await importLegacyFile(ctx(), path);
    expect({ accepted: report.accepted, rejected: report.rejected, line: report.line }).toEqual({ accepted: 2, rejected: 6, line: 8 });
    expect(reasonsOf(report, 2)).toContain("receivingUnitCode: No former unit '999'");
    expect(reasonsOf(report, 3)).toContain("Procedure '9.999999' is not in the catalog in force");
    expect(reasonsOf(report, 4)).toContain('not valid JSON');
    expect(reasonsOf(report, 5)).toContain('The code repeats line 1 of the file');
    const many = reasonsOf(report, 6);
    for (const field of ['status', 'receivedAt', 'applicant/fullName', 'applicant/nationalId']) expect(many).toContain(`${field}:`);
    expect(reasonsOf(report, 8)).toContain('cut short');
    // Nothing half-imported: a refused row left nothing behind.
    const staged = await t.db.selectFrom('legacyDossiers').select(['legacyCode', 'state', 'oldUnitLevel']).orderBy('legacyCode').execute();
    expect(staged).toEqual([
      { legacyCode: 'Q1-250601-0001', state: 'staged', oldUnitLevel: 'district' },
      { legacyCode: 'Q1-250601-0007', state: 'archived', oldUnitLevel: 'commune' },
    ]);
  });

  it('changes nothing when the same file is imported again', async () => {
    const path = writeScratch('same.jsonl', jsonl([legacyRow({ code: 'Q1-250602-0001' }), legacyRow({ code: 'Q1-250602-0002' })]));
    const first = await importLegacyFile(ctx(), path);
    const before = await t.db.selectFrom('legacyDossiers').selectAll().orderBy('codeKey').execute();
    const audit = await t.db.selectFrom('auditHeads').select('seq').executeTakeFirst();
    const again = await importLegacyFile(ctx(), path);
    expect(again).toMatchObject({ alreadyImported: true, importId: first.importId, accepted: 2, rejected: 0 });
    expect(await t.db.selectFrom('legacyDossiers').selectAll().orderBy('codeKey').execute()).toEqual(before);
    expect(await t.db.selectFrom('auditHeads').select('seq').executeTakeFirst()).toEqual(audit);
  });

  it('counts rows seen before in another file as unchanged, and refuses a code reused with other content', async () => {
    const path = writeScratch('overlap.jsonl', jsonl([legacyRow({ code: 'Q1-250602-0001' }), legacyRow({ code: 'Q1-250602-0002', status: 5 }), legacyRow({ code: 'Q1-250602-0003' })]));
    const report = await importLegacyFile(ctx(), path);
    expect({ accepted: report.accepted, unchanged: report.unchanged, rejected: report.rejected }).toEqual({ accepted: 1, unchanged: 1, rejected: 1 });
    expect(reasonsOf(report, 2)).toContain("already imported from 'same.jsonl' (line 2) with different content");
  });

  it('imports CSV with quoted fields and JSON columns, and refuses a file without the needed columns', async () => {
    const header = 'code,receiving_agency_name,receiving_unit_code,procedure_code,applicant_type,applicant_name,address_text,received_at,due_at,status,history';
    const path = writeScratch(
      'export.csv',
      [
        header,
        'CG-250610-0001,UBND Huyện Cần Giờ,787,1.001193,person,Trần Văn Biển,"Ấp Bình An, Xã Long Hòa, Huyện Cần Giờ, TP. Hồ Chí Minh",10/06/2025 08:30,10/06/2025 17:00,2,"[{""at"":""2025-06-10 08:30"",""action"":""received""}]"',
        'CG-250610-0002,UBND Huyện Cần Giờ,787,1.001193,person,"Võ Thị\nXuân",,10/06/2025 08:40,,4,',
        'CG-250610-0003,UBND Huyện Cần Giờ,787,1.001193,person,Phạm Thu,,10/06/2025 08:50,,4,[broken',
      ].join('\n') + '\n',
    );
    const report = await importLegacyFile(ctx(), path);
    expect({ accepted: report.accepted, rejected: report.rejected }).toEqual({ accepted: 2, rejected: 1 });
    expect(reasonsOf(report, 5)).toContain('Column history: not valid JSON');
    const row = await t.db.selectFrom('legacyDossiers').select(['record', 'procedureSlug']).where('legacyCode', '=', 'CG-250610-0002').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ procedureSlug: 'dang-ky-khai-sinh', record: { applicant: { fullName: 'Võ Thị\nXuân' } } });
    await expect(importLegacyFile(ctx(), writeScratch('nocols.csv', 'code,name\nX-1,Y\n'))).rejects.toThrow(/lacks the columns/);
  });
});
