/** Notifications: e-mail (SMTP) and SMS (a gateway), recorded and sent by the job queue. */
export { notifyChannels, type EmailChannel, type EmailMessage, type NotifyChannels, type SmsChannel } from './channels.js';
export { LogEmailChannel, SmtpEmailChannel } from './email.js';
export { notifyJobs } from './jobs.js';
export { NOTIFY_SEND } from './kinds.js';
export { queueNotification, type QueueNotification } from './notifications.js';
export { HttpSmsChannel, LogSmsChannel, signSmsRequest, SIGNATURE_HEADER, TIMESTAMP_HEADER } from './sms.js';
export { listNotificationsFor, type NotificationRow, type NotificationStatus } from './store.js';
