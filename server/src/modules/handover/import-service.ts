import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import { actorLabel } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { withTransaction, type ServiceContext } from '../../platform/context.js';
import { conflict, invalidField } from '../../platform/errors.js';
import { text } from '../../platform/i18n.js';
import { codeKey } from '../dossiers/code-key.js';
import { csvFields, csvToRecord, endsInsideQuotes, MAX_RECORD_BYTES, readRecords, REQUIRED_CSV_COLUMNS, type ExportFormat, type FileRecord } from './parse.js';
import { Directory } from './reference.js';
import * as store from './store.js';
import { validateRecord, type RowIssue } from './validate.js';

export interface ImportProgress {
  importId: string;
  line: number;
  bytes: number;
  size: number;
  accepted: number;
  unchanged: number;
  rejected: number;
}

export interface ImportOptions {
  format?: ExportFormat;
  /** Rows per transaction (and per checkpoint). */
  batchSize?: number;
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportReport extends ImportProgress {
  fileName: string;
  fileSha256: string;
  format: ExportFormat;
  /** The file had been imported completely before: nothing was read or changed. */
  alreadyImported: boolean;
  /** The line after which this run resumed an interrupted import, or null. */
  resumedAfterLine: number | null;
  rejects: Array<{ line: number; code: string | null; reasons: RowIssue[] }>;
}

const RAW_KEPT = 4000;

async function checksum(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export function formatOf(path: string, format?: ExportFormat): ExportFormat {
  if (format) return format;
  if (/\.csv$/i.test(path)) return 'csv';
  if (/\.(jsonl|ndjson|json)$/i.test(path)) return 'jsonl';
  throw invalidField('format', text('Không nhận ra định dạng tệp: dùng .jsonl hoặc .csv, hoặc chỉ rõ --format.', 'Unknown file format: use .jsonl or .csv, or give --format.'));
}

/** The header of a CSV export, checked before anything is imported: a file without the needed columns is refused whole. */
async function csvHeader(path: string): Promise<{ header: string[]; record: FileRecord }> {
  for await (const record of readRecords(path, 'csv', { offset: 0, line: 0 })) {
    const header = csvFields(record.text).map((h) => h.trim().toLowerCase());
    const missing = REQUIRED_CSV_COLUMNS.filter((c) => !header.includes(c));
    if (missing.length > 0) {
      throw invalidField('header', text(`Tệp CSV thiếu cột: ${missing.join(', ')}.`, `The CSV file lacks the columns: ${missing.join(', ')}.`));
    }
    return { header, record };
  }
  throw invalidField('file', text('Tệp rỗng.', 'The file is empty.'));
}

interface Parsed {
  record: FileRecord;
  value?: unknown;
  issues?: RowIssue[];
}

const issue = (field: string, vi: string, en: string): RowIssue => ({ field, message: { vi, en } });

function parseRecord(record: FileRecord, format: ExportFormat, header: string[] | null): Parsed {
  if (record.end - record.start > MAX_RECORD_BYTES) return { record, issues: [issue('', 'Dòng dài quá 1 MiB.', 'The row is longer than 1 MiB.')] };
  const cutShort = !record.terminated;
  try {
    if (format === 'jsonl') return { record, value: JSON.parse(record.text) as unknown };
    if (cutShort && endsInsideQuotes(record.text)) throw new Error('unterminated quoted field');
    const { record: value, errors } = csvToRecord(header!, csvFields(record.text));
    if (errors.length > 0) return { record, issues: errors.map((e) => issue(e.field, `Cột ${e.field || '(cả dòng)'}: ${e.message}.`, `Column ${e.field || '(row)'}: ${e.message}.`)) };
    return { record, value };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return cutShort
      ? { record, issues: [issue('', `Tệp kết thúc giữa chừng một dòng (tệp bị cắt?): ${why}.`, `The file ends in the middle of a row (cut short?): ${why}.`)] }
      : { record, issues: [issue('', `Dòng không đúng định dạng ${format === 'jsonl' ? 'JSON' : 'CSV'}: ${why}.`, `The row is not valid ${format === 'jsonl' ? 'JSON' : 'CSV'}: ${why}.`)] };
  }
}

/**
 * Imports an export of an old system (docs/handover.md: JSON Lines or CSV) into the
 * staging table, streamed in constant memory and validated row by row. Each batch of rows
 * commits together with the file's checkpoint (byte offset and line), so:
 * - a run killed at any point resumes after the last committed batch: nothing twice,
 *   nothing missed, never half a row;
 * - a file imported completely before is recognised by its checksum and changes nothing;
 * - an old code seen before (another file) is kept as it was: identical rows count as
 *   unchanged, different ones are refused as duplicates, like a code repeated in a file.
 * Refused rows are recorded with every reason; the rest goes on.
 */
export async function importLegacyFile(ctx: ServiceContext, path: string, options: ImportOptions = {}): Promise<ImportReport> {
  const format = formatOf(path, options.format);
  const batchSize = options.batchSize ?? 1000;
  const size = statSync(path).size;
  const sha256 = await checksum(path);
  const header = format === 'csv' ? await csvHeader(path) : null;
  const now = ctx.now();
  const imp = await store.findOrCreateImport(ctx.db, {
    provinceCode: ctx.provinceCode,
    id: randomUUID(),
    fileName: basename(path),
    fileSha256: sha256,
    fileSize: size,
    format,
    header: header?.header ?? null,
    state: 'running',
    byteOffset: 0,
    lineNumber: 0,
    accepted: 0,
    unchanged: 0,
    rejected: 0,
    startedBy: actorLabel(ctx.actor),
    startedAt: now,
    updatedAt: now,
    finishedAt: null,
  });
  const report = (alreadyImported: boolean, resumedAfterLine: number | null) => finalReport(ctx, imp.id, { fileName: imp.fileName, fileSha256: sha256, format, alreadyImported, resumedAfterLine, size });
  if (imp.state === 'completed') return report(true, null);
  const resumedAfterLine = imp.byteOffset > 0 ? imp.lineNumber : null;
  const directory = await Directory.load(ctx);
  let offset = imp.byteOffset;
  let line = imp.lineNumber;
  // A CSV file's header is not a row: start after it.
  if (header && offset === 0) {
    offset = header.record.end;
    line = header.record.lines;
  }
  let committed = imp.byteOffset;
  const totals = { accepted: imp.accepted, unchanged: imp.unchanged, rejected: imp.rejected };
  let batch: Parsed[] = [];
  const flush = async (final: boolean): Promise<void> => {
    const last = batch.at(-1)?.record;
    const to = { byteOffset: last ? last.end : offset, lineNumber: last ? last.line + last.lines - 1 : line };
    const counts = await commitBatch(ctx, imp.id, committed, batch, directory, { ...to, final, header: header?.header });
    // The checkpoint the next batch must find: where this one ended.
    committed = to.byteOffset;
    offset = to.byteOffset;
    line = to.lineNumber;
    totals.accepted += counts.accepted;
    totals.unchanged += counts.unchanged;
    totals.rejected += counts.rejected;
    batch = [];
    options.onProgress?.({ importId: imp.id, line, bytes: offset, size, ...totals });
  };
  for await (const record of readRecords(path, format, { offset, line })) {
    batch.push(parseRecord(record, format, header?.header ?? null));
    if (batch.length >= batchSize) await flush(false);
  }
  await flush(true);
  return report(false, resumedAfterLine);
}

/**
 * Validates and stores one batch with the checkpoint, in one transaction. The import row is
 * locked and its checkpoint must be where this run left it: a second process importing the
 * same file at the same time is stopped rather than allowed to interleave.
 */
async function commitBatch(
  ctx: ServiceContext,
  importId: string,
  expectedOffset: number,
  batch: Parsed[],
  directory: Directory,
  to: { byteOffset: number; lineNumber: number; final: boolean; header?: string[] | undefined },
): Promise<{ accepted: number; unchanged: number; rejected: number }> {
  return withTransaction(ctx, async (tx) => {
    directory.bind(tx);
    const imp = await store.lockImport(tx.db, tx.provinceCode, importId);
    if (imp.state === 'completed' || imp.byteOffset !== expectedOffset) {
      throw conflict(text('Một tiến trình khác đang nhập tệp này; hãy đợi nó xong rồi chạy lại.', 'Another process is importing this file; wait for it and run again.'));
    }
    const now = tx.now();
    const rejects: store.RejectRow[] = [];
    const staged: store.StagedInsert[] = [];
    const firstLine = new Map<string, number>();
    const reject = (p: Parsed, code: string | null, issues: RowIssue[]): void => {
      rejects.push({ provinceCode: tx.provinceCode, importId, lineNumber: p.record.line, byteOffset: p.record.start, legacyCode: code, reasons: issues, raw: p.record.text.slice(0, RAW_KEPT) });
    };
    for (const p of batch) {
      if (p.issues) {
        reject(p, null, p.issues);
        continue;
      }
      const result = await validateRecord(p.value, directory);
      if (!result.ok) {
        reject(p, result.code, result.issues);
        continue;
      }
      const key = codeKey(result.row.code);
      const seen = firstLine.get(key);
      if (seen !== undefined) {
        reject(p, result.row.code, [issue('code', `Mã hồ sơ trùng với dòng ${seen} của tệp.`, `The code repeats line ${seen} of the file.`)]);
        continue;
      }
      firstLine.set(key, p.record.line);
      staged.push({
        provinceCode: tx.provinceCode,
        codeKey: key,
        legacyCode: result.row.code,
        importId,
        lineNumber: p.record.line,
        rowSha256: createHash('sha256').update(p.record.text.trim()).digest('hex'),
        record: p.value,
        validation: { warnings: result.row.warnings },
        oldUnitCode: result.row.unit.code,
        oldUnitLevel: result.row.unit.level,
        procedureSlug: result.row.procedure.slug,
        legacyStatus: result.row.status,
        receivedAt: result.row.receivedAt,
        dueAt: result.row.dueAt,
        // Finished in the old system: kept for the record and the reports, nothing to hand over.
        state: result.row.finished ? 'archived' : 'staged',
        importedAt: now,
      });
    }
    const inserted = await store.insertStaged(tx.db, staged);
    const others = staged.filter((s) => !inserted.has(s.codeKey));
    let unchanged = 0;
    if (others.length > 0) {
      const origins = await store.stagedOrigins(tx.db, tx.provinceCode, others.map((s) => s.codeKey));
      for (const s of others) {
        const origin = origins.get(s.codeKey)!;
        const p = batch.find((b) => b.record.line === s.lineNumber)!;
        if (origin.importId === importId) reject(p, s.legacyCode, [issue('code', `Mã hồ sơ trùng với dòng ${origin.lineNumber} của tệp.`, `The code repeats line ${origin.lineNumber} of the file.`)]);
        else if (origin.rowSha256 === s.rowSha256) unchanged += 1;
        else {
          reject(p, s.legacyCode, [
            issue('code', `Mã hồ sơ đã được nhập từ tệp «${origin.fileName}» (dòng ${origin.lineNumber}) với nội dung khác.`, `The code was already imported from '${origin.fileName}' (line ${origin.lineNumber}) with different content.`),
          ]);
        }
      }
    }
    await store.insertRejects(tx.db, rejects);
    const counts = { accepted: inserted.size, unchanged, rejected: rejects.length };
    await store.advanceImport(tx.db, tx.provinceCode, importId, { ...to, ...counts, ...(to.header ? { header: to.header } : {}), ...(to.final ? { state: 'completed' as const } : {}) }, now);
    if (to.final) {
      const done = await store.lockImport(tx.db, tx.provinceCode, importId);
      await recordAudit(tx, { action: 'handover.imported', entityType: 'legacy-import', entityId: importId, after: { file: done.fileName, sha256: done.fileSha256, accepted: done.accepted, unchanged: done.unchanged, rejected: done.rejected } });
    }
    return counts;
  });
}

async function finalReport(
  ctx: ServiceContext,
  importId: string,
  base: { fileName: string; fileSha256: string; format: ExportFormat; alreadyImported: boolean; resumedAfterLine: number | null; size: number },
): Promise<ImportReport> {
  const imp = (await store.findImport(ctx.db, ctx.provinceCode, importId))!;
  const rejects = await store.listRejects(ctx.db, ctx.provinceCode, importId, 1000);
  return {
    ...base,
    importId,
    line: imp.lineNumber,
    bytes: imp.byteOffset,
    accepted: imp.accepted,
    unchanged: imp.unchanged,
    rejected: imp.rejected,
    rejects: rejects.map((r) => ({ line: r.lineNumber, code: r.legacyCode, reasons: r.reasons as RowIssue[] })),
  };
}

