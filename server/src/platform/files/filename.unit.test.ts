import { describe, expect, it } from 'vitest';
import { cleanFilename } from './filename.js';

describe('the name kept for an upload', () => {
  it('is the last path segment, composed (NFC), without control characters or markup', () => {
    expect(cleanFilename('C:\\fakepath\\Giấy khai sinh.pdf')).toBe('Giấy khai sinh.pdf');
    expect(cleanFilename('../../etc/passwd')).toBe('passwd');
    expect(cleanFilename('Đơn\u0000 <script>.pdf'.normalize('NFD'))).toBe('Đơn script.pdf');
    expect(cleanFilename('Đơn.pdf'.normalize('NFD'))).toBe('Đơn.pdf'.normalize('NFC'));
  });

  it('falls back to a neutral name, and keeps the extension when shortening', () => {
    expect(cleanFilename(undefined)).toBe('tep-tai-len');
    expect(cleanFilename('  ..  ')).toBe('tep-tai-len');
    const long = cleanFilename(`${'ệ'.repeat(300)}.pdf`);
    expect([...long].length).toBe(200);
    expect(long.endsWith('ệ.pdf')).toBe(true);
  });
});
