import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { parse } from 'csv-parse/sync';
import { dataPath } from '../../platform/paths.js';
import { CSV_COLUMNS } from './parse.js';

/**
 * Realistic exports of the old one-stop systems of Hồ Chí Minh City's districts (before
 * 1 July 2025), for tests and the benchmark: the real old districts and communes
 * (data/units), every procedure of the starter catalog (data/catalog), Vietnamese names,
 * addresses written the several ways old systems held them, histories, files, fees.
 * Deterministic for a seed. Alongside each row it says what the address really was, so a
 * test can check where the row must land without trusting the code that decides it.
 */

export interface GeneratorOptions {
  /** Old district codes (e.g. 760 Quận 1, 787 Huyện Cần Giờ); default: every old district of old HCMC (79). */
  districts?: string[];
  size: number;
  seed?: number;
  /** Share of rows still unfinished in the old system (the rest are finished: history only). Default 0.8. */
  unfinishedShare?: number;
}

/** What the generator knows of a row beyond what it wrote. */
export interface RowTruth {
  /** The old commune the applicant lives in (or the matter lies in). */
  communeCode: string;
  /** Whether the written address names that commune (else it only names the district). */
  addressNamesCommune: boolean;
}

interface OldUnit {
  code: string;
  name: string;
  parent: string;
}

interface Procedure {
  slug: string;
  code: string | null;
  name: string;
  level: 'province' | 'commune';
  field: string;
  days: number;
  applicantTypes: string[];
  fee: { name: string; amount: number } | null;
  components: string[];
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Ngọc', 'Thanh', 'Hữu', 'Đức', 'Thu', 'Quốc', 'Kim', 'Gia', 'Hoài'];
const GIVEN = ['An', 'Bình', 'Cúc', 'Dũng', 'Hà', 'Hải', 'Hùng', 'Lan', 'Linh', 'Long', 'Mai', 'Nam', 'Phúc', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Trang', 'Tuấn', 'Vy', 'Yến', 'Khang', 'Nhung', 'Duyên'];
const STREETS = ['Lê Lợi', 'Nguyễn Huệ', 'Hai Bà Trưng', 'Trần Hưng Đạo', 'Lý Tự Trọng', 'Điện Biên Phủ', 'Rừng Sác', 'Duyên Hải', 'Nguyễn Thị Minh Khai', 'Pasteur', 'Cô Bắc', 'Đề Thám'];
const COMPANIES = ['Sài Gòn Xanh', 'Phương Nam', 'Bến Thành', 'Cần Giờ Biển', 'Thành Công', 'Hòa Bình', 'Đại Việt', 'Minh Phát'];
const COMMUNE_LEVEL_AT_COMMUNE = new Set(['civil-status', 'certification', 'residence', 'social-protection', 'people-with-merit', 'culture', 'emulation-reward']);

function oldUnits(): { districts: Map<string, OldUnit>; communes: OldUnit[] } {
  const rows = parse(readFileSync(dataPath('units', 'units.csv')), { columns: true }) as Array<{ code: string; level: string; name: string; parent_code: string; province_code: string; valid_to: string }>;
  const old = rows.filter((r) => r.valid_to === '2025-06-30' && r.province_code === '79');
  return {
    districts: new Map(old.filter((r) => r.level === 'district').map((r) => [r.code, { code: r.code, name: r.name, parent: '79' }])),
    communes: old.filter((r) => r.level === 'commune').map((r) => ({ code: r.code, name: r.name, parent: r.parent_code })),
  };
}

function procedures(): Procedure[] {
  return readdirSync(dataPath('catalog', 'procedures'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const p = JSON.parse(readFileSync(dataPath('catalog', 'procedures', f), 'utf8')) as {
        slug: string;
        code: string | null;
        name: { vi: string };
        level: 'province' | 'commune';
        field: string;
        processingTime: { kind: string; days?: number };
        applicantTypes: string[];
        fees: Array<{ name: { vi: string }; amount: number }>;
        components: Array<{ key: string }>;
      };
      return {
        slug: p.slug,
        code: p.code,
        name: p.name.vi,
        level: p.level,
        field: p.field,
        days: p.processingTime.kind === 'working_days' ? (p.processingTime.days ?? 1) : 0,
        applicantTypes: p.applicantTypes,
        fee: p.fees[0] ? { name: p.fees[0].name.vi, amount: p.fees[0].amount } : null,
        components: p.components.map((c) => c.key),
      };
    });
}

const two = (n: number): string => String(n).padStart(2, '0');
/** "YYYY-MM-DDTHH:mm:00+07:00" for a Vietnam-local day number (days since 1970-01-01) and minute of day. */
const localIso = (day: number, minute: number): string => {
  const d = new Date(day * 86_400_000);
  return `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}T${two(Math.floor(minute / 60))}:${two(minute % 60)}:00+07:00`;
};
const weekday = (day: number): number => new Date(day * 86_400_000).getUTCDay();
const addWorkingDays = (day: number, n: number): number => {
  let d = day;
  for (let left = n; left > 0; ) {
    d += 1;
    if (weekday(d) !== 0 && weekday(d) !== 6) left -= 1;
  }
  return d;
};

/** Rows of an export with what the generator knows about each. */
export function* generateLegacyRows(options: GeneratorOptions): Generator<{ record: Record<string, unknown>; truth: RowTruth }> {
  const random = mulberry32(options.seed ?? 2025);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const { districts: allDistricts, communes: allCommunes } = oldUnits();
  const districtCodes = options.districts ?? [...allDistricts.keys()];
  const districts = districtCodes.map((c) => {
    const d = allDistricts.get(c);
    if (!d) throw new Error(`no old district ${c} in old Hồ Chí Minh City`);
    return { ...d, communes: allCommunes.filter((x) => x.parent === c) };
  });
  const catalog = procedures();
  const atCommune = catalog.filter((p) => p.level === 'commune' && COMMUNE_LEVEL_AT_COMMUNE.has(p.field));
  const unfinishedShare = options.unfinishedShare ?? 0.8;
  const counters = new Map<string, number>();
  const firstDay = Date.UTC(2025, 3, 1) / 86_400_000;
  const lastDay = Date.UTC(2025, 5, 30) / 86_400_000;
  for (let i = 0; i < options.size; i++) {
    const district = districts[i % districts.length]!;
    const commune = pick(district.communes);
    const atCommuneDesk = random() < 0.5;
    const procedure = atCommuneDesk ? pick(atCommune) : pick(catalog);
    const receivingUnit = atCommuneDesk ? commune : district;
    const communeIndex = district.communes.indexOf(commune) + 1;
    const agencyId = atCommuneDesk ? `000.${two(communeIndex)}.${district.code.slice(-2)}.H29` : `000.00.${district.code.slice(-2)}.H29`;
    const agencyName = `${atCommuneDesk ? 'UBND' : 'Bộ phận Một cửa UBND'} ${receivingUnit.name}`;
    let day = firstDay + Math.floor(random() * (lastDay - firstDay + 1));
    while (weekday(day) === 0 || weekday(day) === 6) day -= 1;
    const seqKey = `${agencyId}|${day}`;
    const seq = (counters.get(seqKey) ?? 0) + 1;
    counters.set(seqKey, seq);
    const ymd = new Date(day * 86_400_000).toISOString().slice(2, 10).replace(/-/g, '');
    const code = `${agencyId}-${ymd}-${String(seq).padStart(4, '0')}`;
    const receivedMinute = 7 * 60 + 30 + Math.floor(random() * 9 * 60);
    const due = localIso(addWorkingDays(day, Math.max(procedure.days, 0)), 17 * 60);
    const organisation = !procedure.applicantTypes.includes('person') || (procedure.applicantTypes.includes('organisation') && random() < 0.2);
    const fullName = `${pick(SURNAMES)} ${pick(MIDDLE)} ${pick(GIVEN)}`;
    const nationalId = `079${String(Math.floor(random() * 1e9)).padStart(9, '0')}`;
    const street = `${1 + Math.floor(random() * 200)} ${pick(STREETS)}`;
    // How the old system held the address: structured names, a commune code, a written line, or only the district.
    const style = random();
    const addressNamesCommune = style < 0.9;
    const address =
      style < 0.6
        ? { text: street, commune: commune.name, district: district.name, province: 'Thành phố Hồ Chí Minh' }
        : style < 0.75
          ? { communeCode: commune.code, text: street }
          : style < 0.9
            ? { text: `${street}, ${commune.name}, ${district.name}, TP. Hồ Chí Minh` }
            : { text: `${street}, ${district.name}, TP. Hồ Chí Minh` };
    const unfinished = random() < unfinishedShare;
    const roll = random();
    const status = unfinished ? (roll < 0.25 ? 2 : roll < 0.8 ? 4 : roll < 0.9 ? 5 : roll < 0.94 ? 6 : 9) : roll < 0.7 ? 10 : roll < 0.8 ? 3 : roll < 0.9 ? 7 : 8;
    const received = localIso(day, receivedMinute);
    const history: Array<Record<string, unknown>> = [{ at: received, action: 'received', actor: `Cán bộ một cửa ${receivingUnit.name}`, status: 2, note: 'Tiếp nhận hồ sơ tại quầy' }];
    if (status !== 2) history.push({ at: localIso(day, Math.min(receivedMinute + 45, 17 * 60)), action: 'Chuyển phòng chuyên môn', actor: `Bộ phận một cửa ${receivingUnit.name}`, status: 4 });
    if (status === 5) history.push({ at: localIso(addWorkingDays(day, 1), 9 * 60), action: 'request_supplement', actor: 'Chuyên viên', status: 5, note: 'Bổ sung giấy tờ chứng minh nơi cư trú' });
    if (status === 9 || status === 10) history.push({ at: localIso(addWorkingDays(day, Math.max(0, procedure.days - 1)), 15 * 60), action: 'approve', actor: 'Lãnh đạo', status: 9 });
    const files = random() < 0.6 ? [{ name: 'Bản scan hồ sơ.pdf', path: `scan/2025/${code}/1.pdf`, sha256: [...Array(64)].map(() => '0123456789abcdef'[Math.floor(random() * 16)]).join(''), component: pick(procedure.components) }] : [];
    const record: Record<string, unknown> = {
      code,
      receivingAgency: { code: agencyId, name: agencyName },
      receivingUnitCode: receivingUnit.code,
      procedure: { code: procedure.code ?? undefined, slug: procedure.slug, name: procedure.name },
      applicant: organisation
        ? { type: 'organisation', orgName: `Công ty TNHH ${pick(COMPANIES)} ${1 + Math.floor(random() * 99)}`, taxCode: `03${String(Math.floor(random() * 1e8)).padStart(8, '0')}`, representative: { fullName, nationalId }, phone: `09${String(Math.floor(random() * 1e8)).padStart(8, '0')}`, address }
        : { type: 'person', fullName, nationalId, ...(random() < 0.7 ? { phone: `09${String(Math.floor(random() * 1e8)).padStart(8, '0')}` } : {}), ...(random() < 0.3 ? { email: `nguoidan${i}@example.com` } : {}), address },
      channel: random() < 0.85 ? 'in_person' : 'online',
      receivedAt: received,
      dueAt: due,
      status,
      history,
      files,
      fees: procedure.fee && procedure.fee.amount > 0 ? [{ name: procedure.fee.name, amount: procedure.fee.amount, quantity: 1 }] : [],
    };
    yield { record, truth: { communeCode: commune.code, addressNamesCommune } };
  }
}

const csvCell = (v: unknown): string => {
  if (v === undefined || v === null) return '';
  const s = typeof v === 'object' ? JSON.stringify(v) : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** A generated row as a CSV line of the documented columns. */
export function toCsvLine(r: Record<string, unknown>): string {
  const a = r.applicant as Record<string, unknown>;
  const addr = (a.address ?? {}) as Record<string, unknown>;
  const p = r.procedure as Record<string, unknown>;
  const agency = r.receivingAgency as Record<string, unknown>;
  const rep = (a.representative ?? {}) as Record<string, unknown>;
  const values: Record<string, unknown> = {
    code: r.code,
    receiving_agency_code: agency.code,
    receiving_agency_name: agency.name,
    receiving_unit_code: r.receivingUnitCode,
    procedure_code: p.code,
    procedure_slug: p.slug,
    procedure_name: p.name,
    applicant_type: a.type,
    applicant_name: a.type === 'organisation' ? a.orgName : a.fullName,
    applicant_national_id: a.nationalId,
    applicant_tax_code: a.taxCode,
    representative_name: rep.fullName,
    representative_national_id: rep.nationalId,
    applicant_phone: a.phone,
    applicant_email: a.email,
    address_text: addr.text,
    address_commune_code: addr.communeCode,
    address_commune: addr.commune,
    address_district: addr.district,
    address_province: addr.province,
    channel: r.channel,
    return_channel: r.returnChannel,
    postal_address: r.postalAddress,
    submitted_at: r.submittedAt,
    received_at: r.receivedAt,
    due_at: r.dueAt,
    original_due_at: r.originalDueAt,
    paused_at: r.pausedAt,
    status: r.status,
    paid_at: r.paidAt,
    history: r.history,
    files: r.files,
    fees: r.fees,
    form_data: r.formData,
  };
  return CSV_COLUMNS.map((c) => csvCell(values[c])).join(',');
}

/** Writes a generated export (JSON Lines or CSV) to a file; returns the truth of every row when asked. */
export async function writeLegacyExport(path: string, format: 'jsonl' | 'csv', options: GeneratorOptions, keepTruth = false): Promise<{ rows: number; truth: Map<string, RowTruth> }> {
  const out = createWriteStream(path);
  const truth = new Map<string, RowTruth>();
  let rows = 0;
  let buffer = format === 'csv' ? `${CSV_COLUMNS.join(',')}\n` : '';
  for (const row of generateLegacyRows(options)) {
    buffer += `${format === 'csv' ? toCsvLine(row.record) : JSON.stringify(row.record)}\n`;
    if (keepTruth) truth.set(String(row.record.code), row.truth);
    rows += 1;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
  return { rows, truth };
}
