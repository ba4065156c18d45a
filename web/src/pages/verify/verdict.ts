import type { Verification } from '../../api/signing';

/**
 * The one-line answer a person needs, from the server's findings:
 * - `valid` / `invalid`: a document looked up by its id (the QR code): does its signature hold?
 * - for an uploaded file: `original` (byte for byte a document issued here, signature valid),
 *   `changed` (signed, but edited after signing), `unsigned`, `foreign` (a valid signature,
 *   but not a document this platform issued), or `invalid` (anything else that fails).
 */
export type Verdict = 'valid' | 'invalid' | 'original' | 'changed' | 'unsigned' | 'foreign';

export function verdictOf(v: Verification, uploaded: boolean): Verdict {
  const s = v.signature;
  if (!uploaded) return s.valid ? 'valid' : 'invalid';
  if (v.originalIssuedHere && s.valid) return 'original';
  if (s.problems.some((p) => p.code === 'no-signature')) return 'unsigned';
  if (s.signer && (!s.unchanged || !s.coversWholeFile)) return 'changed';
  if (s.valid) return 'foreign';
  return 'invalid';
}

export const isGood = (verdict: Verdict): boolean => verdict === 'valid' || verdict === 'original';
