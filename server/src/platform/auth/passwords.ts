import argon2 from 'argon2';
import { text, type LocalizedText } from '../i18n.js';

/**
 * Password hashing with argon2id. Parameters follow OWASP's recommendation for argon2id
 * (19 MiB memory, 2 iterations, 1 lane) — enough against offline guessing while keeping a
 * login under ~50 ms on a small server.
 */
const options = { type: argon2.argon2id, memoryCost: 19 * 1024, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => argon2.hash(password, options);

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** A valid hash of a random password: verifying against it costs as much as a real check. */
let decoy: Promise<string> | undefined;
export const decoyHash = (): Promise<string> => (decoy ??= hashPassword(crypto.randomUUID()));

export const PASSWORD_MIN_LENGTH = 10;

/** Why a new password is refused, or undefined when it is acceptable. */
export function passwordWeakness(password: string, personal: string[] = []): LocalizedText | undefined {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return text(`Mật khẩu phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự.`, `The password must have at least ${PASSWORD_MIN_LENGTH} characters.`);
  }
  if (!/\p{L}/u.test(password) || !/\p{N}/u.test(password)) {
    return text('Mật khẩu phải có cả chữ và số.', 'The password must contain both letters and digits.');
  }
  const lowered = password.toLowerCase();
  if (personal.some((p) => p.length >= 4 && lowered.includes(p.toLowerCase()))) {
    return text('Mật khẩu không được chứa tên đăng nhập hoặc số định danh.', 'The password must not contain the login name or ID number.');
  }
  return undefined;
}
