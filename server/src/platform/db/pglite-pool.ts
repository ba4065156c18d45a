import type { PGlite, Results } from '@electric-sql/pglite';
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';

/**
 * Presents one embedded PGlite database as a `pg`-style pool, so Kysely's own
 * PostgresDialect drives both engines through the same code.
 *
 * PGlite is a single session: two interleaved transactions would share it. The pool
 * therefore hands out one client at a time (FIFO); the others wait. Waiting longer
 * than `waitTimeoutMs` means a caller holds a transaction and queried the pool
 * instead of its transaction — a bug that PostgreSQL would hide — so it fails loudly.
 */
export class PGlitePool implements PostgresPool {
  private busy = false;
  private readonly waiters: Array<() => void> = [];

  constructor(
    private readonly pglite: PGlite,
    private readonly waitTimeoutMs = 30_000,
  ) {}

  async connect(): Promise<PostgresPoolClient> {
    if (this.busy) await this.waitForTurn();
    this.busy = true;
    let released = false;
    const client: PostgresPoolClient = {
      query: ((sql: string, parameters: ReadonlyArray<unknown>) => this.run(sql, parameters)) as PostgresPoolClient['query'],
      release: () => {
        if (released) return;
        released = true;
        this.handOver();
      },
    };
    return client;
  }

  async end(): Promise<void> {
    await this.pglite.close();
  }

  private async run<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>> {
    if (parameters.length === 0) {
      // Parameterless text may hold several statements (migrations): use the simple
      // protocol, as node-postgres does, and answer with the last statement's result.
      const results = await this.pglite.exec(sql);
      return toPgResult<R>(results.at(-1));
    }
    return toPgResult<R>(await this.pglite.query<R>(sql, [...parameters]));
  }

  private waitForTurn(): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        const index = this.waiters.indexOf(grant);
        if (index >= 0) this.waiters.splice(index, 1);
        reject(new Error(`PGlite: waited ${this.waitTimeoutMs} ms for the connection; is a transaction querying the pool instead of itself?`));
      }, this.waitTimeoutMs);
      const grant = (): void => {
        clearTimeout(timer);
        resolve();
      };
      this.waiters.push(grant);
    });
  }

  private handOver(): void {
    const next = this.waiters.shift();
    if (next) next();
    else this.busy = false;
  }
}

function toPgResult<R>(result: Results<unknown> | undefined): PostgresQueryResult<R> {
  return {
    command: (result?.command ?? 'SELECT') as PostgresQueryResult<R>['command'],
    rowCount: result?.rowCount ?? result?.affectedRows ?? 0,
    rows: (result?.rows ?? []) as R[],
  };
}
