import { HANDOVER_STATUSES } from '../dossiers/legacy-takeover.js';
import { STATUS_LIST, STATUSES, type DossierStatus } from '../dossiers/statuses.js';
import type { LocalizedText } from '../../platform/i18n.js';

/** Why a row was refused or what was noticed about it: the field and a message in both languages. */
export interface RowIssue {
  field: string;
  message: LocalizedText;
}

export interface ProcedureRef {
  slug: string;
  code: string | null;
  name: string;
  level: 'province' | 'commune';
  field: string;
  competentAgencyKind: string;
  applicantTypes?: string[];
}

export interface FormerUnitRef {
  code: string;
  level: 'province' | 'district' | 'commune';
  name: string;
}

/** What validation needs to know of the platform: the catalog in force and the former units of the province. */
export interface Reference {
  procedure(ref: { code?: string | undefined; slug?: string | undefined }): ProcedureRef | undefined;
  formerUnit(code: string): Promise<FormerUnitRef | undefined>;
}

/** A row that passed: what the staging table keeps beside the record. */
export interface AcceptedRow {
  code: string;
  unit: FormerUnitRef;
  procedure: ProcedureRef;
  status: DossierStatus;
  finished: boolean;
  receivedAt: Date | null;
  dueAt: Date | null;
  warnings: RowIssue[];
}

const CODE = /^[0-9A-Za-z][0-9A-Za-z._-]{3,59}$/;
const UNIT_CODE = /^([0-9]{2}|[0-9]{3}|[0-9]{5})$/;
const SHA256 = /^[0-9a-f]{64}$/;
const PERSON_ID = /^([0-9]{9}|[0-9]{12})$/;
const TAX_CODE = /^[0-9]{10}(-[0-9]{3})?$/;
/** The last day of the units that ended in the 2025 reorganisation. */
const LAST_OLD_DAY = '2025-06-30';

const issue = (field: string, vi: string, en: string): RowIssue => ({ field, message: { vi, en } });
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

/**
 * An instant from an old export: ISO 8601 with an offset, or a local Vietnam time written
 * "YYYY-MM-DD HH:mm[:ss]" or "DD/MM/YYYY[ HH:mm[:ss]]" (what old systems print). A date
 * alone is the start of that day, or with `endOfDay` the desk's closing time (17:00).
 */
export function parseInstant(value: unknown, endOfDay = false): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim();
  let y: string, mo: string, d: string, rest: string | undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](.+))?$/.exec(v);
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (.+))?$/.exec(v);
  if (iso) [, y, mo, d, rest] = iso as unknown as [string, string, string, string, string | undefined];
  else if (vn) [, d, mo, y, rest] = vn as unknown as [string, string, string, string, string | undefined];
  else return undefined;
  const date = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
  let time = endOfDay ? '17:00:00' : '00:00:00';
  let zone = '+07:00';
  if (rest) {
    const t = /^(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(rest);
    if (!t) return undefined;
    time = `${t[1]}:${t[2]}:${t[3] ?? '00'}${t[4] ?? ''}`;
    if (t[5]) zone = t[5] === 'Z' ? 'Z' : t[5].includes(':') ? t[5] : `${t[5].slice(0, 3)}:${t[5].slice(3)}`;
  }
  const instant = new Date(`${date}T${time}${zone}`);
  if (Number.isNaN(instant.getTime())) return undefined;
  // Reject impossible calendar dates (2025-02-30) that Date would roll over.
  const check = new Date(`${date}T12:00:00Z`);
  if (check.toISOString().slice(0, 10) !== date) return undefined;
  return instant;
}

/** A status of an old system: the National Public Service Portal's number (TrangThaiHoSo 1–10) or our name. */
export function parseLegacyStatus(value: unknown): DossierStatus | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,2}$/.test(value.trim()) ? Number(value) : undefined;
  if (n !== undefined) return STATUS_LIST.find((s) => STATUSES[s].portal === n);
  const name = str(value);
  return name && (STATUS_LIST as string[]).includes(name) ? (name as DossierStatus) : undefined;
}

/** Statuses still open in the old system, so handed over; the others are kept as history only. */
export const isUnfinished = (status: DossierStatus): boolean => (HANDOVER_STATUSES as readonly string[]).includes(status);

function checkApplicant(a: unknown, issues: RowIssue[], warnings: RowIssue[]): void {
  if (!isObject(a)) {
    issues.push(issue('applicant', 'Thiếu thông tin người nộp.', 'The applicant is missing.'));
    return;
  }
  if (a.type !== 'person' && a.type !== 'organisation') {
    issues.push(issue('applicant/type', 'Loại người nộp phải là person hoặc organisation.', 'The applicant type must be person or organisation.'));
    return;
  }
  if (a.type === 'person') {
    if (!str(a.fullName) || String(a.fullName).length > 200) issues.push(issue('applicant/fullName', 'Thiếu họ tên người nộp.', "The applicant's name is missing."));
    if (a.nationalId !== undefined && !(typeof a.nationalId === 'string' && PERSON_ID.test(a.nationalId))) {
      issues.push(issue('applicant/nationalId', 'Số định danh cá nhân gồm 12 chữ số (hoặc CMND cũ 9 chữ số).', 'A personal ID number has 12 digits (or 9 for an old ID card).'));
    }
  } else {
    if (!str(a.orgName) || String(a.orgName).length > 300) issues.push(issue('applicant/orgName', 'Thiếu tên tổ chức.', "The organisation's name is missing."));
    if (a.taxCode !== undefined && !(typeof a.taxCode === 'string' && TAX_CODE.test(a.taxCode))) issues.push(issue('applicant/taxCode', 'Mã số thuế gồm 10 chữ số (hoặc 10-3).', 'A tax code has 10 digits (or 10-3).'));
  }
  if (a.phone !== undefined && !(typeof a.phone === 'string' && /^\+?[\d .()-]{8,20}$/.test(a.phone))) warnings.push(issue('applicant/phone', 'Số điện thoại không hợp lệ; sẽ không gửi tin nhắn.', 'Not a phone number; no SMS will be sent.'));
  if (a.address !== undefined && !isObject(a.address)) issues.push(issue('applicant/address', 'Địa chỉ phải là một đối tượng (text, communeCode, commune, district, province).', 'The address must be an object (text, communeCode, commune, district, province).'));
  if (isObject(a.address) && a.address.communeCode !== undefined && !(typeof a.address.communeCode === 'string' && /^[0-9]{5}$/.test(a.address.communeCode))) {
    issues.push(issue('applicant/address/communeCode', 'Mã xã/phường cũ gồm 5 chữ số.', 'A former commune code has 5 digits.'));
  }
}

function checkList(record: Record<string, unknown>, issues: RowIssue[]): void {
  const history = record.history ?? [];
  if (!Array.isArray(history) || history.length > 500) issues.push(issue('history', 'Lịch sử xử lý phải là một danh sách (tối đa 500 mục).', 'The history must be a list (at most 500 entries).'));
  else {
    history.forEach((h, i) => {
      if (!isObject(h) || !parseInstant(h.at) || !str(h.action) || String(h.action).length > 100) {
        issues.push(issue(`history/${i}`, 'Mỗi mục lịch sử cần thời điểm (at) và thao tác (action).', 'Each history entry needs a time (at) and an action.'));
      } else if (h.status !== undefined && !parseLegacyStatus(h.status)) issues.push(issue(`history/${i}/status`, 'Trạng thái không hợp lệ.', 'Unknown status.'));
    });
  }
  const files = record.files ?? [];
  if (!Array.isArray(files) || files.length > 200) issues.push(issue('files', 'Tệp đính kèm phải là một danh sách (tối đa 200 tệp).', 'The files must be a list (at most 200).'));
  else {
    files.forEach((f, i) => {
      const ok = isObject(f) && str(f.name) && (str(f.path) || str(f.sha256)) && (f.sha256 === undefined || (typeof f.sha256 === 'string' && SHA256.test(f.sha256)));
      if (!ok) issues.push(issue(`files/${i}`, 'Mỗi tệp cần tên và đường dẫn (path) hoặc mã băm SHA-256 (64 ký tự hex thường).', 'Each file needs a name and a path or a SHA-256 hash (64 lowercase hex).'));
    });
  }
  const fees = record.fees ?? [];
  if (!Array.isArray(fees) || fees.some((f) => !isObject(f) || !str(f.name) || !Number.isInteger(f.amount) || (f.amount as number) < 0 || (f.quantity !== undefined && (!Number.isInteger(f.quantity) || (f.quantity as number) < 1)))) {
    issues.push(issue('fees', 'Mỗi khoản phí cần tên, số tiền (số nguyên ≥ 0) và số lượng (≥ 1).', 'Each fee needs a name, an amount (integer ≥ 0) and a quantity (≥ 1).'));
  }
  if (record.formData !== undefined && !isObject(record.formData)) issues.push(issue('formData', 'Dữ liệu tờ khai phải là một đối tượng JSON.', 'The form data must be a JSON object.'));
}

/**
 * Checks one row of an export (docs/handover.md): its shape, its old unit (a unit that
 * ended on 30 June 2025 and now lies in this province), its procedure (in force in the
 * catalog), its status and dates. Every problem is reported, not only the first.
 */
export async function validateRecord(record: unknown, ref: Reference): Promise<{ ok: true; row: AcceptedRow } | { ok: false; code: string | null; issues: RowIssue[] }> {
  if (!isObject(record)) return { ok: false, code: null, issues: [issue('', 'Dòng không phải một đối tượng JSON.', 'The row is not a JSON object.')] };
  const issues: RowIssue[] = [];
  const warnings: RowIssue[] = [];
  const code = str(record.code);
  if (!code || !CODE.test(code)) issues.push(issue('code', 'Mã hồ sơ cũ phải có 4–60 ký tự chữ, số, dấu chấm, gạch ngang, gạch dưới.', 'The old dossier code must be 4–60 letters, digits, dots, dashes or underscores.'));
  const agency = record.receivingAgency;
  if (!isObject(agency) || !str(agency.name) || String(agency.name).length > 300) issues.push(issue('receivingAgency/name', 'Thiếu tên cơ quan tiếp nhận cũ.', 'The name of the old receiving agency is missing.'));
  let unit: FormerUnitRef | undefined;
  const unitCode = str(record.receivingUnitCode);
  if (!unitCode || !UNIT_CODE.test(unitCode)) issues.push(issue('receivingUnitCode', 'Mã đơn vị hành chính cũ gồm 2, 3 hoặc 5 chữ số.', 'A former unit code has 2, 3 or 5 digits.'));
  else {
    unit = await ref.formerUnit(unitCode);
    if (!unit) issues.push(issue('receivingUnitCode', `Không có đơn vị hành chính cũ mã «${unitCode}» (hết hiệu lực ngày 30/6/2025) thuộc địa bàn tỉnh.`, `No former unit '${unitCode}' (ended 30 June 2025) lies in this province.`));
  }
  let procedure: ProcedureRef | undefined;
  const p = record.procedure;
  if (!isObject(p) || (!str(p.code) && !str(p.slug))) issues.push(issue('procedure', 'Thiếu mã thủ tục (code hoặc slug).', 'The procedure code (code or slug) is missing.'));
  else {
    procedure = ref.procedure({ code: str(p.code), slug: str(p.slug) });
    const asked = str(p.code) ?? str(p.slug);
    if (!procedure) issues.push(issue('procedure', `Thủ tục «${asked}»${str(p.name) ? ` (${String(p.name)})` : ''} không còn trong danh mục thủ tục hiện hành.`, `Procedure '${asked}' is not in the catalog in force.`));
  }
  checkApplicant(record.applicant, issues, warnings);
  if (record.applicant && isObject(record.applicant) && procedure?.applicantTypes && !procedure.applicantTypes.includes(String(record.applicant.type))) {
    warnings.push(issue('applicant/type', 'Thủ tục hiện hành không dành cho loại người nộp này.', 'The procedure in force is not for this kind of applicant.'));
  }
  const status = parseLegacyStatus(record.status);
  if (!status) issues.push(issue('status', 'Trạng thái phải là số TrangThaiHoSo 1–10 hoặc tên trạng thái (received, processing…).', 'The status must be a TrangThaiHoSo number 1–10 or a status name (received, processing…).'));
  const dates: Record<string, Date | undefined> = {};
  for (const field of ['submittedAt', 'receivedAt', 'dueAt', 'originalDueAt', 'pausedAt', 'paidAt'] as const) {
    if (record[field] === undefined || record[field] === null) continue;
    dates[field] = parseInstant(record[field], field === 'dueAt' || field === 'originalDueAt');
    if (!dates[field]) issues.push(issue(field, 'Thời điểm không hợp lệ (ISO 8601, hoặc YYYY-MM-DD HH:mm, hoặc DD/MM/YYYY HH:mm giờ Việt Nam).', 'Not a valid time (ISO 8601, or YYYY-MM-DD HH:mm, or DD/MM/YYYY HH:mm Vietnam time).'));
  }
  if (!dates.submittedAt && !dates.receivedAt && !issues.some((i) => i.field === 'submittedAt' || i.field === 'receivedAt')) {
    issues.push(issue('receivedAt', 'Thiếu ngày tiếp nhận (receivedAt) hoặc ngày nộp (submittedAt).', 'The date received (receivedAt) or submitted (submittedAt) is missing.'));
  }
  if (dates.receivedAt && dates.dueAt && dates.dueAt < dates.receivedAt) issues.push(issue('dueAt', 'Ngày hẹn trả trước ngày tiếp nhận.', 'The due date is before the date received.'));
  if (record.channel !== undefined && !['in_person', 'online', 'post'].includes(String(record.channel))) issues.push(issue('channel', 'Hình thức nộp phải là in_person, online hoặc post.', 'The channel must be in_person, online or post.'));
  if (record.returnChannel !== undefined && !['receiving_desk', 'competent_desk', 'post', 'online'].includes(String(record.returnChannel))) {
    issues.push(issue('returnChannel', 'Hình thức nhận kết quả phải là receiving_desk, competent_desk, post hoặc online.', 'The return channel must be receiving_desk, competent_desk, post or online.'));
  }
  checkList(record, issues);
  if (issues.length > 0 || !code || !unit || !procedure || !status) return { ok: false, code: code ?? null, issues };
  const received = dates.receivedAt ?? dates.submittedAt!;
  if (received.toISOString() > `${LAST_OLD_DAY}T17:00:00.000Z`) {
    warnings.push(issue('receivedAt', 'Tiếp nhận sau ngày 30/6/2025, khi đơn vị cũ đã chấm dứt hoạt động.', 'Received after 30 June 2025, when the old unit had ended.'));
  }
  if (isUnfinished(status) && status !== 'submitted' && !dates.dueAt) warnings.push(issue('dueAt', 'Thiếu ngày hẹn trả; sẽ tính theo thời hạn của thủ tục.', "No due date: it will be computed from the procedure's time limit."));
  return { ok: true, row: { code, unit, procedure, status, finished: !isUnfinished(status), receivedAt: dates.receivedAt ?? dates.submittedAt ?? null, dueAt: dates.dueAt ?? null, warnings } };
}
