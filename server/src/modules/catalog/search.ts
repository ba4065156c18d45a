import { foldText } from '../../platform/text.js';

/**
 * Words for searching: folded (no diacritics, lower case) and with y written as i, since
 * Vietnamese spells many words either way (ký/kí, lý/lí, Mỹ/Mĩ).
 */
export function searchWords(value: string): string[] {
  return foldText(value)
    .split(' ')
    .flatMap((word) => (ABBREVIATIONS[word] ?? word).split(' '))
    .map((word) => word.replace(/y/g, 'i'))
    .filter(Boolean);
}

/** Abbreviations people type for words of procedure names. */
const ABBREVIATIONS: Record<string, string> = {
  bhyt: 'bao hiem y te',
  bhxh: 'bao hiem xa hoi',
  gcn: 'giay chung nhan',
  gpxd: 'giay phep xay dung',
  qsdd: 'quyen su dung dat',
  hkd: 'ho kinh doanh',
  cccd: 'can cuoc cong dan',
  attp: 'an toan thuc pham',
  llpt: 'ly lich tu phap',
  lltp: 'ly lich tu phap',
  gplx: 'giay phep lai xe',
  tnhh: 'trach nhiem huu han',
};

/** Levenshtein distance, stopping early once it exceeds `max`. */
function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return false;
    previous = current;
  }
  return previous[b.length]! <= max;
}

/** How well one typed word matches one word of a name: exact 1, started 0.9, one typo 0.75. */
function wordMatch(typed: string, word: string, isLastTyped: boolean): number {
  if (typed === word) return 1;
  if (isLastTyped && typed.length >= 2 && word.startsWith(typed)) return 0.9;
  if (typed.length >= 4 && word.length >= 4 && withinEdits(typed, word, 1)) return 0.75;
  return 0;
}

/**
 * Scores a procedure for a search: every typed word must match a word of the name or,
 * weaker, of its other texts (field, result, code); a typo of one letter in a word of four
 * or more letters still matches ("khai sanh" finds "khai sinh"). The whole phrase found
 * in the name scores highest. 0 means no match. Scores are integers for stable paging.
 */
export function searchScore(query: string[], name: string[], other: string[]): number {
  if (query.length === 0) return 0;
  let total = 0;
  for (const [i, typed] of query.entries()) {
    const last = i === query.length - 1;
    const inName = Math.max(0, ...name.map((w) => wordMatch(typed, w, last)));
    const inOther = 0.6 * Math.max(0, ...other.map((w) => wordMatch(typed, w, last)));
    const best = Math.max(inName, inOther);
    if (best === 0) return 0;
    total += best;
  }
  const phrase = ` ${name.join(' ')} `.includes(` ${query.join(' ')} `) ? 0.5 : 0;
  const coverage = query.length / Math.max(name.length, query.length);
  return Math.round((total / query.length + phrase + 0.1 * coverage) * 1000);
}
