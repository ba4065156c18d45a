import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../test/pki-tools.js';
import { sampleObject } from '../../../test/form-samples.js';
import { validateFormData } from '../catalog/forms.js';
import type { ProcedureDefinition } from '../catalog/schemas.js';
import { starterFields, starterProcedures } from '../catalog/starter-catalog.js';
import { definitionProblems } from '../catalog/validate-definition.js';
import { renderOfficialDocument } from '../signing/pdf/official-document.js';
import { agencyKinds } from '../units/agency-kinds.js';
import type { Agency } from '../units/schemas.js';
import type { DocumentContext } from './document-specs.js';
import { fill, resultRecord, resultSpec, resultTitle, templateValues } from './result-spec.js';
import type { DossierRow } from './store.js';

/**
 * Every procedure of the starter catalog issues its result from a template of its own
 * (data/catalog/FORMAT.md, "Result template"), filled from realistic sample data built
 * from its form's schema: the signed PDF names the document and leaves no placeholder.
 */
const procedures = starterProcedures();
const now = new Date('2026-11-24T03:30:00Z');

/** The competent agency of a procedure in Xã Cần Giờ or, at province level, in Hồ Chí Minh City. */
function competentAgency(p: ProcedureDefinition): Agency {
  const kind = agencyKinds().find((k) => k.kind === p.competentAgencyKind && k.level === p.level)!;
  const [unitCode, unitName, inName] = p.level === 'commune' ? ['27664', 'Xã Cần Giờ', 'xã Cần Giờ'] : ['79', 'Thành phố Hồ Chí Minh', 'thành phố Hồ Chí Minh'];
  return { code: `${unitCode}.${kind.suffix}`, kind: kind.kind, level: p.level, unitCode, unitName, name: `${kind.name.vi} ${inName}`, nameEn: kind.name.en, electronicId: null, receivesDossiers: false };
}

function contextFor(p: ProcedureDefinition): DocumentContext {
  const agency = competentAgency(p);
  const form = p.forms[0];
  const organisation = p.applicantTypes[0] === 'organisation';
  const applicant = organisation
    ? { type: 'organisation', orgName: 'Công ty TNHH Minh An', taxCode: '0312345678', fullName: 'Nguyễn Văn An', nationalId: '079090001234', phone: '0901234567', address: 'Số 12 đường Lê Lợi, phường Bến Thành, Thành phố Hồ Chí Minh' }
    : { type: 'person', fullName: 'Nguyễn Văn An', nationalId: '079090001234', phone: '0901234567', email: 'nguyenvanan@example.com', address: 'Ấp Long Thạnh, xã Cần Giờ, Thành phố Hồ Chí Minh' };
  const dossier = {
    code: '000.00.27.H29-261120-0001',
    procedureSlug: p.slug,
    procedureName: p.name.vi,
    procedureCode: p.code,
    applicant,
    applicantNationalId: '079090001234',
    formId: form?.id ?? null,
    formData: form ? sampleObject(form.schema) : {},
    findings: p.result.template?.findings ? sampleObject(p.result.template.findings.schema) : {},
    competentAgencyCode: agency.code,
    receivedAt: new Date('2026-11-20T02:00:00Z'),
    dueAt: new Date('2026-11-27T10:00:00Z'),
  } as unknown as DossierRow;
  const number = p.result.template?.numberSeries ? `07/${p.result.template.numberSeries}` : null;
  return {
    dossier,
    events: [],
    agencies: new Map([[agency.code, agency]]),
    unitNames: new Map([[agency.unitCode, agency.unitName], ['79', 'Thành phố Hồ Chí Minh']]),
    number,
    verifyUrl: 'https://dichvucong.example.vn/xac-minh/1',
    lookupUrl: 'https://dichvucong.example.vn/tra-cuu/1',
    qr: async () => new Uint8Array(),
    now,
    procedureTime: { vi: '', en: '' },
  };
}

/** Placeholders of a template whose value the sample leaves missing (form fields of a second form aside: a dossier holds its first form). */
function unfilled(p: ProcedureDefinition, c: DocumentContext): string[] {
  const t = p.result.template!;
  const texts = [t.subject ?? '', ...[...(t.paragraphs ?? []), ...(t.closing ?? [])].map((x) => (typeof x === 'string' ? x : x.text)), ...t.lines.flatMap((l) => [l.label, l.value]), ...(t.recipients ?? [])];
  const value = templateValues(c, p);
  const firstForm = new Set(Object.keys((p.forms[0]?.schema.properties as object | undefined) ?? {}));
  return [...texts.join(' ').matchAll(/{{\s*([^}|]*?)\s*(?:\|[a-z]+)?}}/g)]
    .map((m) => m[1]!)
    .filter((path) => !(path.startsWith('form.') && !firstForm.has(path.slice(5))) && value(path) === undefined);
}

describe('filling a template text', () => {
  const values: Record<string, string> = { date: '2026-11-24', 'form.ngaySinh': '2026-11-20', 'form.von': '500000000', 'form.dienTich': '120.5', 'agency.name': 'Ủy ban nhân dân xã Cần Giờ' };
  const value = (path: string) => values[path];

  it('writes dates, numbers and capitals the Vietnamese way, and a blank where nothing is held', () => {
    expect(fill('{{date}} {{form.ngaySinh|date}} {{form.ngaySinh|iso}}', value)).toBe('24/11/2026 20/11/2026 2026-11-20');
    expect(fill('{{form.von|number}} đồng, {{form.dienTich|number}} m²', value)).toBe('500.000.000 đồng, 120,5 m²');
    expect(fill('CHỦ TỊCH {{agency.name|upper}}', value)).toBe('CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ CẦN GIỜ');
    expect(fill('Số: {{document.number}}', value)).toBe('Số: …');
  });

  it('lists a decision by its title and subject', () => {
    const decision = procedures.find((p) => p.slug === 'ho-tro-chi-phi-mai-tang')!;
    expect(resultTitle(decision)).toBe('Quyết định về việc hỗ trợ chi phí mai táng');
    expect(resultTitle(procedures.find((p) => p.slug === 'dang-ky-khai-sinh')!)).toBe('Giấy khai sinh');
  });
});

describe('result templates of the starter catalog', () => {
  it('every procedure has one, and the catalog accepts it', () => {
    expect(procedures.filter((p) => !p.result.template).map((p) => p.slug)).toEqual([]);
    const context = { fields: new Set(starterFields().map((f) => f.slug)), agencyKinds: agencyKinds(), knownSlugs: new Set(procedures.map((p) => p.slug)), path: 'definition' };
    expect(procedures.flatMap((p) => definitionProblems(p, context).map((e) => `${p.slug}: ${e.field} ${e.message.vi}`))).toEqual([]);
  });

  it('refuses a placeholder in the subject, which is printed as written', () => {
    const p = procedures.find((x) => x.slug === 'ho-tro-chi-phi-mai-tang')!;
    const context = { fields: new Set(starterFields().map((f) => f.slug)), agencyKinds: agencyKinds(), knownSlugs: new Set(procedures.map((x) => x.slug)), path: 'definition' };
    const changed = { ...p, result: { ...p.result, template: { ...p.result.template!, subject: 'Về việc hỗ trợ {{form.hoTenNguoiMat}}' } } };
    expect(definitionProblems(changed, context).map((e) => e.field)).toEqual(['definition/result/template/subject']);
  });

  describe.each(procedures.map((p) => [p.slug, p] as const))('%s', (_slug, p) => {
    const c = contextFor(p);

    it('fills every placeholder from sample data its form accepts', () => {
      const form = p.forms[0];
      if (form) expect(validateFormData(form.id, form, c.dossier.formData)).toEqual([]);
      const findings = p.result.template!.findings;
      if (findings) expect(validateFormData(`${p.slug}/findings`, findings, c.dossier.findings)).toEqual([]);
      expect(unfilled(p, c)).toEqual([]);
    });

    it('renders as a PDF that reads its title and leaves no placeholder', async () => {
      const spec = resultSpec(c, p, 'Châu Văn Hùng', [{ png: await qrPngStub(), caption: `Xác minh kết quả: ${c.verifyUrl}` }]);
      const text = pdfText(Buffer.from(await renderOfficialDocument(spec)));
      expect(text).toContain(p.result.template!.title.vi.toUpperCase());
      if (spec.number) expect(text).toContain(`Số: ${spec.number.replace('Số: ', '')}`);
      if (spec.subject) expect(text).toContain(spec.subject.replace(/\s+/g, ' '));
      if (spec.recipients) expect(text).toContain('Nơi nhận:');
      expect(text).toContain('Châu Văn Hùng');
      expect(text).not.toContain('{{');
      expect(text).not.toContain('}}');
    });

    it('keeps record fields without placeholders or blanks', () => {
      const record = resultRecord(c, p, 'document-1');
      for (const [field, v] of Object.entries(record)) {
        if (typeof v === 'string') expect(v, field).not.toMatch(/{{|}}|…/);
      }
    });
  });
});

/** A 1×1 white PNG: the QR code itself is not what these tests read. */
async function qrPngStub(): Promise<Uint8Array> {
  return Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGP4DwABAQEAFU3xJQAAAABJRU5ErkJggg==', 'base64');
}

describe('what the agency established (findings)', () => {
  const render = async (slug: string, findings: Record<string, unknown>) => {
    const p = procedures.find((x) => x.slug === slug)!;
    const c = contextFor(p);
    c.dossier.findings = findings;
    return pdfText(Buffer.from(await renderOfficialDocument(resultSpec(c, p, 'Châu Văn Hùng', [{ png: await qrPngStub(), caption: 'Xác minh' }])))).replace(/\s+/g, ' ');
  };

  it('the criminal-record certificate states what the database search found', async () => {
    const text = await render('cap-phieu-ly-lich-tu-phap', { tinhTrangAnTich: 'khong-co', thongTinAnTich: 'Không', camDamNhiemChucVu: 'khong-bi-cam' });
    expect(text).toContain('Án tích: Không có án tích.');
    expect(text).toContain('Không bị cấm đảm nhiệm chức vụ');
  });

  it('the disability certificate states the type and severity the council concluded', async () => {
    const text = await render('xac-dinh-muc-do-khuyet-tat', { dangKhuyetTat: ['van-dong', 'nhin'], mucDoKhuyetTat: 'nang', ngayKetLuan: '2026-11-20' });
    expect(text).toContain('Khuyết tật vận động, Khuyết tật nhìn');
    expect(text).toContain('Khuyết tật nặng (theo kết luận của Hội đồng xác định mức độ khuyết tật ngày 20/11/2026)');
  });
});
