import type { Config } from '../config.js';
import type { JobLogger } from '../jobs/define.js';
import { LogEmailChannel, SmtpEmailChannel } from './email.js';
import { HttpSmsChannel, LogSmsChannel } from './sms.js';

/** One e-mail: plain UTF-8 text. */
export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Where e-mail goes. `delivers` is false for a channel that only records (no SMTP server configured). */
export interface EmailChannel {
  readonly delivers: boolean;
  send(message: EmailMessage): Promise<void>;
}

/**
 * Where SMS go: an SMS gateway, or nowhere (recorded only). `notificationId` lets a gateway
 * drop a message it already took, when a retry follows a lost answer.
 */
export interface SmsChannel {
  readonly delivers: boolean;
  send(to: string, text: string, meta?: { notificationId: string }): Promise<void>;
}

export interface NotifyChannels {
  email: EmailChannel;
  sms: SmsChannel;
}

/** The channels the configuration asks for (see docs/operations.md). */
export function notifyChannels(config: Pick<Config, 'smtpUrl' | 'mailFrom' | 'smsChannel' | 'smsWebhookUrl' | 'smsWebhookSecret'>, log: JobLogger): NotifyChannels {
  return {
    email: config.smtpUrl && config.mailFrom ? new SmtpEmailChannel(config.smtpUrl, config.mailFrom) : new LogEmailChannel(log),
    sms:
      config.smsChannel === 'http' && config.smsWebhookUrl && config.smsWebhookSecret
        ? new HttpSmsChannel(config.smsWebhookUrl, config.smsWebhookSecret)
        : new LogSmsChannel(log),
  };
}
