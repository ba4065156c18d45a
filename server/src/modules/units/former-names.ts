import { foldText } from '../../platform/text.js';
import type { UnitLevel } from './schemas.js';

/** Words that open a unit's name at each level, folded ("thanh pho" for both a city and a province). */
const PREFIXES: Record<UnitLevel, string[]> = {
  province: ['tinh', 'thanh pho'],
  district: ['quan', 'huyen', 'thi xa', 'thanh pho'],
  commune: ['phuong', 'xa', 'thi tran', 'dac khu'],
};

/** Short forms people write in addresses, mapped to the prefix they stand for. */
const ABBREVIATIONS: Record<UnitLevel, Record<string, string>> = {
  province: { tp: 'thanh pho' },
  district: { q: 'quan', h: 'huyen', tx: 'thi xa', tp: 'thanh pho' },
  commune: { p: 'phuong', x: 'xa', tt: 'thi tran' },
};

const ALIASES: Record<string, string> = { hcm: 'ho chi minh', tphcm: 'ho chi minh', 'sai gon': 'ho chi minh' };

/**
 * The folded full names a typed place name can stand for at a level: "P.1", "phường 01"
 * and "1" all give "phuong 1" among the candidates; "TP HCM" gives "thanh pho ho chi minh".
 */
export function candidateNames(input: string, level: UnitLevel): string[] {
  let bare = foldText(input).replace(/\b0+(\d)/g, '$1');
  const words = bare.split(' ');
  const abbreviation = ABBREVIATIONS[level][words[0] ?? ''];
  if (abbreviation && words.length > 1) bare = words.slice(1).join(' ');
  for (const prefix of PREFIXES[level]) {
    if (bare.startsWith(`${prefix} `)) {
      bare = bare.slice(prefix.length + 1);
      break;
    }
  }
  bare = ALIASES[bare] ?? bare;
  if (!bare) return [];
  return PREFIXES[level].map((prefix) => `${prefix} ${bare}`);
}

/** The level a statistics code belongs to, by its length. */
export function levelOfCode(code: string): UnitLevel {
  return code.length === 2 ? 'province' : code.length === 3 ? 'district' : 'commune';
}

/** The day before a 'YYYY-MM-DD' date. */
export function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
