import type { ServiceContext } from '../../platform/context.js';
import { Problem } from '../../platform/errors.js';
import type { ExportFormat } from './parse.js';
import { importLegacyFile, planTransfer, runTransfer, startTransfer } from './service.js';

/** Options of `motcua import-legacy` and `motcua transfer` (see server/src/main.ts). */
export interface HandoverCliOptions {
  format?: string | undefined;
  'dry-run'?: boolean | undefined;
  'extend-days'?: string | undefined;
  decision?: string | undefined;
  'batch-size'?: string | undefined;
}

const out = (line: string): void => void process.stdout.write(`${line}\n`);
const pad = (v: string | number, n: number): string => String(v).padStart(n);

function explain(error: unknown): number {
  if (error instanceof Problem) {
    console.error(`${error.detail.vi}\n${error.detail.en}`);
    for (const e of error.errors) console.error(`  ${e.field}: ${e.message.en}`);
    return 2;
  }
  throw error;
}

/** `motcua import-legacy <file> [--format jsonl|csv] [--batch-size N]`: prints progress per batch and the rejected rows. */
export async function importLegacyCommand(ctx: ServiceContext, file: string | undefined, options: HandoverCliOptions): Promise<number> {
  if (!file) {
    console.error('usage: motcua import-legacy <file.jsonl|file.csv> [--format jsonl|csv] [--batch-size 1000]');
    return 2;
  }
  try {
    const started = Date.now();
    const report = await importLegacyFile(ctx, file, {
      ...(options.format ? { format: options.format as ExportFormat } : {}),
      ...(options['batch-size'] ? { batchSize: Number(options['batch-size']) } : {}),
      onProgress: (p) => out(`progress line ${p.line} (${Math.round((p.bytes / Math.max(1, p.size)) * 100)}%): accepted ${p.accepted}, unchanged ${p.unchanged}, rejected ${p.rejected}`),
    });
    if (report.alreadyImported) out(`${report.fileName} (sha256 ${report.fileSha256.slice(0, 12)}…) was imported before: nothing changed`);
    if (report.resumedAfterLine !== null) out(`resumed an interrupted import after line ${report.resumedAfterLine}`);
    for (const r of report.rejects.slice(0, 50)) out(`rejected line ${r.line}${r.code ? ` (${r.code})` : ''}: ${r.reasons.map((x) => `${x.field ? `${x.field}: ` : ''}${x.message.en}`).join('; ')}`);
    if (report.rejects.length > 50) out(`… ${report.rejected - 50} more rejected rows: GET /api/v1/handover/imports/${report.importId}/rejects`);
    out(`import ${report.importId}: ${report.accepted} accepted, ${report.unchanged} unchanged, ${report.rejected} rejected, ${report.line} lines (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    return 0;
  } catch (error) {
    return explain(error);
  }
}

/** `motcua transfer [--dry-run] [--extend-days N --decision "…"]`: the plan, or the hand-over with its progress. */
export async function transferCommand(ctx: ServiceContext, options: HandoverCliOptions): Promise<number> {
  try {
    const plan = await planTransfer(ctx);
    out(`${plan.total} staged dossiers: ${plan.handOver} to hand over, ${plan.review} to the review queue`);
    out('by rule: ' + Object.entries(plan.byRule).map(([rule, n]) => `${rule} ${n}`).join(', '));
    out('\nper old unit                                      hand over  review  → to');
    for (const l of plan.byOldUnit) {
      const targets = Object.entries(l.targets).sort((a, b) => b[1] - a[1]).map(([a, n]) => `${a} ${n}`).join(', ');
      out(`  ${l.oldUnitCode.padEnd(6)} ${l.oldUnitName.padEnd(40).slice(0, 40)} ${pad(l.handOver, 9)} ${pad(l.review, 7)}  ${targets}`);
    }
    out('\nper new agency                                                 hand over  review');
    for (const l of plan.byNewUnit) out(`  ${l.agencyCode.padEnd(16)} ${l.agencyName.padEnd(45).slice(0, 45)} ${pad(l.handOver, 9)} ${pad(l.review, 7)}`);
    if (plan.total === 0) {
      out('\nnothing to hand over: every imported dossier was handed over or waits in the review queue');
      return 0;
    }
    if (options['dry-run']) {
      out('\ndry run: nothing was written');
      return 0;
    }
    const extension = { extendWorkingDays: options['extend-days'] ? Number(options['extend-days']) : undefined, decision: options.decision };
    const started = Date.now();
    const transfer = await startTransfer(ctx, extension);
    out(`\ntransfer ${transfer.id} started: ${transfer.total} dossiers`);
    const done = await runTransfer(ctx, transfer.id, {
      ...extension,
      ...(options['batch-size'] ? { batchSize: Number(options['batch-size']) } : {}),
      onProgress: (t) => out(`progress ${t.processed}/${t.total}: handed over ${t.handedOver}, in review ${t.inReview}`),
    });
    out(`transfer ${done.id} ${done.state}: ${done.handedOver} handed over, ${done.inReview} in review (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    return done.state === 'completed' ? 0 : 1;
  } catch (error) {
    return explain(error);
  }
}
