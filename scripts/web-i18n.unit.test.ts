import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

/** Every visible string of the web app lives in both language files, under the same keys. */
type Tree = { [key: string]: string | Tree };

const load = (language: string): Tree => JSON.parse(readFileSync(new URL(`../web/src/i18n/${language}.json`, import.meta.url), 'utf8')) as Tree;

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const vi = leaves(load('vi'));
const en = leaves(load('en'));
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('web translations', () => {
  test('vi.json and en.json have the same keys', () => {
    expect([...en.keys()].sort()).toEqual([...vi.keys()].sort());
  });

  test('no translation is empty, and both languages use the same {{placeholders}}', () => {
    for (const [key, text] of vi) {
      expect(text.trim(), `vi ${key}`).not.toBe('');
      expect(en.get(key)?.trim(), `en ${key}`).not.toBe('');
      expect(placeholders(en.get(key) ?? ''), `placeholders of ${key}`).toEqual(placeholders(text));
    }
  });

  test('the Vietnamese file is written with diacritics', () => {
    // A Vietnamese UI without any of these letters has lost its diacritics somewhere.
    const all = [...vi.values()].join(' ');
    expect(all).toMatch(/[ăâđêôơưáàảãạếềểễệốồổỗộớờởỡợứừửữự]/i);
    for (const word of ['Đăng nhập', 'Tài khoản của tôi', 'Tra cứu địa chỉ sau sắp xếp', 'Đổi mật khẩu']) expect(all).toContain(word);
  });
});
