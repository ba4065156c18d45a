import type { ServiceContext } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { text } from '../../platform/i18n.js';
import type { RowIssue } from './validate.js';
import type { ImportSummary, Transfer, TransferBody } from './schemas.js';
import * as store from './store.js';
import { runTransfer, startTransfer } from './transfer-service.js';

export { importLegacyFile } from './import-service.js';
export { planTransfer, runTransfer, startTransfer, getTransfer, listTransfers } from './transfer-service.js';
export { assignReview, listReview } from './review-service.js';
export { handoverReport, reportCsv } from './report-service.js';

const toImport = (r: store.ImportRow): ImportSummary => ({
  id: r.id,
  fileName: r.fileName,
  fileSha256: r.fileSha256,
  fileSize: Number(r.fileSize),
  format: r.format,
  state: r.state,
  lineNumber: Number(r.lineNumber),
  byteOffset: Number(r.byteOffset),
  accepted: r.accepted,
  unchanged: r.unchanged,
  rejected: r.rejected,
  startedBy: r.startedBy,
  startedAt: r.startedAt.toISOString(),
  finishedAt: r.finishedAt?.toISOString() ?? null,
});

/** The imports of the province, newest first. */
export async function listImports(ctx: ServiceContext): Promise<{ items: ImportSummary[] }> {
  return { items: (await store.listImports(ctx.db, ctx.provinceCode, 200)).map(toImport) };
}

/** The rows an import refused, with every reason, in file order. */
export async function listRejects(ctx: ServiceContext, importId: string, limit: number, afterLine?: number) {
  if (!(await store.findImport(ctx.db, ctx.provinceCode, importId))) throw notFound(text('lượt nhập dữ liệu', 'import'), importId);
  const rows = await store.listRejects(ctx.db, ctx.provinceCode, importId, limit + 1, afterLine);
  const items = rows.slice(0, limit).map((r) => ({ line: Number(r.lineNumber), byteOffset: Number(r.byteOffset), legacyCode: r.legacyCode, reasons: r.reasons as RowIssue[], raw: r.raw }));
  return { items, nextAfterLine: rows.length > limit ? (items.at(-1)?.line ?? null) : null };
}

export const toTransfer = (r: store.TransferRow): Transfer => ({
  id: r.id,
  state: r.state,
  options: r.options,
  total: r.total,
  processed: r.processed,
  handedOver: r.handedOver,
  inReview: r.inReview,
  percent: r.total === 0 ? 100 : Math.min(100, Math.round((r.processed / r.total) * 1000) / 10),
  startedBy: r.startedBy,
  startedAt: r.startedAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
  finishedAt: r.finishedAt?.toISOString() ?? null,
  lastError: r.lastError,
});

/**
 * Starts a transfer from the admin API and returns at once; the transfer runs in this
 * process (batch after batch, each committed) and its progress is read back by id. If the
 * process stops, rows not yet handed over stay staged: start another transfer.
 */
export async function launchTransfer(ctx: ServiceContext, body: TransferBody, onError: (error: unknown) => void): Promise<Transfer> {
  const row = await startTransfer(ctx, body);
  runTransfer(ctx, row.id, body).catch(onError);
  return toTransfer(row);
}
