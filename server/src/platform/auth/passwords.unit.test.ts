import { describe, expect, it } from 'vitest';
import { hashPassword, PASSWORD_MIN_LENGTH, passwordWeakness, verifyPassword } from './passwords.js';

describe('passwordWeakness', () => {
  it('refuses a password shorter than the minimum, saying how long it must be', () => {
    const why = passwordWeakness('abc12345');
    expect(why?.vi).toBe(`Mật khẩu phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự.`);
    expect(why?.en).toContain(`at least ${PASSWORD_MIN_LENGTH} characters`);
    expect(passwordWeakness('abcd12345')).toBeDefined();
    expect(passwordWeakness('abcde12345')).toBeUndefined();
  });

  it('refuses a password without a digit or without a letter', () => {
    for (const password of ['matkhaurattot', '1234567890123', '!!!!----????']) {
      const why = passwordWeakness(password);
      expect(why?.vi).toBe('Mật khẩu phải có cả chữ và số.');
      expect(why?.en).toBe('The password must contain both letters and digits.');
    }
  });

  it('counts Vietnamese letters as letters', () => {
    expect(passwordWeakness('mậtkhẩu2025')).toBeUndefined();
  });

  it('refuses a password containing the login name or ID number, whatever the case', () => {
    const personal = ['NguyenVanA', '079203001234'];
    for (const password of ['nguyenvana2025', 'XX-NGUYENVANA-1', 'pass079203001234']) {
      const why = passwordWeakness(password, personal);
      expect(why?.vi).toBe('Mật khẩu không được chứa tên đăng nhập hoặc số định danh.');
      expect(why?.en).toBe('The password must not contain the login name or ID number.');
    }
    expect(passwordWeakness('mua xuan 2025 dep', personal)).toBeUndefined();
  });

  it('ignores personal words too short to matter', () => {
    expect(passwordWeakness('banana12345', ['an'])).toBeUndefined();
  });

  it('accepts a good password', () => {
    expect(passwordWeakness('Hoa sen nở 42 lần', ['tranthib', '001099012345'])).toBeUndefined();
  });
});

describe('hashPassword / verifyPassword', () => {
  it('hashes with argon2id, salted, and verifies only the right password', async () => {
    const hash = await hashPassword('Hoa sen nở 42 lần');
    expect(hash.startsWith('$argon2id$')).toBe(true);
    expect(hash).not.toContain('Hoa sen');
    expect(await hashPassword('Hoa sen nở 42 lần')).not.toBe(hash);
    expect(await verifyPassword(hash, 'Hoa sen nở 42 lần')).toBe(true);
    expect(await verifyPassword(hash, 'hoa sen nở 42 lần')).toBe(false);
    expect(await verifyPassword(hash, '')).toBe(false);
  });

  it('answers false, not an error, for a hash that is not a hash', async () => {
    for (const bad of ['', 'not-a-hash', '$argon2id$v=19$m=19456,t=2,p=1$broken', '$2b$10$abcdefghijklmnopqrstuv']) {
      await expect(verifyPassword(bad, 'anything1234')).resolves.toBe(false);
    }
  });
});
