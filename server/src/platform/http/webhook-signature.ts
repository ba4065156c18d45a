import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * How motcua and its partners (SMS gateways, banks) sign HTTP calls to each other: the
 * header `X-Motcua-Signature: sha256=<hex>` — HMAC-SHA256 with the shared secret over
 * `<timestamp>.<raw body>` — and `X-Motcua-Timestamp` (Unix seconds), which lets the
 * receiver refuse replays of an old call.
 */
export const SIGNATURE_HEADER = 'x-motcua-signature';
export const TIMESTAMP_HEADER = 'x-motcua-timestamp';

/** How far a call's timestamp may be from the receiver's clock. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

export function signBody(secret: string, timestamp: number | string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** Whether a received call is signed with the secret, compared in constant time, and recent. */
export function verifySignedBody(secret: string, headers: { signature?: string | undefined; timestamp?: string | undefined }, body: string, now: Date): boolean {
  const { signature, timestamp } = headers;
  if (!signature || !timestamp || !/^\d{1,12}$/.test(timestamp)) return false;
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > SIGNATURE_TOLERANCE_SECONDS) return false;
  const expected = Buffer.from(signBody(secret, timestamp, body));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
