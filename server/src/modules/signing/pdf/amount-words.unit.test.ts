import { describe, expect, it } from 'vitest';
import { amountInWords } from './amount-words.js';

describe('amounts in Vietnamese words', () => {
  it.each([
    [0, 'Không đồng'],
    [8000, 'Tám nghìn đồng'],
    [15000, 'Mười lăm nghìn đồng'],
    [21000, 'Hai mươi mốt nghìn đồng'],
    [24000, 'Hai mươi tư nghìn đồng'],
    [105, 'Một trăm lẻ năm đồng'],
    [200000, 'Hai trăm nghìn đồng'],
    [1250000, 'Một triệu hai trăm năm mươi nghìn đồng'],
    [1005000, 'Một triệu không trăm lẻ năm nghìn đồng'],
    [2000000000, 'Hai tỷ đồng'],
  ])('%d → %s', (amount, words) => {
    expect(amountInWords(amount)).toBe(words);
  });

  it('refuses what is not an amount', () => {
    expect(() => amountInWords(-1)).toThrow();
    expect(() => amountInWords(1.5)).toThrow();
  });
});
