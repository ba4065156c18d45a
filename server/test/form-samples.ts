/**
 * Realistic sample data for an e-form of the starter catalog, built from its JSON Schema:
 * a field's `examples` or first choice, its format or pattern (dates, 12-digit personal ID
 * numbers, tax codes, phone numbers), and otherwise a Vietnamese value chosen by the
 * field's name (people's names, addresses) or its title. Every property is filled, one
 * item per list, so a template placeholder that names a field always finds a value.
 */

type Schema = {
  type?: string | string[];
  title?: string;
  format?: string;
  pattern?: string;
  enum?: unknown[];
  examples?: unknown[];
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  properties?: Record<string, Schema>;
  items?: Schema;
};

const PERSON = 'Nguyễn Văn An';
const ADDRESS = 'Số 12 đường Lê Lợi, phường Bến Thành, Thành phố Hồ Chí Minh';

/** A valid value for each pattern the catalog's forms use; a new pattern must be added here. */
const PATTERNS: Record<string, string> = {
  '^[0-9]{12}$': '079090001234',
  '^([0-9]{10}|[0-9]{13})$': '0312345678',
  '^([0-9]{10}|[0-9]{12}|[0-9]{13})$': '0312345678',
  '^(\\+84|0)[0-9]{8,10}$': '0901234567',
  '^\\+?[0-9]{9,14}$': '0901234567',
  '^(0[1-9]|1[0-2])/[0-9]{4}$': '01/2020',
  '^(0[1-9]|[12][0-9]|3[01])/(0[1-9]|1[0-2])$': '01/01',
  '^[0-9]{4,5}$': '4711',
  '^([0-9]{4}|[0-9]{2}/[0-9]{2}/[0-9]{4})$': '1985',
  '^([01][0-9]|2[0-3]):[0-5][0-9]$': '14:30',
  '^[0-9]{6,30}$': '0123456789',
};

function stringFor(name: string, s: Schema): string {
  if (s.format === 'date') return /ngaySinh/i.test(name) ? '1985-03-12' : /HetHan|DenNgay/i.test(name) ? '2027-05-31' : '2026-11-20';
  if (s.format === 'email') return 'lienhe@example.vn';
  if (s.format === 'uri') return 'https://example.vn';
  if (s.pattern) {
    const known = PATTERNS[s.pattern];
    if (known === undefined) throw new Error(`form-samples: no sample for the pattern ${s.pattern} of ${name}`);
    return known;
  }
  let value: string;
  if (/^(hoTen|nguoiDaiDien|chuCoSo|tenChuSoHuu)/.test(name)) value = PERSON;
  else if (/diaChi|noiCuTru|noiThuongTru|noiTamTru|noiOHienTai|diaDiem|noiSinh|queQuan|noiDen/i.test(name)) value = ADDRESS;
  else if (/^(ten|kinhGui)/.test(name)) value = `${(s.title ?? name).replace(/\s*\(.*\)$/, '')} Minh An`;
  else value = `${(s.title ?? name).replace(/\s*\(.*\)$/, '')}: nội dung mẫu`;
  return s.maxLength ? value.slice(0, s.maxLength) : value;
}

function sampleValue(name: string, s: Schema): unknown {
  if (s.examples?.length) return s.examples[0];
  if (s.enum?.length) return s.enum[0];
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  switch (type) {
    case 'string':
      return stringFor(name, s);
    case 'integer':
      if (/^nam/.test(name)) return (s.minimum ?? 0) > 1985 ? 2026 : 1985;
      if (/^von/.test(name)) return 500_000_000;
      return Math.max(s.minimum ?? 2, Math.min(2, s.maximum ?? 2));
    case 'number':
      return Math.max(s.minimum ?? 0, Math.min(120.5, s.maximum ?? 120.5));
    case 'boolean':
      return true;
    case 'array':
      return s.items ? [sampleValue(name, s.items)] : [];
    case 'object':
      return sampleObject(s);
    default:
      return undefined;
  }
}

/** Sample data for a form schema: every property filled. */
export function sampleObject(schema: Schema): Record<string, unknown> {
  return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([name, property]) => [name, sampleValue(name, property)]));
}
