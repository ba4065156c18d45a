import type { ProcedureDefinition, ResultTemplate, TemplateParagraph } from '../catalog/schemas.js';
import type { Block, OfficialDocumentSpec } from '../signing/pdf/official-document.js';
import { issuerOf, placeOf, type DocumentContext } from './document-specs.js';
import { localDateOf } from '../../platform/calendar/local-date.js';
import { applicantName } from './views.js';

const dmy = (value: string): string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : value;
};

type Choices = { enum?: unknown[]; 'x-enum-labels'?: { vi?: string[] } };
type Property = Choices & { type?: string; title?: string; items?: Choices };

const labelOf = (choices: Choices | undefined, value: unknown): string | undefined => {
  const index = choices?.enum?.indexOf(value) ?? -1;
  return index >= 0 ? choices?.['x-enum-labels']?.vi?.[index] : undefined;
};

/** A form value as people read it: the label of a choice rather than its code; a list of choices as their labels. */
function readable(forms: ProcedureDefinition['forms'], field: string, value: unknown): unknown {
  for (const form of forms) {
    const property = (form.schema.properties as Record<string, Property> | undefined)?.[field];
    if (!property) continue;
    if (Array.isArray(value) && property.items?.enum) return value.map((v) => labelOf(property.items, v) ?? String(v)).join(', ');
    const label = labelOf(property, value);
    if (label) return label;
  }
  return value;
}

/**
 * The values placeholders of a result template can name, as text; missing values are
 * undefined (documents print "…", records leave the field out). Documents show a choice by
 * its label ("Nữ"); records keep its code ("nu"), which later forms take as it is.
 */
export function templateValues(c: DocumentContext, procedure: ProcedureDefinition, as: 'document' | 'record' = 'document'): (path: string) => string | undefined {
  const d = c.dossier;
  const agency = c.agencies.get(d.competentAgencyCode);
  const scopes: Record<string, Record<string, unknown>> = {
    form: d.formData,
    findings: d.findings ?? {},
    applicant: { ...d.applicant, fullName: applicantName(d) },
    dossier: { code: d.code, receivedAt: d.receivedAt && localDateOf(d.receivedAt), dueAt: d.dueAt && localDateOf(d.dueAt) },
    document: { number: c.number },
    agency: { name: agency?.name },
    procedure: { name: d.procedureName, code: d.procedureCode },
  };
  // Where a scope's choices get their labels: the application forms, the findings form.
  const findingsForm = procedure.result.template?.findings;
  const formsOf: Record<string, ProcedureDefinition['forms']> = { form: procedure.forms, findings: findingsForm ? [findingsForm] : [] };
  return (path) => {
    if (path === 'date') return localDateOf(c.now);
    const [scope = '', field = ''] = path.split('.');
    const raw = scopes[scope]?.[field];
    const value = as === 'document' ? readable(formsOf[scope] ?? [], field, raw) : raw;
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value === 'boolean') return value ? 'Có' : 'Không';
    return String(value);
  };
}

/** A number as Vietnamese write it: 1.250.000 and 120,5; anything else unchanged. */
const vnNumber = (value: string): string => (/^-?\d+(\.\d+)?$/.test(value) ? Number(value).toLocaleString('vi-VN', { maximumFractionDigits: 4 }) : value);

/**
 * Fills {{…}} placeholders. Dates are ISO (yyyy-mm-dd) underneath: `|date` shows one as
 * dd/mm/yyyy, `|iso` keeps it ISO (for records that later prefill date fields), and
 * `{{date}}` alone, the day of issue, reads dd/mm/yyyy. `|number` writes a number the
 * Vietnamese way (200.000.000; 120,5), `|upper` a value in capitals ("CHỦ TỊCH
 * {{agency.name|upper}}"). A missing value becomes `missing`.
 */
export function fill(template: string, value: (path: string) => string | undefined, missing = '…'): string {
  return template.replace(/{{\s*([^}|]*?)\s*(?:\|\s*(date|iso|number|upper)\s*)?}}/g, (_m, path: string, filter?: string) => {
    const v = value(path);
    if (v === undefined) return missing;
    if (filter === 'iso') return v;
    if (filter === 'number') return vnNumber(v);
    if (filter === 'upper') return (path === 'date' ? dmy(v) : v).toLocaleUpperCase('vi');
    return filter === 'date' || path === 'date' ? dmy(v) : v;
  });
}

/** Without a template: the result names the decision and repeats what the applicant declared. */
function genericTemplate(procedure: ProcedureDefinition): ResultTemplate {
  const form = procedure.forms[0];
  const properties = (form?.schema.properties ?? {}) as Record<string, { title?: string; type?: string }>;
  const order = form?.ui?.order ?? Object.keys(properties);
  return {
    title: procedure.result.name,
    paragraphs: [`Căn cứ hồ sơ đề nghị ${procedure.name.vi.toLowerCase()} của {{applicant.fullName}} (mã hồ sơ {{dossier.code}}), {{agency.name}} đã giải quyết hồ sơ với kết quả: ${procedure.result.name.vi}.`],
    lines: order.filter((p) => properties[p] && properties[p]!.type !== 'object' && properties[p]!.type !== 'array').map((p) => ({ label: properties[p]!.title ?? p, value: `{{form.${p}}}` })),
  };
}

/** The signer's title: the People's Committee signs for its chair; a department for its director. */
function signerTitle(kind: string | undefined): string {
  if (kind === 'peoples_committee') return 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH';
  if (kind?.startsWith('dept_')) return 'GIÁM ĐỐC';
  return 'THỦ TRƯỞNG CƠ QUAN';
}

/**
 * The result's title in the dossier's document list: the template's title, followed by its
 * subject for a decision ("Quyết định về việc hỗ trợ chi phí mai táng").
 */
export function resultTitle(procedure: ProcedureDefinition): string {
  const template = procedure.result.template;
  if (!template) return procedure.result.name.vi;
  const subject = template.subject?.trim();
  return subject ? `${template.title.vi} ${subject.charAt(0).toLowerCase()}${subject.slice(1)}` : template.title.vi;
}

/** The result document of a dossier, from its procedure version's template. */
export function resultSpec(c: DocumentContext, procedure: ProcedureDefinition, approverName: string | undefined, qr: NonNullable<OfficialDocumentSpec['qr']>): OfficialDocumentSpec {
  const d = c.dossier;
  const agency = c.agencies.get(d.competentAgencyCode);
  const template = procedure.result.template ?? genericTemplate(procedure);
  const value = templateValues(c, procedure);
  const paragraph = (p: TemplateParagraph): Block => {
    if (typeof p === 'string') return { kind: 'paragraph', text: fill(p, value), indent: true };
    const centred = p.align === 'center';
    return { kind: 'paragraph', text: fill(p.text, value), indent: !centred, ...(centred ? { align: 'center' as const } : {}), ...(p.style && p.style !== 'regular' ? { style: p.style } : {}) };
  };
  const body: Block[] = [
    ...(template.paragraphs ?? []).map(paragraph),
    ...template.lines.map((l): Block => ({ kind: 'field', label: fill(l.label, value), value: fill(l.value, value) })),
    ...(template.closing ?? []).map(paragraph),
  ];
  return {
    issuer: issuerOf(agency, c.unitNames, d.competentAgencyCode),
    ...(c.number ? { number: `Số: ${c.number}` } : {}),
    place: placeOf(agency, c.unitNames),
    date: c.now,
    title: template.title.vi,
    ...(template.subject ? { subject: template.subject } : {}),
    subtitle: `Mã hồ sơ: ${d.code}`,
    body,
    signatures: [{ title: template.signerTitle ?? signerTitle(agency?.kind), note: '(Ký số)', ...(approverName ? { name: approverName } : {}) }],
    ...(template.recipients?.length ? { recipients: template.recipients.map((r) => fill(r, value)) } : {}),
    qr,
  };
}

/** What the result puts into the applicant's data store, by the template's `recordFields`. */
export function resultRecord(c: DocumentContext, procedure: ProcedureDefinition, documentId: string): Record<string, unknown> {
  const value = templateValues(c, procedure, 'record');
  // A field whose template names nothing held stays out, rather than be stored as "…".
  const fields = Object.fromEntries(
    Object.entries(procedure.result.template?.recordFields ?? {})
      .map(([k, v]) => [k, fill(v, value, '')] as const)
      .filter(([, v]) => v.trim() !== ''),
  );
  return { ...fields, number: c.number, documentId, dossierCode: c.dossier.code, issuedAt: c.now.toISOString(), issuer: c.dossier.competentAgencyCode };
}
