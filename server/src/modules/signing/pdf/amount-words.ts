const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
const SCALES = ['', 'nghìn', 'triệu', 'tỷ', 'nghìn tỷ', 'triệu tỷ'];

/** Reads a group of three digits; `full` when a higher group precedes it (so "không trăm" is said). */
function group(n: number, full: boolean): string {
  const [h, t, u] = [Math.floor(n / 100), Math.floor(n / 10) % 10, n % 10];
  const words: string[] = [];
  if (h > 0 || full) words.push(DIGITS[h]!, 'trăm');
  if (t > 1) words.push(DIGITS[t]!, 'mươi');
  else if (t === 1) words.push('mười');
  else if (u > 0 && (h > 0 || full)) words.push('lẻ');
  if (u === 1 && t > 1) words.push('mốt');
  else if (u === 5 && t > 0) words.push('lăm');
  else if (u === 4 && t > 1) words.push('tư');
  else if (u > 0) words.push(DIGITS[u]!);
  return words.join(' ');
}

/**
 * An amount of money in Vietnamese words, as receipts write it: 8000 → "Tám nghìn đồng",
 * 1250000 → "Một triệu hai trăm năm mươi nghìn đồng", 105 → "Một trăm lẻ năm đồng".
 */
export function amountInWords(amount: number): string {
  if (!Number.isInteger(amount) || amount < 0) throw new RangeError(`not an amount: ${amount}`);
  if (amount === 0) return 'Không đồng';
  const groups: number[] = [];
  for (let rest = amount; rest > 0; rest = Math.floor(rest / 1000)) groups.push(rest % 1000);
  const parts: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const value = groups[i]!;
    if (value === 0) continue;
    parts.push(`${group(value, i < groups.length - 1)} ${SCALES[i]}`.trim());
  }
  const text = `${parts.join(' ')} đồng`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
