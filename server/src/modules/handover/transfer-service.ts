import { randomUUID } from 'node:crypto';
import { actorLabel } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { localDateOf } from '../../platform/calendar/local-date.js';
import { workingCalendar } from '../../platform/calendar/service.js';
import { withTransaction, type ServiceContext } from '../../platform/context.js';
import { conflict, invalidField, notFound } from '../../platform/errors.js';
import { text } from '../../platform/i18n.js';
import { registerPendingLegacyCodes, takeOverLegacyDossiers, type DueExtension } from '../dossiers/legacy-takeover.js';
import type { VersionRow } from '../catalog/store.js';
import { listAgencies } from '../units/agency-service.js';
import type { ListAgenciesQuery } from '../units/schemas.js';
import { toLegacyDossier, toPending } from './convert.js';
import { decide, type Decision, type Rule } from './decide.js';
import { Directory } from './reference.js';
import * as store from './store.js';

export interface TransferOptions {
  /** Working days added to every due date, by a recorded decision (both or neither). */
  extendWorkingDays?: number | undefined;
  decision?: string | undefined;
  batchSize?: number | undefined;
  onProgress?: ((transfer: store.TransferRow) => void) | undefined;
}

/**
 * A running transfer not updated for this long is taken for dead (a batch takes seconds).
 * Two transfers running at once are safe anyway: each claims its rows with SKIP LOCKED.
 */
const STALE_MS = 60_000;

/** The agencies of the province, by code (name and unit), read once per run. */
async function agencyDirectory(ctx: ServiceContext): Promise<Map<string, { name: string; unitCode: string }>> {
  const page = await listAgencies(ctx, { limit: 100_000 } as ListAgenciesQuery);
  return new Map(page.items.map((a) => [a.code, { name: a.name, unitCode: a.unitCode }]));
}

function extensionOf(options: TransferOptions): DueExtension | undefined {
  const { extendWorkingDays: days, decision } = options;
  if (days === undefined && !decision) return undefined;
  if (days === undefined || !Number.isInteger(days) || days < 1 || days > 60) {
    throw invalidField('extendWorkingDays', text('Số ngày làm việc gia hạn là số nguyên từ 1 đến 60.', 'The extension is a whole number of working days from 1 to 60.'));
  }
  if (!decision?.trim()) throw invalidField('decision', text('Gia hạn phải theo một quyết định: ghi số, ngày của quyết định.', 'An extension needs a decision: give its number and date.'));
  return { workingDays: days, decision: decision.trim() };
}

export interface PlanLine {
  oldUnitCode: string;
  oldUnitName: string;
  handOver: number;
  review: number;
  /** Agency code → dossiers it would take over. */
  targets: Record<string, number>;
}

export interface TransferPlan {
  total: number;
  handOver: number;
  review: number;
  byRule: Partial<Record<Rule, number>>;
  byOldUnit: PlanLine[];
  byNewUnit: Array<{ agencyCode: string; agencyName: string; handOver: number; review: number }>;
}

/** What a transfer would do now, per old unit and per new agency, writing nothing (the dry run). */
export async function planTransfer(ctx: ServiceContext): Promise<TransferPlan> {
  const directory = await Directory.load(ctx);
  const agencies = await agencyDirectory(ctx);
  const plan: TransferPlan = { total: 0, handOver: 0, review: 0, byRule: {}, byOldUnit: [], byNewUnit: [] };
  const oldUnits = new Map<string, PlanLine>();
  const newUnits = new Map<string, { agencyCode: string; agencyName: string; handOver: number; review: number }>();
  let after: string | undefined;
  for (;;) {
    const rows = await store.pageStaged(ctx.db, ctx.provinceCode, 1000, after);
    if (rows.length === 0) break;
    after = rows.at(-1)!.codeKey;
    for (const row of rows) {
      const d = await decide(row, directory, ctx.provinceCode, (code) => agencies.has(code));
      plan.total += 1;
      plan.byRule[d.rule] = (plan.byRule[d.rule] ?? 0) + 1;
      let line = oldUnits.get(row.oldUnitCode);
      if (!line) {
        line = { oldUnitCode: row.oldUnitCode, oldUnitName: (await directory.former(row.oldUnitCode))?.unit.name ?? row.oldUnitCode, handOver: 0, review: 0, targets: {} };
        oldUnits.set(row.oldUnitCode, line);
      }
      const agency = d.kind === 'hand_over' ? d.competent : d.reviewAgency;
      let target = newUnits.get(agency);
      if (!target) {
        target = { agencyCode: agency, agencyName: agencies.get(agency)?.name ?? agency, handOver: 0, review: 0 };
        newUnits.set(agency, target);
      }
      if (d.kind === 'hand_over') {
        plan.handOver += 1;
        line.handOver += 1;
        line.targets[agency] = (line.targets[agency] ?? 0) + 1;
        target.handOver += 1;
      } else {
        plan.review += 1;
        line.review += 1;
        target.review += 1;
      }
    }
  }
  plan.byOldUnit = [...oldUnits.values()].sort((a, b) => a.oldUnitCode.localeCompare(b.oldUnitCode));
  plan.byNewUnit = [...newUnits.values()].sort((a, b) => a.agencyCode.localeCompare(b.agencyCode));
  return plan;
}

/** Records a new transfer run (refused when nothing waits to be handed over). */
export async function startTransfer(ctx: ServiceContext, options: TransferOptions): Promise<store.TransferRow> {
  const extension = extensionOf(options);
  return withTransaction(ctx, async (tx) => {
    const now = tx.now();
    // A run that has not moved for a while stopped with its process; its rows are still staged.
    await store.markInterrupted(tx.db, tx.provinceCode, new Date(now.getTime() - STALE_MS), now);
    const total = await store.countStaged(tx.db, tx.provinceCode);
    // Running again after everything was handed over changes nothing, not even the list of runs.
    if (total === 0) throw conflict(text('Không còn hồ sơ nào chờ chuyển giao.', 'No dossier is waiting to be handed over.'), { staged: 0 });
    const row: store.TransferRow = {
      provinceCode: tx.provinceCode,
      id: randomUUID(),
      state: 'running',
      options: extension ? { extension } : {},
      total,
      processed: 0,
      handedOver: 0,
      inReview: 0,
      startedBy: actorLabel(tx.actor),
      startedAt: now,
      updatedAt: now,
      finishedAt: null,
      lastError: null,
    };
    await store.insertTransfer(tx.db, row);
    await recordAudit(tx, { action: 'handover.transfer_started', entityType: 'legacy-transfer', entityId: row.id, after: { total: row.total, ...row.options } });
    return row;
  });
}

/**
 * Hands over every staged dossier, a batch per transaction: the rows are claimed with
 * `FOR UPDATE SKIP LOCKED`, each is decided (see `decide`), the dossiers module takes the
 * decided ones over, the others go to the review queue (their old code answering the
 * lookup meanwhile), and the rows are marked — all in the batch's transaction. A run that
 * stops anywhere leaves every row either done or still staged; running again finishes it.
 */
export async function runTransfer(ctx: ServiceContext, transferId: string, options: TransferOptions = {}): Promise<store.TransferRow> {
  const extension = extensionOf(options);
  const batchSize = options.batchSize ?? 500;
  const directory = await Directory.load(ctx);
  const agencies = await agencyDirectory(ctx);
  const versions = new Map<string, VersionRow>();
  try {
    for (;;) {
      const claimed = await withTransaction(ctx, async (tx) => {
        directory.bind(tx);
        const rows = await store.claimStaged(tx.db, tx.provinceCode, batchSize);
        if (rows.length === 0) return 0;
        const now = tx.now();
        const calendar = await workingCalendar(tx);
        // Decree 120/2025/NĐ-CP: the province assigns a commune within 2 working days.
        const reviewDue = calendar.closingTimeOf(calendar.addWorkingDaysToDate(localDateOf(now), 2));
        const decisions: Decision[] = [];
        for (const row of rows) decisions.push(await decide(row, directory, tx.provinceCode, (code) => agencies.has(code)));
        const handed = rows.flatMap((row, i) => {
          const d = decisions[i]!;
          return d.kind === 'hand_over' ? [toLegacyDossier(row, d.place, d.reason)] : [];
        });
        const taken = new Map((await takeOverLegacyDossiers(tx, handed, extension, versions)).map((t) => [t.legacyCode, t]));
        const reviewed = rows.filter((_, i) => decisions[i]!.kind === 'review');
        await registerPendingLegacyCodes(tx, reviewed.map((row) => toPending(row, directory.procedureBySlug(row.procedureSlug)!.name)));
        const outcomes: store.Outcome[] = rows.map((row, i) => {
          const d = decisions[i]!;
          if (d.kind === 'hand_over') {
            const t = taken.get(row.legacyCode)!;
            return { codeKey: row.codeKey, state: 'handed_over', decision: { rule: d.rule, reason: d.reason, place: d.place }, targetAgencyCode: t.competentAgencyCode, reviewAgencyCode: null, reviewDueAt: null, dossierId: t.dossierId };
          }
          return {
            codeKey: row.codeKey,
            state: 'in_review',
            decision: { rule: d.rule, reason: d.reason, candidates: d.candidates },
            targetAgencyCode: null,
            reviewAgencyCode: d.reviewAgency,
            reviewDueAt: d.rule === 'review_civil_status' ? reviewDue : null,
            dossierId: null,
          };
        });
        await store.recordOutcomes(tx.db, tx.provinceCode, transferId, outcomes, now);
        if (reviewed.length > 0) {
          await recordAudit(tx, { action: 'handover.review_queued', entityType: 'legacy-transfer', entityId: transferId, after: { count: reviewed.length, codes: reviewed.map((r) => r.legacyCode) } });
        }
        await store.advanceTransfer(tx.db, tx.provinceCode, transferId, { processed: rows.length, handedOver: taken.size, inReview: reviewed.length }, now);
        return rows.length;
      });
      directory.bind(ctx);
      if (options.onProgress) options.onProgress((await store.findTransfer(ctx.db, ctx.provinceCode, transferId))!);
      if (claimed === 0) break;
    }
    await store.finishTransfer(ctx.db, ctx.provinceCode, transferId, 'completed', ctx.now());
  } catch (error) {
    directory.bind(ctx);
    await store.finishTransfer(ctx.db, ctx.provinceCode, transferId, 'failed', ctx.now(), error instanceof Error ? error.message : String(error));
    throw error;
  }
  return getTransfer(ctx, transferId);
}

export async function getTransfer(ctx: ServiceContext, id: string): Promise<store.TransferRow> {
  const row = await store.findTransfer(ctx.db, ctx.provinceCode, id);
  if (!row) throw notFound(text('lượt chuyển giao', 'transfer'), id);
  return row;
}

export const listTransfers = (ctx: ServiceContext): Promise<store.TransferRow[]> => store.listTransfers(ctx.db, ctx.provinceCode, 50);
