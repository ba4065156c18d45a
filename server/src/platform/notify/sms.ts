import { createHmac } from 'node:crypto';
import type { JobLogger } from '../jobs/define.js';
import type { SmsChannel } from './channels.js';

/** Headers of a gateway request: the signature, and the time it was made (Unix seconds). */
export const SIGNATURE_HEADER = 'x-motcua-signature';
export const TIMESTAMP_HEADER = 'x-motcua-timestamp';

/**
 * The signature of a request to the SMS gateway: HMAC-SHA256 with the shared secret over
 * `<timestamp>.<body>`, as `sha256=<hex>`. The timestamp (Unix seconds, sent alongside) lets
 * the gateway refuse replays of an old request.
 */
export function signSmsRequest(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** SMS through a gateway: POST `{ to, text }` as JSON to `MOTCUA_SMS_WEBHOOK_URL`, signed. */
export class HttpSmsChannel implements SmsChannel {
  readonly delivers = true;

  constructor(
    private readonly url: string,
    private readonly secret: string,
    private readonly timeoutMs = 15_000,
  ) {}

  async send(to: string, text: string, meta?: { notificationId: string }): Promise<void> {
    const body = JSON.stringify({ to, text });
    const timestamp = Math.floor(Date.now() / 1000);
    const response = await fetch(this.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json; charset=utf-8',
        [TIMESTAMP_HEADER]: String(timestamp),
        [SIGNATURE_HEADER]: signSmsRequest(this.secret, timestamp, body),
        ...(meta ? { 'idempotency-key': meta.notificationId } : {}),
      },
      body,
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    if (!response.ok) {
      const answer = (await response.text().catch(() => '')).slice(0, 200);
      throw new Error(`SMS gateway answered ${response.status}${answer ? `: ${answer}` : ''}`);
    }
  }
}

/** The default channel: SMS are recorded in the database (status 'skipped') and logged, without their text. */
export class LogSmsChannel implements SmsChannel {
  readonly delivers = false;

  constructor(private readonly log: JobLogger) {}

  async send(to: string, text: string): Promise<void> {
    this.log.info({ to, length: text.length }, 'SMS not sent: MOTCUA_SMS_CHANNEL is log');
  }
}
