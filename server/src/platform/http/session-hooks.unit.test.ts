import { describe, expect, it } from 'vitest';
import { newToken } from '../auth/tokens.js';
import { parseSessionCookie } from './session-hooks.js';

describe('parseSessionCookie', () => {
  it('returns the token of a cookie made for this province', () => {
    const token = newToken();
    expect(parseSessionCookie(`79.${token}`, '79')).toBe(token);
  });

  it('accepts tokens of 20 to 100 URL-safe characters', () => {
    expect(parseSessionCookie(`79.${'a'.repeat(20)}`, '79')).toBe('a'.repeat(20));
    expect(parseSessionCookie(`79.${'Z9_-'.repeat(25)}`, '79')).toBe('Z9_-'.repeat(25));
  });

  it('refuses a cookie made for another province', () => {
    const token = newToken();
    expect(parseSessionCookie(`01.${token}`, '79')).toBeUndefined();
    expect(parseSessionCookie(`7.${token}`, '79')).toBeUndefined();
    expect(parseSessionCookie(`779.${token}`, '79')).toBeUndefined();
    expect(parseSessionCookie(`.${token}`, '79')).toBeUndefined();
  });

  it('refuses a cookie with no province part', () => {
    expect(parseSessionCookie(newToken(), '79')).toBeUndefined();
    expect(parseSessionCookie(`79${newToken()}`, '79')).toBeUndefined();
  });

  it('refuses no cookie at all', () => {
    expect(parseSessionCookie(undefined, '79')).toBeUndefined();
    expect(parseSessionCookie('', '79')).toBeUndefined();
    expect(parseSessionCookie('79.', '79')).toBeUndefined();
  });

  it.each([
    ['too short', 'a'.repeat(19)],
    ['too long', 'a'.repeat(101)],
    ['a second dot', `${'a'.repeat(20)}.${'b'.repeat(20)}`],
    ['a space', `${'a'.repeat(20)} b`],
    ['base64 padding', `${'a'.repeat(22)}==`],
    ['a plus and a slash', `${'a'.repeat(20)}+/`],
    ['non-ASCII letters', `${'a'.repeat(20)}đ`],
    ['a semicolon', `${'a'.repeat(20)};`],
  ])('refuses a token with %s', (_, token) => {
    expect(parseSessionCookie(`79.${token}`, '79')).toBeUndefined();
  });
});
