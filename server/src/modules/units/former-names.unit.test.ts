import { describe, expect, it } from 'vitest';
import { candidateNames, dayBefore, levelOfCode } from './former-names.js';

describe('candidateNames', () => {
  it.each(['P.1', 'p1', 'P01', 'P. 01', 'phường 01', 'Phường 1', 'PHUONG 1', '1', '01'])('reads commune %j as "phuong 1"', (input) => {
    expect(candidateNames(input, 'commune')).toContain('phuong 1');
  });

  it('drops leading zeros only, not zeros inside a number', () => {
    expect(candidateNames('Phường 10', 'commune')).toContain('phuong 10');
    expect(candidateNames('P.010', 'commune')).toContain('phuong 10');
    expect(candidateNames('Phường 10', 'commune')).not.toContain('phuong 1');
  });

  it('offers every commune prefix for a bare name', () => {
    expect(candidateNames('Tân An', 'commune')).toEqual(['phuong tan an', 'xa tan an', 'thi tran tan an', 'dac khu tan an']);
  });

  it.each(['Xã Tân An', 'X. Tân An', 'xa tan an', 'Tân An'])('keeps every word of the name in %j', (input) => {
    expect(candidateNames(input, 'commune')).toContain('xa tan an');
  });

  it('keeps a name that itself begins with a prefix word', () => {
    // Huyện Quan Hóa, Phường Phương Liệt and Xã Xa Dung are real units (data/units/units.csv).
    expect(candidateNames('Quan Hóa', 'district')).toContain('huyen quan hoa');
    expect(candidateNames('Huyện Quan Hóa', 'district')).toContain('huyen quan hoa');
    expect(candidateNames('Phương Liệt', 'commune')).toContain('phuong phuong liet');
    expect(candidateNames('Xa Dung', 'commune')).toContain('xa xa dung');
    expect(candidateNames('Xã Xa Dung', 'commune')).toContain('xa xa dung');
  });

  it.each(['Q.3', 'q3', 'Q3', 'Quận 3', 'quan 03', '3'])('reads district %j as "quan 3"', (input) => {
    expect(candidateNames(input, 'district')).toContain('quan 3');
  });

  it('reads district abbreviations H. and TX.', () => {
    expect(candidateNames('H. Củ Chi', 'district')).toContain('huyen cu chi');
    expect(candidateNames('TX. Sơn Tây', 'district')).toContain('thi xa son tay');
  });

  it.each(['TP HCM', 'tp.hcm', 'TP. HCM', 'TPHCM', 'HCM', 'Hồ Chí Minh', 'Thành phố Hồ Chí Minh', 'Sài Gòn'])(
    'reads province %j as Hồ Chí Minh City',
    (input) => {
      expect(candidateNames(input, 'province')).toContain('thanh pho ho chi minh');
    },
  );

  it('reads a province by name with or without "Tỉnh"', () => {
    expect(candidateNames('Thừa Thiên Huế', 'province')).toContain('tinh thua thien hue');
    expect(candidateNames('Tỉnh Thừa Thiên Huế', 'province')).toContain('tinh thua thien hue');
  });

  it('does not treat a commune abbreviation as one at another level', () => {
    expect(candidateNames('P.1', 'district')).not.toContain('quan 1');
  });

  it('gives no candidates for empty or punctuation-only input', () => {
    expect(candidateNames('', 'commune')).toEqual([]);
    expect(candidateNames(' .,- ', 'district')).toEqual([]);
  });
});

describe('levelOfCode', () => {
  it('tells the level from the length of the statistics code', () => {
    expect(levelOfCode('79')).toBe('province');
    expect(levelOfCode('01')).toBe('province');
    expect(levelOfCode('760')).toBe('district');
    expect(levelOfCode('001')).toBe('district');
    expect(levelOfCode('26743')).toBe('commune');
    expect(levelOfCode('00004')).toBe('commune');
  });
});

describe('dayBefore', () => {
  it.each([
    ['2025-07-01', '2025-06-30'],
    ['2025-05-01', '2025-04-30'],
    ['2025-01-01', '2024-12-31'],
    ['2024-03-01', '2024-02-29'],
    ['2023-03-01', '2023-02-28'],
    ['2000-03-01', '2000-02-29'],
    ['2100-03-01', '2100-02-28'],
    ['2024-02-29', '2024-02-28'],
    ['2025-07-15', '2025-07-14'],
  ])('the day before %s is %s', (date, expected) => {
    expect(dayBefore(date)).toBe(expected);
  });
});
