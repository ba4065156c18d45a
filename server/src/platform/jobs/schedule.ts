import type { Executor } from '../db/database.js';
import { checkJob } from './define.js';
import { enqueue } from './enqueue.js';

/** A job kind that runs once in every slot of `everyMinutes`, slots aligned to UTC midnight. */
export interface Schedule {
  kind: string;
  everyMinutes: number;
}

/** What a scheduled job's handler receives: the start of its slot (ISO 8601, UTC). */
export interface ScheduledPayload {
  slot: string;
}

const DAY_MINUTES = 24 * 60;

/**
 * A recurring job: every `everyMinutes` minutes (a divisor of a day, or whole days), e.g.
 * `schedule('dossiers.deadline-reminders', 60)`. Give the schedules to `startJobRunner`.
 */
export function schedule(kind: string, everyMinutes: number): Schedule {
  checkJob(kind);
  // Slots must tile the day so that they fall at the same clock times every day.
  const tiles = everyMinutes < DAY_MINUTES ? DAY_MINUTES % everyMinutes === 0 : everyMinutes % DAY_MINUTES === 0;
  if (!Number.isInteger(everyMinutes) || everyMinutes < 1 || !tiles) {
    throw new Error(`schedule ${kind}: everyMinutes must divide a day (1, 5, 15, 60, 1440…) or be whole days, got ${everyMinutes}`);
  }
  return { kind, everyMinutes };
}

/** Start of the slot `at` falls in. Slots count from the Unix epoch (UTC midnight), so every process agrees. */
export function slotStart(everyMinutes: number, at: Date): Date {
  const slotMs = everyMinutes * 60_000;
  return new Date(Math.floor(at.getTime() / slotMs) * slotMs);
}

/**
 * Enqueues the current and the next slot of each schedule, keyed by the slot's start: every
 * server process does this on every tick, and the dedupe key makes each slot one job. The
 * next slot is enqueued ahead so it runs on time; the current one so a slot is not missed
 * when no process was running at its start.
 */
export async function enqueueScheduled(db: Executor, provinceCode: string, schedules: readonly Schedule[], now: Date): Promise<void> {
  for (const { kind, everyMinutes } of schedules) {
    const current = slotStart(everyMinutes, now);
    const next = new Date(current.getTime() + everyMinutes * 60_000);
    for (const slot of [current, next]) {
      const payload: ScheduledPayload = { slot: slot.toISOString() };
      await enqueue(db, { provinceCode, kind, payload, runAt: slot, dedupeKey: payload.slot });
    }
  }
}
