import { sql } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import { FINAL_STATUSES, PAUSED_STATUSES } from './statuses.js';
import type { DossierRow, EventRow } from './store.js';

/**
 * Data access for dossiers taken over from the systems of the units that ended on 30 June
 * 2025: many rows at a time (a hand-over moves hundreds of thousands), and the old codes.
 */

const dossierJson = (row: DossierRow) => ({
  ...row,
  steps: JSON.stringify(row.steps),
  applicant: JSON.stringify(row.applicant),
  formData: JSON.stringify(row.formData),
  components: JSON.stringify(row.components),
  fees: JSON.stringify(row.fees),
  involvedAgencies: JSON.stringify(row.involvedAgencies),
  rating: row.rating === null ? null : JSON.stringify(row.rating),
});

/** Inserts many dossiers in one statement. */
export async function insertDossiers(trx: Executor, rows: DossierRow[]): Promise<void> {
  if (rows.length === 0) return;
  await trx.insertInto('dossiers').values(rows.map(dossierJson) as never).execute();
}

/** Which of these codes some dossier of the province already has. */
export async function takenCodes(db: Executor, provinceCode: string, codes: string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db.selectFrom('dossiers').select('code').where('provinceCode', '=', provinceCode).where('code', 'in', codes).execute();
  return new Set(rows.map((r) => r.code));
}

/** Inserts the events of new dossiers, their sequence numbers given (1, 2, … per dossier). */
export async function insertNumberedEvents(trx: Executor, events: Array<EventRow & { seq: number }>): Promise<void> {
  for (let i = 0; i < events.length; i += 2000) {
    await trx
      .insertInto('dossierEvents')
      .values(events.slice(i, i + 2000).map((e) => ({ ...e, data: JSON.stringify(e.data) })))
      .execute();
  }
}

export interface PortalMessage {
  provinceCode: string;
  dossierId: string;
  messageType: string;
  payload: Record<string, unknown>;
  createdAt: Date;
}

export async function insertPortalMessages(trx: Executor, messages: PortalMessage[]): Promise<void> {
  for (let i = 0; i < messages.length; i += 2000) {
    await trx
      .insertInto('portalSyncMessages')
      .values(messages.slice(i, i + 2000).map((m) => ({ ...m, payload: JSON.stringify(m.payload) })))
      .execute();
  }
}

export interface LegacyCodeRow {
  provinceCode: string;
  codeKey: string;
  legacyCode: string;
  dossierId: string | null;
  oldUnitCode: string;
  oldAgencyCode: string | null;
  oldAgencyName: string;
  summary: Record<string, unknown>;
  createdAt: Date;
  handedOverAt: Date | null;
}

/**
 * Records old codes. A code already recorded as pending (waiting in the review queue) gets
 * its dossier when it is handed over; a code already pointing at a dossier never moves.
 */
export async function upsertLegacyCodes(trx: Executor, rows: LegacyCodeRow[]): Promise<void> {
  if (rows.length === 0) return;
  await trx
    .insertInto('dossierLegacyCodes')
    .values(rows.map((r) => ({ ...r, summary: JSON.stringify(r.summary) })))
    .onConflict((oc) =>
      oc
        .columns(['provinceCode', 'codeKey'])
        .doUpdateSet((eb) => ({ dossierId: eb.ref('excluded.dossierId'), handedOverAt: eb.ref('excluded.handedOverAt'), summary: eb.ref('excluded.summary') }))
        .where('dossierLegacyCodes.dossierId', 'is', null),
    )
    .execute();
}

export async function findLegacyCode(db: Executor, provinceCode: string, codeKey: string): Promise<LegacyCodeRow | undefined> {
  return (await db.selectFrom('dossierLegacyCodes').selectAll().where('provinceCode', '=', provinceCode).where('codeKey', '=', codeKey).executeTakeFirst()) as
    | LegacyCodeRow
    | undefined;
}

export interface LegacyFigures {
  /** The old unit that received the dossier, or the agency now competent for it. */
  key: string;
  handedOver: number;
  finished: number;
  open: number;
  overdue: number;
}

/**
 * Taken-over dossiers counted by the old unit that received them or by the agency now
 * competent: finished since, still open, and overdue now (open, not waiting for the
 * applicant, past the due date).
 */
export async function legacyFigures(db: Executor, provinceCode: string, by: 'old_unit' | 'agency', now: Date): Promise<LegacyFigures[]> {
  const key = by === 'old_unit' ? sql<string>`l.old_unit_code` : sql<string>`d.competent_agency_code`;
  const final = sql.join([...FINAL_STATUSES, 'processed']);
  const paused = sql.join([...PAUSED_STATUSES]);
  const rows = await db
    .selectFrom('dossierLegacyCodes as l')
    .innerJoin('dossiers as d', (join) => join.onRef('d.provinceCode', '=', 'l.provinceCode').onRef('d.id', '=', 'l.dossierId'))
    .where('l.provinceCode', '=', provinceCode)
    .select([
      key.as('key'),
      sql<number>`count(*)`.as('handedOver'),
      sql<number>`count(*) filter (where d.status in (${final}))`.as('finished'),
      sql<number>`count(*) filter (where d.status not in (${final}))`.as('open'),
      sql<number>`count(*) filter (where d.status not in (${final}) and d.status not in (${paused}) and d.due_at < ${now})`.as('overdue'),
    ])
    .groupBy(key)
    .execute();
  return rows.map((r) => ({ key: r.key, handedOver: Number(r.handedOver), finished: Number(r.finished), open: Number(r.open), overdue: Number(r.overdue) }));
}
