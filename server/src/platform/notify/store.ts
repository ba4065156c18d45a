import type { Executor } from '../db/database.js';

/** How a notification leaves. */
export type NotificationChannel = 'email' | 'sms';
/** `pending` until sent; `skipped` when the channel only records; `failed` after the last attempt or for an invalid address. */
export type NotificationStatus = 'pending' | 'sent' | 'failed' | 'skipped';

/** One row of `notifications`. */
export interface NotificationRow {
  provinceCode: string;
  id: string;
  channel: NotificationChannel;
  recipient: string;
  subject: string | null;
  body: string;
  status: NotificationStatus;
  attempts: number;
  sentAt: Date | null;
  error: string | null;
  relatedType: string | null;
  relatedId: string | null;
  createdAt: Date;
}

/** What is inserted; status and error only for a notification refused at once. */
export type NewNotification = Pick<NotificationRow, 'provinceCode' | 'id' | 'channel' | 'recipient' | 'subject' | 'body' | 'relatedType' | 'relatedId'> &
  Partial<Pick<NotificationRow, 'status' | 'error'>>;

/** Inserts a notification (pending unless said). */
export async function insertNotification(db: Executor, row: NewNotification): Promise<void> {
  await db.insertInto('notifications').values(row).execute();
}

/** One notification of the province, if it exists. */
export async function findNotification(db: Executor, provinceCode: string, id: string): Promise<NotificationRow | undefined> {
  const row = await db.selectFrom('notifications').selectAll().where('provinceCode', '=', provinceCode).where('id', '=', id).executeTakeFirst();
  return row as NotificationRow | undefined;
}

/** Records one attempt's outcome: sent (or skipped by a recording-only channel), still pending with its error, or failed for good. */
export async function recordAttempt(
  db: Executor,
  provinceCode: string,
  id: string,
  outcome: { status: 'sent' | 'skipped'; at: Date } | { status: 'pending' | 'failed'; error: string },
): Promise<void> {
  await db
    .updateTable('notifications')
    .set((eb) => ({
      attempts: eb('attempts', '+', 1),
      status: outcome.status,
      ...('at' in outcome ? { sentAt: outcome.status === 'sent' ? outcome.at : null, error: null } : { error: outcome.error }),
    }))
    .where('provinceCode', '=', provinceCode)
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .execute();
}

/** A related record's notifications, oldest first (for a dossier's history, or tests). */
export async function listNotificationsFor(db: Executor, provinceCode: string, relatedType: string, relatedId: string): Promise<NotificationRow[]> {
  const rows = await db
    .selectFrom('notifications')
    .selectAll()
    .where('provinceCode', '=', provinceCode)
    .where('relatedType', '=', relatedType)
    .where('relatedId', '=', relatedId)
    .orderBy('createdAt')
    .execute();
  return rows as NotificationRow[];
}
