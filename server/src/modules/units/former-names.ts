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
 * The folded full names a typed place name can stand for at a level: "P.1", "P1", "phường 01"
 * and "1" all give "phuong 1" among the candidates; "TP HCM" gives "thanh pho ho chi minh".
 * A name that itself begins with a prefix word (Huyện Quan Hóa, Phường Phương Liệt) is also
 * kept whole, since "Quan Hóa" could be either.
 */
export function candidateNames(input: string, level: UnitLevel): string[] {
  let bare = foldText(input);
  const glued = /^([a-z]+)(\d+)$/.exec(bare);
  if (glued && ABBREVIATIONS[level][glued[1]!]) bare = `${glued[1]} ${glued[2]}`;
  bare = bare.replace(/\b0+(\d)/g, '$1');
  const words = bare.split(' ');
  const abbreviation = ABBREVIATIONS[level][words[0] ?? ''];
  if (abbreviation && words.length > 1) bare = words.slice(1).join(' ');
  const prefix = PREFIXES[level].find((p) => bare.startsWith(`${p} `));
  const bares = prefix ? [bare.slice(prefix.length + 1), bare] : [bare];
  const names = [...new Set(bares.map((b) => ALIASES[b] ?? b))].filter(Boolean);
  return names.flatMap((name) => PREFIXES[level].map((p) => `${p} ${name}`));
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
