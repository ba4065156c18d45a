import { defineJob, jobRegistry, type JobContext, type JobRegistry } from '../jobs/define.js';
import type { NotifyChannels } from './channels.js';
import { NOTIFY_SEND, type NotifySendPayload } from './kinds.js';
import { findNotification, recordAttempt, type NotificationRow } from './store.js';

/** 1, 4, 16 minutes, then hourly: outlasts a mail server's restart or a short outage. */
export const notifyBackoffSeconds = (attempt: number): number => Math.min(60 * 4 ** (attempt - 1), 3600);

/**
 * The job fragment that sends notifications through the given channels: merge it into the
 * process's registry (`{ ...notifyJobs(channels), ...otherJobs }`).
 *
 * Not transactional: no transaction stays open while a mail server answers. Delivery is at
 * least once — if the process dies after the server took a message but before it was
 * marked sent, it is sent again.
 */
export function notifyJobs(channels: NotifyChannels): JobRegistry {
  return jobRegistry(
    defineJob<NotifySendPayload>(NOTIFY_SEND, {
      maxAttempts: 5,
      backoffSeconds: notifyBackoffSeconds,
      transactional: false,
      handler: (ctx, payload) => sendNotification(ctx, channels, payload.id),
    }),
  );
}

async function sendNotification(ctx: JobContext, channels: NotifyChannels, id: string): Promise<void> {
  const n = await findNotification(ctx.db, ctx.provinceCode, id);
  // Already sent (a retry after a crash) or never meant to be: nothing to do.
  if (!n || n.status !== 'pending') return;
  const channel = n.channel === 'email' ? channels.email : channels.sms;
  try {
    await deliver(channels, n);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const last = ctx.job.attempt >= ctx.job.maxAttempts;
    await recordAttempt(ctx.db, n.provinceCode, n.id, { status: last ? 'failed' : 'pending', error: message.slice(0, 2000) });
    // Rethrown so that the queue retries it after the backoff (or marks the job failed).
    throw error;
  }
  await recordAttempt(ctx.db, n.provinceCode, n.id, { status: channel.delivers ? 'sent' : 'skipped', at: ctx.now() });
}

function deliver(channels: NotifyChannels, n: NotificationRow): Promise<void> {
  return n.channel === 'email' ? channels.email.send({ to: n.recipient, subject: n.subject ?? '', text: n.body }) : channels.sms.send(n.recipient, n.body, { notificationId: n.id });
}
