import { createRequire } from 'node:module';
import pg from 'pg';

/** One statement as the app sent it: the SQL text, its parameters as node-postgres sends them (text), the rows back. */
export interface CapturedQuery {
  sql: string;
  params: Array<string | null>;
  rows: Array<Record<string, unknown>>;
  /** Which pooled connection ran it (1, 2…: order of first use within the capture). */
  connection: number;
}

const require = createRequire(import.meta.url);
/** node-postgres's own conversion of a JavaScript value into the text it sends (dates, arrays, objects…). */
const { prepareValue } = require('pg/lib/utils.js') as { prepareValue(value: unknown): string | Buffer | null };

let recorder: CapturedQuery[] | undefined;
let connections = new WeakMap<object, number>();
let installed = false;

/**
 * Wraps node-postgres's `Client.prototype.query` (the call Kysely's PostgreSQL driver makes for
 * every statement) so that, while a capture is on, each statement is recorded. Outside a capture
 * the wrapper only checks one variable.
 */
function install(): void {
  if (installed) return;
  installed = true;
  const original = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  (pg.Client.prototype as { query: unknown }).query = function (this: object, ...args: unknown[]): unknown {
    const result = original.apply(this, args);
    const into = recorder;
    if (!into || typeof args[0] !== 'string' || !(result instanceof Promise)) return result;
    if (!connections.has(this)) connections.set(this, nextConnection());
    const entry: CapturedQuery = {
      sql: args[0],
      params: ((args[1] as unknown[] | undefined) ?? []).map((v) => {
        const prepared = prepareValue(v);
        return prepared === null ? null : Buffer.isBuffer(prepared) ? `\\x${prepared.toString('hex')}` : prepared;
      }),
      rows: [],
      connection: connections.get(this)!,
    };
    into.push(entry);
    return result.then((r: { rows?: Array<Record<string, unknown>> }) => {
      entry.rows = r?.rows ?? [];
      return r;
    });
  };
}

let connectionCount = 0;
function nextConnection(): number {
  connectionCount += 1;
  return connectionCount;
}

/** Records every statement the app sends to PostgreSQL while `work` runs (nothing else may run meanwhile). */
export async function captureQueries<T>(work: () => Promise<T>): Promise<{ result: T; queries: CapturedQuery[] }> {
  install();
  if (recorder) throw new Error('a capture is already running');
  const queries: CapturedQuery[] = [];
  recorder = queries;
  connections = new WeakMap();
  connectionCount = 0;
  try {
    const result = await work();
    return { result, queries };
  } finally {
    recorder = undefined;
  }
}
