import type { ServiceContext } from '../context.js';
import type { Executor } from '../db/database.js';

/** Where jobs write their log lines; Fastify's (pino) logger fits. */
export interface JobLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** A logger that drops everything (tests, tools). */
export const silentLogger: JobLogger = { info: () => {}, warn: () => {}, error: () => {} };

/** What a handler gets besides its payload. */
export interface JobContext {
  /** The job's transaction (transactional jobs) or the database. */
  db: Executor;
  /** The province the job was enqueued for. */
  provinceCode: string;
  now: () => Date;
  log: JobLogger;
  /** For calling services and `recordAudit`: the system actor `job:<kind>`, request id `job:<id>`. */
  service: ServiceContext;
  job: { id: number; kind: string; attempt: number; maxAttempts: number };
}

/** A kind of background work with its retry policy; see `defineJob`. */
export interface JobDefinition<P = unknown> {
  readonly kind: string;
  // Method syntax on purpose: a definition for a specific payload is then usable where any
  // definition is expected (a registry), as payloads are only ever written by the code that runs them.
  handler(ctx: JobContext, payload: P): Promise<void>;
  readonly maxAttempts: number;
  /** Seconds to wait after failed attempt number `attempt` (1-based). */
  backoffSeconds(attempt: number): number;
  /**
   * Run the handler in one transaction with marking the job done (the default), so its
   * database work happens exactly once. Jobs that talk to the outside world (SMTP, HTTP)
   * set this to false: a transaction must not stay open, and on PGlite hold the only
   * connection, while a remote server answers.
   */
  readonly transactional: boolean;
}

/** The jobs a process can run, by kind. Modules export fragments that are merged. */
export type JobRegistry = Readonly<Record<string, JobDefinition>>;

export interface JobOptions<P> {
  handler: (ctx: JobContext, payload: P) => Promise<void>;
  /** Attempts before the job is marked failed; 5 unless said. */
  maxAttempts?: number;
  backoffSeconds?: (attempt: number) => number;
  transactional?: boolean;
}

/** Attempts of a job whose definition says nothing. */
export const DEFAULT_MAX_ATTEMPTS = 5;
/** `module.action`, lowercase: the kind names the module that owns the job. */
const KIND_PATTERN = /^[a-z][a-z0-9_-]*(\.[a-z0-9_-]+)*$/;

/** Refuses a kind that does not look like `module.action`, and attempt counts below one. */
export function checkJob(kind: string, maxAttempts?: number): void {
  if (!KIND_PATTERN.test(kind) || kind.length > 100) throw new Error(`job kind '${kind}' must look like module.action (lowercase)`);
  if (maxAttempts !== undefined && (!Number.isInteger(maxAttempts) || maxAttempts < 1)) throw new Error(`job ${kind}: maxAttempts must be a positive integer`);
}

/** 30 s, 1 min, 2 min, 4 min… capped at an hour. */
export function defaultBackoffSeconds(attempt: number): number {
  return Math.min(30 * 2 ** Math.max(0, attempt - 1), 3600);
}

/** Defines a kind of job: `<module>.<action>` (e.g. `notify.send`), its handler and its retry policy. */
export function defineJob<P>(kind: string, options: JobOptions<P>): JobDefinition<P> {
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  checkJob(kind, maxAttempts);
  return {
    kind,
    handler: options.handler,
    maxAttempts,
    backoffSeconds: options.backoffSeconds ?? defaultBackoffSeconds,
    transactional: options.transactional ?? true,
  };
}

/** A registry of the given definitions; two definitions of one kind are a mistake. */
export function jobRegistry(...definitions: JobDefinition[]): JobRegistry {
  const registry: Record<string, JobDefinition> = {};
  for (const definition of definitions) {
    if (registry[definition.kind]) throw new Error(`job kind '${definition.kind}' is defined twice`);
    registry[definition.kind] = definition;
  }
  return registry;
}
