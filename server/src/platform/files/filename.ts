/**
 * The name to keep for an uploaded file: the last path segment only (browsers on Windows
 * may send `C:\fakepath\…`), in NFC (macOS sends Vietnamese letters decomposed, which then
 * would not match when searched), without control characters or < > (the name is shown in
 * pages), at most 200 characters with the extension kept.
 */
export function cleanFilename(raw: string | undefined, fallback = 'tep-tai-len'): string {
  const base = (raw ?? '').split(/[/\\]/).pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}<>]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (cleaned === '' || cleaned === '.' || cleaned === '..') return fallback;
  // Counted in code points, so a character outside the BMP is never cut in half.
  const chars = [...cleaned];
  if (chars.length <= 200) return cleaned;
  const dot = chars.lastIndexOf('.');
  const ext = dot > 0 && chars.length - dot <= 10 ? chars.slice(dot) : [];
  return [...chars.slice(0, 200 - ext.length), ...ext].join('');
}
