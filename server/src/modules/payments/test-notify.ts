import type { TestClient, TestResponse } from '../../../test/test-client.js';
import { signBody } from '../../platform/http/webhook-signature.js';

/** The shared secret the tests give the bank and the server (MOTCUA_PAYMENT_WEBHOOK_SECRET). */
export const TEST_WEBHOOK_SECRET = 'bank-shared-secret-for-tests';

/**
 * What the bank's gateway sends when money arrives (test support): the JSON body, signed
 * with the shared secret over the time of sending, posted without a session.
 */
export function notifyBank(client: TestClient, body: Record<string, unknown>, options: { now: Date; secret?: string; timestamp?: number }): Promise<TestResponse> {
  const raw = JSON.stringify(body);
  const timestamp = String(options.timestamp ?? Math.floor(options.now.getTime() / 1000));
  return client.post('/api/v1/payments/webhook', raw, {
    'x-motcua-timestamp': timestamp,
    'x-motcua-signature': signBody(options.secret ?? TEST_WEBHOOK_SECRET, timestamp, raw),
  });
}
