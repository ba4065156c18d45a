import { resolve } from 'node:path';

/** Settings of one running platform, read from the environment (see docs/operations.md). */
export interface Config {
  /** HTTP port; the README promises http://localhost:8080. */
  port: number;
  host: string;
  /** A PostgreSQL server; when absent the embedded PGlite database under `dataDir` is used. */
  databaseUrl: string | undefined;
  /** Where the embedded database and files live. */
  dataDir: string;
  /** Statistics code of the province this deployment serves (e.g. '79', Hồ Chí Minh City). */
  provinceCode: string;
  /** Seed demo data into an empty database at start. */
  demo: boolean;
  /** Send session cookies only over HTTPS; on by default outside development. */
  cookieSecure: boolean;
  /** Public base address, used in links and QR codes. */
  publicUrl: string;
  logLevel: string;
  /** Idle minutes before a session ends, and its absolute lifetime in hours. */
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  /** Largest JSON body accepted, in bytes. */
  bodyLimit: number;
  /** Consecutive failed logins that lock an account, and for how long. */
  lockoutThreshold: number;
  lockoutMinutes: number;
  /**
   * Sign-in and registration attempts a minute from one address. A commune office behind
   * one NAT address signs in a dozen officers at opening time, so this is not tiny; the
   * per-account lockout does the rest.
   */
  signInRateLimit: number;
  /** Largest uploaded file accepted, in bytes (files are streamed to disk, never held in memory). */
  uploadLimit: number;
  /** How often this process looks for due background jobs, in milliseconds; 0: it runs none. */
  jobPollMs: number;
  /** SMTP server for e-mail (`smtp://user:pass@host:587`, `smtps://…:465`); unset: e-mails are recorded, not sent. */
  smtpUrl: string | undefined;
  /** The From address of e-mails; required with `smtpUrl`. */
  mailFrom: string | undefined;
  /** How SMS leave: `log` records them only; `http` posts them, signed, to an SMS gateway. */
  smsChannel: 'log' | 'http';
  /** The gateway address and the shared secret of the HMAC-SHA256 signature (`http` only). */
  smsWebhookUrl: string | undefined;
  smsWebhookSecret: string | undefined;
  /** Passphrase of the PKCS#12 files of agency signing keys under `<dataDir>/pki`. */
  pkiPassphrase: string;
  /**
   * Issue an agency a certificate from the local test CA the first time it signs. On for
   * demos and tests; off in production, where agencies sign with certificates of the
   * government CA (a PKCS#12 file or a remote signer configured per agency).
   */
  pkiAutoIssue: boolean;
  /** An RFC 3161 time-stamping service; signatures then carry a trusted time (PAdES B-T). */
  tsaUrl: string | undefined;
  /** Extra CA certificates (PEM file) whose signatures verification trusts, e.g. the government CA. */
  trustedCaFile: string | undefined;
  /** Bearer token for the remote signing service of keys registered with `motcua pki remote`. */
  remoteSignerToken: string | undefined;
  /** Behind a reverse proxy: take the client address from X-Forwarded-For (rate limits, audit). */
  trustProxy: boolean;
  /** Shared secret of the bank's payment notifications (HMAC-SHA256); unset: the webhook is off. */
  paymentWebhookSecret: string | undefined;
}

export class ConfigError extends Error {}

/** Reads and checks the configuration; throws a ConfigError naming the variable at fault. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = integer(env, 'PORT', 8080, 1, 65535);
  const provinceCode = env.MOTCUA_PROVINCE ?? '79';
  if (!/^\d{2}$/.test(provinceCode)) throw new ConfigError('MOTCUA_PROVINCE must be a 2-digit province code, e.g. 79');
  const production = env.NODE_ENV === 'production';
  const notify = notificationSettings(env);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.MOTCUA_DATA_DIR ?? 'var'),
    provinceCode,
    demo: flag(env, 'MOTCUA_DEMO', !production),
    cookieSecure: flag(env, 'MOTCUA_COOKIE_SECURE', production),
    publicUrl: (env.MOTCUA_PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    logLevel: env.LOG_LEVEL ?? 'info',
    sessionIdleMinutes: integer(env, 'MOTCUA_SESSION_IDLE_MINUTES', 60, 5, 24 * 60),
    sessionMaxHours: integer(env, 'MOTCUA_SESSION_MAX_HOURS', 12, 1, 24 * 30),
    bodyLimit: integer(env, 'MOTCUA_BODY_LIMIT', 1024 * 1024, 1024, 50 * 1024 * 1024),
    lockoutThreshold: integer(env, 'MOTCUA_LOCKOUT_THRESHOLD', 5, 1, 100),
    lockoutMinutes: integer(env, 'MOTCUA_LOCKOUT_MINUTES', 15, 1, 24 * 60),
    signInRateLimit: integer(env, 'MOTCUA_SIGN_IN_RATE_LIMIT', 30, 1, 100_000),
    uploadLimit: integer(env, 'MOTCUA_UPLOAD_LIMIT', 20 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
    jobPollMs: integer(env, 'MOTCUA_JOBS_POLL_MS', 2000, 0, 3_600_000),
    ...notify,
    pkiPassphrase: env.MOTCUA_PKI_PASSPHRASE || (production ? required('MOTCUA_PKI_PASSPHRASE') : 'motcua-dev-pki'),
    pkiAutoIssue: flag(env, 'MOTCUA_PKI_AUTO_ISSUE', !production),
    tsaUrl: env.MOTCUA_TSA_URL || undefined,
    trustedCaFile: env.MOTCUA_TRUSTED_CA_FILE || undefined,
    remoteSignerToken: env.MOTCUA_REMOTE_SIGNER_TOKEN || undefined,
    trustProxy: flag(env, 'MOTCUA_TRUST_PROXY', false),
    paymentWebhookSecret: env.MOTCUA_PAYMENT_WEBHOOK_SECRET || undefined,
  };
}

function required(name: string): never {
  throw new ConfigError(`${name} is required in production`);
}

type NotificationSettings = Pick<Config, 'smtpUrl' | 'mailFrom' | 'smsChannel' | 'smsWebhookUrl' | 'smsWebhookSecret'>;

/** Mail and SMS settings; a half-configured channel is refused at start rather than failing every send. */
function notificationSettings(env: NodeJS.ProcessEnv): NotificationSettings {
  const smtpUrl = env.MOTCUA_SMTP_URL || undefined;
  const mailFrom = env.MOTCUA_MAIL_FROM || undefined;
  if (smtpUrl !== undefined) {
    if (!/^smtps?:$/.test(urlOrUndefined(smtpUrl)?.protocol ?? '')) throw new ConfigError('MOTCUA_SMTP_URL must be an smtp:// or smtps:// address, e.g. smtp://user:pass@mail.example.vn:587');
    if (mailFrom === undefined) throw new ConfigError('MOTCUA_MAIL_FROM is required with MOTCUA_SMTP_URL, e.g. "Một cửa Phường Bến Thành <motcua@benthanh.gov.vn>"');
  }
  const smsChannel = env.MOTCUA_SMS_CHANNEL || 'log';
  if (smsChannel !== 'log' && smsChannel !== 'http') throw new ConfigError(`MOTCUA_SMS_CHANNEL must be log or http, got '${smsChannel}'`);
  const smsWebhookUrl = env.MOTCUA_SMS_WEBHOOK_URL || undefined;
  const smsWebhookSecret = env.MOTCUA_SMS_WEBHOOK_SECRET || undefined;
  if (smsChannel === 'http') {
    if (!/^https?:$/.test(urlOrUndefined(smsWebhookUrl)?.protocol ?? '')) throw new ConfigError('MOTCUA_SMS_WEBHOOK_URL must be an http(s):// address with MOTCUA_SMS_CHANNEL=http');
    if (!smsWebhookSecret || smsWebhookSecret.length < 16) throw new ConfigError('MOTCUA_SMS_WEBHOOK_SECRET (at least 16 characters) is required with MOTCUA_SMS_CHANNEL=http');
  }
  return { smtpUrl, mailFrom, smsChannel, smsWebhookUrl, smsWebhookSecret };
}

function urlOrUndefined(value: string | undefined): URL | undefined {
  if (value === undefined) return undefined;
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got '${raw}'`);
  }
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got '${raw}'`);
}
