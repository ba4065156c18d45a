import type { Database } from '../db/database.js';
import { silentLogger, type JobLogger, type JobRegistry } from './define.js';
import { runDueJobs } from './run.js';
import { enqueueScheduled, type Schedule } from './schedule.js';
import { purgeFinishedJobs } from './store.js';

export interface JobRunnerOptions {
  db: Database;
  registry: JobRegistry;
  /** Pause between polls when there was nothing (more) to do. */
  intervalMs: number;
  now?: () => Date;
  /** This deployment's province: its jobs are run and its schedules enqueued. */
  provinceCode?: string;
  schedules?: readonly Schedule[];
  /** Jobs per poll; a full batch polls again at once. */
  batchSize?: number;
  leaseSeconds?: number;
  log?: JobLogger;
}

export interface JobRunner {
  /** Stops polling and waits for the jobs in hand to finish. */
  stop(): Promise<void>;
}

/** Finished jobs are kept this long for inspection (and their dedupe keys with them), then deleted. */
export const KEEP_DONE_DAYS = 7;
export const KEEP_FAILED_DAYS = 30;
const PURGE_EVERY_MS = 60 * 60_000;
const DAY_MS = 24 * 60 * 60_000;

/**
 * Polls for due jobs in the background (`motcua serve`). Polls never overlap: the next is
 * timed from the end of the previous one. Any number of processes may run one against the
 * same database; claiming with SKIP LOCKED gives each job to one of them.
 */
export function startJobRunner(options: JobRunnerOptions): JobRunner {
  const { db, registry, intervalMs, provinceCode, schedules = [] } = options;
  if (schedules.length > 0 && provinceCode === undefined) throw new Error('startJobRunner: schedules need the provinceCode to enqueue them for');
  const now = options.now ?? (() => new Date());
  const log = options.log ?? silentLogger;
  const batchSize = options.batchSize ?? 20;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();
  let lastPurge = 0;

  const poll = async (): Promise<void> => {
    try {
      if (provinceCode !== undefined && schedules.length > 0) await enqueueScheduled(db, provinceCode, schedules, now());
      let ran: number;
      do {
        ran = await runDueJobs(db, registry, { now, limit: batchSize, log, ...(provinceCode ? { provinceCode } : {}), ...(options.leaseSeconds ? { leaseSeconds: options.leaseSeconds } : {}) });
      } while (ran === batchSize && !stopped);
      if (now().getTime() - lastPurge >= PURGE_EVERY_MS) {
        const at = now().getTime();
        const purged = await purgeFinishedJobs(db, new Date(at - KEEP_DONE_DAYS * DAY_MS), new Date(at - KEEP_FAILED_DAYS * DAY_MS));
        lastPurge = at;
        if (purged > 0) log.info({ purged }, 'deleted old finished jobs');
      }
    } catch (error) {
      // The database may be briefly unreachable; the next poll tries again.
      log.error({ err: error instanceof Error ? error.message : String(error) }, 'job runner poll failed');
    }
  };
  const loop = (): void => {
    current = poll().finally(() => {
      if (stopped) return;
      timer = setTimeout(loop, intervalMs);
      timer.unref();
    });
  };
  loop();
  return {
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await current;
    },
  };
}
