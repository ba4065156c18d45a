import { randomUUID } from 'node:crypto';
import { inTransaction, type Executor } from '../db/database.js';
import { enqueue } from '../jobs/enqueue.js';
import { NOTIFY_SEND, type NotifySendPayload } from './kinds.js';
import { insertNotification, type NotificationChannel } from './store.js';

export interface QueueNotification {
  provinceCode: string;
  channel: NotificationChannel;
  /** An e-mail address, or a phone number (spaces, dots and dashes are dropped). */
  recipient: string;
  /** Required for e-mail. */
  subject?: string;
  /** Plain text; Vietnamese with its diacritics (e-mail and the gateway both carry UTF-8). */
  body: string;
  /** What the notification is about, e.g. `dossier` and its id. */
  relatedType?: string;
  relatedId?: string;
}

const EMAIL = /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]+$/;
const PHONE = /^\+?\d{9,15}$/;

/**
 * Records a notification and enqueues the job that sends it, in the caller's transaction:
 * it exists exactly when the change it tells about does, and is sent after that commits.
 * A recipient that is no address at all (a typo in someone's contact details) must not
 * undo the change: the notification is recorded as failed, with the reason, and not sent.
 * Returns the notification's id.
 */
export async function queueNotification(db: Executor, n: QueueNotification): Promise<string> {
  if (n.channel === 'email' && !n.subject) throw new Error('queueNotification: an e-mail needs a subject');
  const recipient = n.channel === 'sms' ? n.recipient.replace(/[\s.()-]/g, '') : n.recipient.trim();
  const valid = n.channel === 'sms' ? PHONE.test(recipient) : EMAIL.test(recipient) && recipient.length <= 254;
  const id = randomUUID();
  await inTransaction(db, async (trx) => {
    await insertNotification(trx, {
      provinceCode: n.provinceCode,
      id,
      channel: n.channel,
      recipient,
      subject: n.subject ?? null,
      body: n.body,
      relatedType: n.relatedType ?? null,
      relatedId: n.relatedId ?? null,
      ...(valid ? {} : { status: 'failed', error: `not a valid ${n.channel === 'sms' ? 'phone number' : 'e-mail address'}` }),
    });
    if (valid) {
      const payload: NotifySendPayload = { id };
      await enqueue(trx, { provinceCode: n.provinceCode, kind: NOTIFY_SEND, payload });
    }
  });
  return id;
}
