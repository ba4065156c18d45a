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
}

export class ConfigError extends Error {}

/** Reads and checks the configuration; throws a ConfigError naming the variable at fault. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = integer(env, 'PORT', 8080, 1, 65535);
  const provinceCode = env.MOTCUA_PROVINCE ?? '79';
  if (!/^\d{2}$/.test(provinceCode)) throw new ConfigError('MOTCUA_PROVINCE must be a 2-digit province code, e.g. 79');
  const production = env.NODE_ENV === 'production';
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
  };
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
