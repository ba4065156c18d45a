import nodemailer from 'nodemailer';
import type { JobLogger } from '../jobs/define.js';
import type { EmailChannel, EmailMessage } from './channels.js';

/** E-mail through an SMTP server (`MOTCUA_SMTP_URL`), with nodemailer. */
export class SmtpEmailChannel implements EmailChannel {
  readonly delivers = true;
  private readonly transport: ReturnType<typeof nodemailer.createTransport>;

  constructor(
    url: string,
    private readonly from: string,
  ) {
    // Short timeouts: a job must finish well within its lease, and a dead server is
    // better retried later than waited for (nodemailer's defaults run to minutes).
    this.transport = nodemailer.createTransport({ url, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 });
  }

  async send(message: EmailMessage): Promise<void> {
    await this.transport.sendMail({ from: this.from, to: message.to, subject: message.subject, text: message.text });
  }
}

/** No SMTP server configured: the e-mail stays recorded in the database (status 'skipped') and is logged, without its body. */
export class LogEmailChannel implements EmailChannel {
  readonly delivers = false;

  constructor(private readonly log: JobLogger) {}

  async send(message: EmailMessage): Promise<void> {
    this.log.info({ to: message.to, subject: message.subject }, 'e-mail not sent: MOTCUA_SMTP_URL is not set');
  }
}
