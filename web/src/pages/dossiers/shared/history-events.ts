import type { Dossier } from '../../../api/dossiers';
import type { TimelineEvent } from '../../../components/dossier/dossier-timeline';

const missingOf = (data: Record<string, unknown>): string[] | undefined => (Array.isArray(data.missing) ? data.missing.filter((m): m is string => typeof m === 'string') : undefined);

/** A dossier's history for the timeline. */
export function timelineOf(d: Dossier): TimelineEvent[] {
  return d.history.map((e) => ({ occurredAt: e.occurredAt, actionName: e.actionName, actorName: e.actorName, comment: e.comment, missing: missingOf(e.data) }));
}

/** The latest supplement request: what is missing and why. */
export function lastSupplementRequest(d: Dossier): { missing: string[]; reason: string | null; at: string } | undefined {
  const event = [...d.history].reverse().find((e) => e.action === 'request_supplement');
  return event ? { missing: missingOf(event.data) ?? [], reason: event.comment, at: event.occurredAt } : undefined;
}

/** The latest payment request's amount. */
export function lastPaymentRequest(d: Dossier): { amount: number; reason: string | null } | undefined {
  const event = [...d.history].reverse().find((e) => e.action === 'request_payment');
  return event && typeof event.data.amount === 'number' ? { amount: event.data.amount, reason: event.comment } : undefined;
}
