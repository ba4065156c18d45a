import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeLike, foldText } from './text.js';

/** Each base letter with the Vietnamese marks it can carry (before a tone). */
const MODIFIERS: Record<string, string[]> = {
  a: ['', '\u0306', '\u0302'], // a ă â
  e: ['', '\u0302'], // e ê
  o: ['', '\u0302', '\u031b'], // o ô ơ
  u: ['', '\u031b'], // u ư
  i: [''],
  y: [''],
};
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323']; // ngang huyền sắc hỏi ngã nặng
const CONSONANTS = 'bcdghklmnpqrstvx'.split('');

/** A Vietnamese letter as people type it, paired with the plain ASCII letter it folds to. */
const letter = fc.oneof(
  fc.tuple(fc.constantFrom(...Object.keys(MODIFIERS)), fc.nat(), fc.constantFrom(...TONES)).map(([base, m, tone]) => {
    const mods = MODIFIERS[base]!;
    return { plain: base, typed: base + mods[m % mods.length]! + tone };
  }),
  fc.constantFrom(...CONSONANTS).map((c) => ({ plain: c, typed: c })),
  fc.constant({ plain: 'd', typed: 'đ' }),
  fc.integer({ min: 0, max: 9 }).map((n) => ({ plain: String(n), typed: String(n) })),
);
const word = fc.array(fc.tuple(letter, fc.boolean()), { minLength: 1, maxLength: 8 }).map((letters) => ({
  plain: letters.map(([l]) => l.plain).join(''),
  typed: letters.map(([l, upper]) => (upper ? l.typed.toUpperCase() : l.typed)).join(''),
}));
const separator = fc.array(fc.constantFrom(' ', '  ', '\t', '\n', '.', ',', '-', '/', '(', ')', '"', '!', '–', '·'), { minLength: 1, maxLength: 3 }).map((s) => s.join(''));
/** A phrase of Vietnamese words with punctuation around and between, and what it must fold to. */
const phrase = fc.tuple(fc.array(fc.tuple(word, separator), { maxLength: 6 }), fc.option(separator, { nil: '' })).map(([parts, lead]) => ({
  expected: parts.map(([w]) => w.plain).join(' '),
  typed: lead + parts.map(([w, sep]) => w.typed + sep).join(''),
}));

describe('foldText', () => {
  it.each([
    ['Phường Ba Đình', 'phuong ba dinh'],
    ['phuong ba dinh', 'phuong ba dinh'],
    ['Thừa Thiên Huế', 'thua thien hue'],
    ['ĐẮK LẮK', 'dak lak'],
    ['Bà Rịa – Vũng Tàu', 'ba ria vung tau'],
    ['  TP.  Hồ Chí Minh!! ', 'tp ho chi minh'],
    ['Phường 01, Quận 3', 'phuong 01 quan 3'],
    ['', ''],
    ['.,;-', ''],
  ])('folds %j to %j', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });

  it('gives the same result for composed (NFC) and decomposed (NFD) input', () => {
    const nfc = 'Thừa Thiên Huế'.normalize('NFC');
    const nfd = 'Thừa Thiên Huế'.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    expect(foldText(nfd)).toBe(foldText(nfc));
  });

  it('keeps letters of other scripts rather than dropping them', () => {
    expect(foldText('Straße Москва')).toBe('straße москва');
  });

  it('folds any Vietnamese phrase to its plain lower-case words, NFC or NFD alike', () => {
    fc.assert(
      fc.property(phrase, ({ typed, expected }) => {
        expect(foldText(typed.normalize('NFC'))).toBe(expected);
        expect(foldText(typed.normalize('NFD'))).toBe(expected);
        expect(expected).toMatch(/^([a-z0-9]+( [a-z0-9]+)*)?$/);
      }),
    );
  });

  it('is idempotent and leaves only letters and digits separated by single spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        const once = foldText(s);
        expect(foldText(once)).toBe(once);
        expect(once).toMatch(/^([\p{L}\p{N}]+( [\p{L}\p{N}]+)*)?$/u);
      }),
    );
  });
});

/** How PostgreSQL reads a LIKE pattern with the default escape character. */
function likeMatches(pattern: string, value: string): boolean {
  const literal = (c: string): string => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\' && i + 1 < pattern.length) source += literal(pattern[++i]!);
    else if (c === '%') source += '[\\s\\S]*';
    else if (c === '_') source += '[\\s\\S]';
    else source += literal(c);
  }
  return new RegExp(`^${source}$`, 'u').test(value);
}

describe('escapeLike', () => {
  it('escapes %, _ and the backslash itself', () => {
    expect(escapeLike('50%_off\\')).toBe('50\\%\\_off\\\\');
    expect(escapeLike('Ba Đình')).toBe('Ba Đình');
  });

  it('makes user input match only itself in a LIKE pattern', () => {
    expect(likeMatches(escapeLike('%'), 'anything')).toBe(false);
    expect(likeMatches(escapeLike('a_c'), 'abc')).toBe(false);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', '%', '_', '\\') }), fc.string({ unit: fc.constantFrom('a', 'b', '%', '_', '\\') }), (s, t) => {
        expect(likeMatches(escapeLike(s), s)).toBe(true);
        expect(likeMatches(escapeLike(s), t)).toBe(s === t);
      }),
    );
  });
});
