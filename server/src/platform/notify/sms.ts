import { signBody, SIGNATURE_HEADER, TIMESTAMP_HEADER } from '../http/webhook-signature.js';
import type { JobLogger } from '../jobs/define.js';
import type { SmsChannel } from './channels.js';

export { SIGNATURE_HEADER, TIMESTAMP_HEADER };

/** The signature of a request to the SMS gateway (platform/http/webhook-signature.ts). */
export const signSmsRequest = (secret: string, timestamp: number, body: string): string => signBody(secret, timestamp, body);

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
