import type { ServiceContext } from '../../platform/context.js';
import { legacyDossierFigures } from '../dossiers/legacy-report.js';
import { findAgencies } from '../units/agency-service.js';
import { Directory } from './reference.js';
import type { HandoverReport, NewUnitLine, OldUnitLine } from './schemas.js';
import * as store from './store.js';

/**
 * The hand-over in figures, per old unit and per new agency: received (rows imported),
 * handed over, in review, still staged, finished (in the old system, or since the
 * hand-over) and overdue now (taken over, open, past the due date).
 */
export async function handoverReport(ctx: ServiceContext): Promise<HandoverReport> {
  const byOld = await store.countByState(ctx.db, ctx.provinceCode, 'old_unit');
  const byTarget = await store.countByState(ctx.db, ctx.provinceCode, 'target');
  const byReview = await store.countByState(ctx.db, ctx.provinceCode, 'review');
  const figuresOld = new Map((await legacyDossierFigures(ctx, 'old_unit')).map((f) => [f.key, f]));
  const figuresNew = new Map((await legacyDossierFigures(ctx, 'agency')).map((f) => [f.key, f]));
  const directory = await Directory.load(ctx);
  const oldUnits: OldUnitLine[] = [];
  for (const c of byOld.sort((a, b) => a.key.localeCompare(b.key))) {
    const f = figuresOld.get(c.key);
    oldUnits.push({
      oldUnitCode: c.key,
      oldUnitName: (await directory.former(c.key))?.unit.name ?? c.key,
      received: c.received,
      staged: c.staged,
      handedOver: c.handedOver,
      inReview: c.inReview,
      finished: c.archived + (f?.finished ?? 0),
      overdue: f?.overdue ?? 0,
    });
  }
  const codes = [...new Set([...byTarget.map((c) => c.key), ...byReview.map((c) => c.key), ...figuresNew.keys()])].sort();
  const agencies = await findAgencies(ctx, codes);
  const newUnits: NewUnitLine[] = codes.map((code) => {
    const f = figuresNew.get(code);
    return {
      agencyCode: code,
      agencyName: agencies.get(code)?.name ?? code,
      unitCode: agencies.get(code)?.unitCode ?? code.split('.')[0]!,
      handedOver: f?.handedOver ?? 0,
      inReview: byReview.find((c) => c.key === code)?.inReview ?? 0,
      finished: f?.finished ?? 0,
      open: f?.open ?? 0,
      overdue: f?.overdue ?? 0,
    };
  });
  const sum = (lines: OldUnitLine[], k: keyof Omit<OldUnitLine, 'oldUnitCode' | 'oldUnitName'>): number => lines.reduce((n, l) => n + l[k], 0);
  return {
    generatedAt: ctx.now().toISOString(),
    totals: { received: sum(oldUnits, 'received'), staged: sum(oldUnits, 'staged'), handedOver: sum(oldUnits, 'handedOver'), inReview: sum(oldUnits, 'inReview'), finished: sum(oldUnits, 'finished'), overdue: sum(oldUnits, 'overdue') },
    byOldUnit: oldUnits,
    byNewUnit: newUnits,
  };
}

const cell = (v: string | number): string => {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** One of the report's tables as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read the Vietnamese). */
export function reportCsv(report: HandoverReport, by: 'old_unit' | 'new_unit'): string {
  const rows: Array<Array<string | number>> =
    by === 'old_unit'
      ? [
          ['old_unit_code', 'old_unit_name', 'received', 'handed_over', 'in_review', 'staged', 'finished', 'overdue'],
          ...report.byOldUnit.map((l) => [l.oldUnitCode, l.oldUnitName, l.received, l.handedOver, l.inReview, l.staged, l.finished, l.overdue]),
        ]
      : [
          ['agency_code', 'agency_name', 'unit_code', 'handed_over', 'in_review', 'finished', 'open', 'overdue'],
          ...report.byNewUnit.map((l) => [l.agencyCode, l.agencyName, l.unitCode, l.handedOver, l.inReview, l.finished, l.open, l.overdue]),
        ];
  return `\ufeff${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
