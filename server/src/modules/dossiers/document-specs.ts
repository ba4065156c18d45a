import type { LocalizedText } from '../../platform/i18n.js';
import type { Agency } from '../units/schemas.js';
import type { Block, OfficialDocumentSpec, SignatureBlock } from '../signing/pdf/official-document.js';
import type { TransferInstructions } from '../payments/accounts.js';
import { STATUSES } from './statuses.js';
import type { DossierRow, EventRow } from './store.js';
import { applicantName, eventName } from './views.js';

const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const two = (n: number): string => String(n).padStart(2, '0');

/** "15 giờ 30 phút, ngày 24/11/2026" in Vietnam time. */
export function timeAndDay(instant: Date | null): string {
  if (!instant) return '…';
  const l = new Date(instant.getTime() + VIETNAM_OFFSET_MS);
  return `${two(l.getUTCHours())} giờ ${two(l.getUTCMinutes())} phút, ngày ${two(l.getUTCDate())}/${two(l.getUTCMonth() + 1)}/${l.getUTCFullYear()}`;
}

export const vnd = (amount: number): string => `${amount.toLocaleString('vi-VN')} đồng`;

/** Everything a document about a dossier needs to know beyond the dossier row. */
export interface DocumentContext {
  dossier: DossierRow;
  events: Array<EventRow & { seq: number }>;
  agencies: Map<string, Agency>;
  /** The unit name agencies sit in, for "Phường Bến Thành, ngày…" and parents; the province under its two-digit code. */
  unitNames: Map<string, string>;
  number: string | null;
  verifyUrl: string;
  lookupUrl: string;
  qr: (content: string) => Promise<Uint8Array>;
  now: Date;
  procedureTime: LocalizedText;
  /** How to pay what is still owed by transfer (receipts of unpaid dossiers, when the desk has an account). */
  transfer?: TransferInstructions | undefined;
}

const inSentence = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);

/**
 * The issuing block: a service center or a department sits under the People's Committee of
 * its unit; the police are not the committee's but the Ministry's — a province's police
 * under the Ministry of Public Security, a commune's under the province's police.
 */
export function issuerOf(agency: Agency | undefined, unitNames: Map<string, string>, fallback: string): OfficialDocumentSpec['issuer'] {
  if (!agency) return { name: fallback };
  const unit = unitNames.get(agency.unitCode) ?? agency.unitName;
  if (agency.kind === 'peoples_committee') return { name: agency.name };
  if (agency.kind === 'police') {
    const province = [...unitNames].find(([code]) => code.length === 2)?.[1];
    if (agency.level === 'province') return { parent: 'Bộ Công an', name: agency.name };
    return province ? { parent: `Công an ${inSentence(province)}`, name: agency.name } : { name: agency.name };
  }
  return { parent: `Ủy ban nhân dân ${inSentence(unit)}`, name: agency.name };
}

export function placeOf(agency: Agency | undefined, unitNames: Map<string, string>): string {
  return agency ? (unitNames.get(agency.unitCode) ?? agency.unitName) : '';
}

function applicantFields(d: DossierRow): Block[] {
  const a = d.applicant;
  const person = a.type === 'person';
  return [
    { kind: 'field', label: person ? 'Ông/bà' : 'Tổ chức', value: applicantName(d) },
    { kind: 'field', label: person ? 'Số định danh cá nhân' : 'Mã số thuế', value: String(person ? a.nationalId : a.taxCode) },
    ...(a.address ? [{ kind: 'field' as const, label: 'Địa chỉ', value: String(a.address) }] : []),
    ...(a.phone ? [{ kind: 'field' as const, label: 'Số điện thoại', value: String(a.phone) }] : []),
    ...(a.email ? [{ kind: 'field' as const, label: 'Thư điện tử', value: String(a.email) }] : []),
  ];
}

async function codes(c: DocumentContext): Promise<NonNullable<OfficialDocumentSpec['qr']>> {
  return [
    { png: await c.qr(c.lookupUrl), caption: `Tra cứu hồ sơ: ${c.lookupUrl}` },
    { png: await c.qr(c.verifyUrl), caption: `Xác minh văn bản này: ${c.verifyUrl}` },
  ];
}

const actorOf = (c: DocumentContext, action: string): string | undefined => {
  const event = [...c.events].reverse().find((e) => e.action === action);
  return event?.actorName.replace(/\s*\([^)]*\)$/, '');
};

/** Mẫu 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả. */
export async function receiptSpec(c: DocumentContext): Promise<OfficialDocumentSpec> {
  const d = c.dossier;
  const desk = c.agencies.get(d.receivingAgencyCode);
  const received = d.components.items.filter((x) => x.paper || x.eform || x.files.length > 0 || x.fromRecord);
  const returnPlace =
    d.returnChannel === 'post' ? `Qua dịch vụ bưu chính: ${d.postalAddress ?? ''}` : d.returnChannel === 'online' ? 'Trực tuyến, trên Cổng dịch vụ công' : (c.agencies.get(d.steps.at(-1)?.agencyCode ?? '')?.name ?? desk?.name ?? '');
  const unpaid = Number(d.feeTotal) > 0 && !d.paidAt;
  return {
    issuer: issuerOf(desk, c.unitNames, d.receivingAgencyCode),
    ...(c.number ? { number: `Số: ${c.number}` } : {}),
    place: placeOf(desk, c.unitNames),
    date: d.receivedAt ?? d.submittedAt,
    title: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
    subtitle: `Mã hồ sơ: ${d.code}`,
    body: [
      { kind: 'paragraph', text: `${desk?.name ?? 'Bộ phận Một cửa'} tiếp nhận hồ sơ của:` },
      ...applicantFields(d),
      { kind: 'field', label: 'Nội dung yêu cầu giải quyết', value: d.procedureName },
      { kind: 'heading', text: '1. Thành phần hồ sơ nộp gồm:' },
      {
        kind: 'table',
        columns: [{ title: 'TT', share: 0.07, align: 'center' }, { title: 'Tên giấy tờ', share: 0.55 }, { title: 'Hình thức', share: 0.26 }, { title: 'Số lượng', share: 0.12, align: 'center' }],
        rows: received.map((x, i) => [String(i + 1), x.name.vi, x.eform ? 'Tờ khai điện tử' : x.fromRecord ? 'Dữ liệu đã có' : x.files.length > 0 ? 'Bản điện tử' : 'Bản giấy', x.files.length > 1 ? String(x.files.length) : '1']),
      },
      { kind: 'paragraph', text: '2. Số lượng hồ sơ: 01 (bộ).' },
      { kind: 'paragraph', text: `3. Thời gian giải quyết hồ sơ theo quy định là: ${c.procedureTime.vi}.` },
      { kind: 'paragraph', text: `4. Thời gian nhận hồ sơ: ${timeAndDay(d.receivedAt ?? d.submittedAt)}.` },
      { kind: 'paragraph', text: `5. Thời gian trả kết quả giải quyết hồ sơ: ${timeAndDay(d.dueAt)}.` },
      { kind: 'paragraph', text: `6. Đăng ký nhận kết quả tại: ${returnPlace}.` },
      ...(Number(d.feeTotal) > 0 ? [{ kind: 'paragraph' as const, text: `7. Phí, lệ phí: ${vnd(Number(d.feeTotal))}${d.paidAt ? ' (đã nộp).' : ' (chưa nộp).'}` }] : []),
      { kind: 'paragraph', style: 'italic', text: 'Vào sổ theo dõi hồ sơ, Quyển số: … Số thứ tự: …' },
    ],
    signatures: [
      { title: 'NGƯỜI NỘP HỒ SƠ', note: d.channel === 'online' ? '(Nộp trực tuyến)' : '(Ký và ghi rõ họ tên)' },
      { title: 'NGƯỜI TIẾP NHẬN HỒ SƠ', note: '(Ký điện tử)', ...(actorOf(c, 'received') ?? actorOf(c, 'accept') ? { name: (actorOf(c, 'received') ?? actorOf(c, 'accept'))! } : {}) },
    ],
    qr: [...(await codes(c)), ...(unpaid && c.transfer ? [{ png: await c.qr(c.transfer.vietQr), caption: `Nộp phí bằng VietQR: ${vnd(c.transfer.amount)}, ${c.transfer.bankName} ${c.transfer.accountNumber}, nội dung ${c.transfer.content}` }] : [])],
    ...(unpaid ? { footer: [c.transfer ? `Quét mã VietQR bằng ứng dụng ngân hàng để nộp phí, lệ phí (giữ nguyên nội dung chuyển khoản ${c.transfer.content}), hoặc nộp tại quầy.` : 'Phí, lệ phí chưa nộp được nộp tại quầy hoặc trực tuyến trên Cổng dịch vụ công.'] } : {}),
  };
}

/** Mẫu 02: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ. */
export async function supplementRequestSpec(c: DocumentContext, event: EventRow): Promise<OfficialDocumentSpec> {
  const d = c.dossier;
  const issuer = c.agencies.get(event.agencyCode ?? d.receivingAgencyCode);
  const missing = (event.data.missing as string[] | undefined) ?? [];
  return {
    issuer: issuerOf(issuer, c.unitNames, d.receivingAgencyCode),
    ...(c.number ? { number: `Số: ${c.number}` } : {}),
    place: placeOf(issuer, c.unitNames),
    date: event.occurredAt,
    title: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ',
    subtitle: `Mã hồ sơ: ${d.code}`,
    body: [
      { kind: 'paragraph', text: `${issuer?.name ?? ''} đã tiếp nhận hồ sơ của:` },
      ...applicantFields(d),
      { kind: 'field', label: 'Nội dung yêu cầu giải quyết', value: d.procedureName },
      { kind: 'paragraph', text: 'Yêu cầu bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:' },
      { kind: 'list', items: missing },
      ...(event.comment ? [{ kind: 'field' as const, label: 'Lý do', value: event.comment }] : []),
      { kind: 'paragraph', text: 'Thời gian chờ bổ sung không tính vào thời hạn giải quyết. Trong quá trình hoàn thiện hồ sơ nếu có vướng mắc, ông/bà liên hệ Bộ phận Một cửa nơi nộp hồ sơ để được hướng dẫn.' },
    ],
    signatures: [{ title: 'NGƯỜI HƯỚNG DẪN', note: '(Ký điện tử)', ...(event.actorName ? { name: event.actorName.replace(/\s*\([^)]*\)$/, '') } : {}) }],
    qr: await codes(c),
  };
}

/** Mẫu 03: Phiếu từ chối tiếp nhận, giải quyết hồ sơ. */
export async function refusalSpec(c: DocumentContext, event: EventRow): Promise<OfficialDocumentSpec> {
  const d = c.dossier;
  const atIntake = event.action === 'reject';
  const issuer = c.agencies.get(atIntake ? d.receivingAgencyCode : d.competentAgencyCode);
  return {
    issuer: issuerOf(issuer, c.unitNames, d.receivingAgencyCode),
    ...(c.number ? { number: `Số: ${c.number}` } : {}),
    place: placeOf(issuer, c.unitNames),
    date: event.occurredAt,
    title: 'Phiếu từ chối tiếp nhận, giải quyết hồ sơ',
    subtitle: `Mã hồ sơ: ${d.code}`,
    body: [
      { kind: 'paragraph', text: `${issuer?.name ?? ''} ${atIntake ? 'tiếp nhận' : 'giải quyết'} hồ sơ của:` },
      ...applicantFields(d),
      { kind: 'field', label: 'Nội dung yêu cầu giải quyết', value: d.procedureName },
      { kind: 'paragraph', text: `Sau khi xem xét, ${issuer?.name ?? 'cơ quan'} ${atIntake ? 'không tiếp nhận' : 'không giải quyết'} hồ sơ này với lý do:` },
      { kind: 'paragraph', text: event.comment ?? '…', style: 'italic', indent: true },
      { kind: 'paragraph', text: 'Xin thông báo để ông/bà được biết và thực hiện.' },
    ],
    signatures: [{ title: atIntake ? 'NGƯỜI TIẾP NHẬN HỒ SƠ' : 'LÃNH ĐẠO CƠ QUAN', note: '(Ký điện tử)', ...(event.actorName ? { name: event.actorName.replace(/\s*\([^)]*\)$/, '') } : {}) }],
    qr: await codes(c),
  };
}

/** Mẫu 04: Phiếu xin lỗi và hẹn lại ngày trả kết quả — from the agency at fault. */
export async function apologySpec(c: DocumentContext, event: EventRow): Promise<OfficialDocumentSpec> {
  const d = c.dossier;
  const issuer = c.agencies.get(d.competentAgencyCode);
  const previous = event.data.previousDueAt ? new Date(String(event.data.previousDueAt)) : d.originalDueAt;
  const next = event.data.newDueAt ? new Date(String(event.data.newDueAt)) : d.dueAt;
  return {
    issuer: issuerOf(issuer, c.unitNames, d.competentAgencyCode),
    ...(c.number ? { number: `Số: ${c.number}` } : {}),
    place: placeOf(issuer, c.unitNames),
    date: event.occurredAt,
    title: 'Phiếu xin lỗi và hẹn lại ngày trả kết quả',
    subtitle: `Mã hồ sơ: ${d.code}`,
    body: [
      { kind: 'paragraph', text: `Ngày ${timeAndDay(d.receivedAt).replace(/^.*ngày /, '')}, ${c.agencies.get(d.receivingAgencyCode)?.name ?? ''} tiếp nhận hồ sơ đề nghị ${d.procedureName.toLowerCase()} của ông/bà ${applicantName(d)}.` },
      { kind: 'paragraph', text: `Theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả, thời gian trả kết quả giải quyết hồ sơ là ${timeAndDay(previous)}.` },
      { kind: 'paragraph', text: `Tuy nhiên đến nay, ${issuer?.name ?? 'cơ quan'} chưa trả kết quả giải quyết hồ sơ cho ông/bà. Lý do: ${event.comment ?? '…'}` },
      { kind: 'paragraph', text: `Sự chậm trễ này đã gây phiền hà, tốn kém chi phí đi lại của ông/bà. ${issuer?.name ?? 'Cơ quan'} xin lỗi ông/bà và hẹn lại thời gian trả kết quả là ${timeAndDay(next)}.` },
      { kind: 'paragraph', text: 'Kính mong nhận được sự thông cảm của ông/bà.' },
    ],
    signatures: [{ title: 'LÃNH ĐẠO CƠ QUAN', note: '(Ký điện tử)', ...(event.actorName ? { name: event.actorName.replace(/\s*\([^)]*\)$/, '') } : {}) }],
    qr: await codes(c),
  };
}

/** Mẫu 05: Phiếu kiểm soát quá trình giải quyết hồ sơ — every hand-over between agencies and steps. */
export async function controlSlipSpec(c: DocumentContext): Promise<OfficialDocumentSpec> {
  const d = c.dossier;
  const desk = c.agencies.get(d.receivingAgencyCode);
  return {
    issuer: issuerOf(desk, c.unitNames, d.receivingAgencyCode),
    place: placeOf(desk, c.unitNames),
    date: c.now,
    title: 'Phiếu kiểm soát quá trình giải quyết hồ sơ',
    subtitle: `Mã hồ sơ: ${d.code}`,
    body: [
      { kind: 'field', label: 'Cơ quan (bộ phận) giải quyết hồ sơ', value: c.agencies.get(d.competentAgencyCode)?.name ?? d.competentAgencyCode },
      { kind: 'field', label: 'Cơ quan phối hợp giải quyết hồ sơ', value: '' },
      { kind: 'field', label: 'Thủ tục', value: d.procedureName },
      { kind: 'field', label: 'Người nộp', value: applicantName(d) },
      {
        kind: 'table',
        columns: [{ title: 'Tên cơ quan', share: 0.3 }, { title: 'Thời gian giao, nhận hồ sơ', share: 0.25 }, { title: 'Kết quả giải quyết hồ sơ', share: 0.25 }, { title: 'Ghi chú', share: 0.2 }],
        rows: c.events.map((e) => [c.agencies.get(e.agencyCode ?? '')?.name ?? e.agencyCode ?? '', `${timeAndDay(e.occurredAt)}\n${e.actorName.replace(/\s*\([^)]*\)$/, '')}`, `${eventName(e.action).vi} → ${STATUSES[e.toStatus].name.vi}`, e.comment ?? '']),
      },
    ],
    signatures: [{ title: 'BỘ PHẬN MỘT CỬA', note: '(Ký điện tử)' }],
    qr: await codes(c),
  };
}

export type { SignatureBlock };

/** Biên lai thu phí, lệ phí: what was paid for the dossier, how, and when. */
export async function paymentReceiptSpec(c: DocumentContext, event: EventRow, amountInWords: (n: number) => string): Promise<OfficialDocumentSpec> {
  const d = c.dossier;
  const desk = c.agencies.get(d.receivingAgencyCode);
  const amount = Number(event.data.amount ?? 0);
  const method = event.data.method === 'bank_transfer' ? 'Chuyển khoản (VietQR)' : 'Tiền mặt tại quầy';
  return {
    issuer: issuerOf(desk, c.unitNames, d.receivingAgencyCode),
    ...(c.number ? { number: `Số: ${c.number}` } : {}),
    place: placeOf(desk, c.unitNames),
    date: event.occurredAt,
    title: 'Biên lai thu phí, lệ phí',
    subtitle: `Mã hồ sơ: ${d.code}`,
    body: [
      { kind: 'field', label: 'Đơn vị thu', value: desk?.name ?? d.receivingAgencyCode },
      { kind: 'field', label: 'Họ tên người nộp', value: applicantName(d) },
      { kind: 'field', label: 'Nội dung', value: `Phí, lệ phí thủ tục ${d.procedureName}` },
      { kind: 'field', label: 'Số tiền', value: vnd(amount) },
      { kind: 'field', label: 'Bằng chữ', value: amountInWords(amount) },
      { kind: 'field', label: 'Hình thức thanh toán', value: method },
      ...(event.data.transactionId ? [{ kind: 'field' as const, label: 'Mã giao dịch', value: String(event.data.transactionId) }] : []),
      { kind: 'field', label: 'Thời điểm thanh toán', value: timeAndDay(event.data.paidAt ? new Date(String(event.data.paidAt)) : event.occurredAt) },
    ],
    signatures: [{ title: 'ĐƠN VỊ THU', note: '(Ký số)' }],
    qr: await codes(c),
  };
}
