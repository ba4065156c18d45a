import { createReadStream } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';

export type ExportFormat = 'jsonl' | 'csv';

/** One record of an export file, with where it lies in the file (for checkpoints and reports). */
export interface FileRecord {
  /** The record's text, without its line ending. */
  text: string;
  /** 1-based number of the physical line it starts on. */
  line: number;
  /** Byte offset of its first byte. */
  start: number;
  /** Byte offset just after it (and its line ending): where the next record starts. */
  end: number;
  /** Physical lines it spans (a quoted CSV field may hold line breaks). */
  lines: number;
  /** False for the last record of a file that does not end with a line break: possibly cut short. */
  terminated: boolean;
}

const NEWLINE = 0x0a;
const QUOTE = 0x22;
/** A row longer than this is refused (and the reader does not hold more than this in memory). */
export const MAX_RECORD_BYTES = 1 << 20;

/**
 * Reads the records of an export file from a byte offset, in constant memory: one line per
 * record for JSON Lines; for CSV a record ends at a line break outside double quotes
 * (RFC 4180), so quoted fields may hold line breaks. A record longer than MAX_RECORD_BYTES
 * is returned truncated with `text` cut; the caller refuses it. Blank lines are skipped.
 */
export async function* readRecords(path: string, format: ExportFormat, from: { offset: number; line: number }): AsyncGenerator<FileRecord> {
  const stream = createReadStream(path, { start: from.offset, highWaterMark: 1 << 20 });
  let parts: Buffer[] = [];
  let size = 0;
  let inQuotes = false;
  let start = from.offset;
  let position = from.offset;
  let line = from.line + 1;
  let spanned = 1;
  const emit = (terminated: boolean): FileRecord | undefined => {
    const buffer = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
    let text = buffer.toString('utf8');
    if (text.endsWith('\r')) text = text.slice(0, -1);
    const record = { text, line, start, end: position, lines: spanned, terminated };
    parts = [];
    size = 0;
    line += spanned;
    spanned = 1;
    start = position;
    return text.trim() === '' ? undefined : record;
  };
  const keep = (chunk: Buffer): void => {
    if (size < MAX_RECORD_BYTES + 1) {
      const room = MAX_RECORD_BYTES + 1 - size;
      const part = chunk.length > room ? chunk.subarray(0, room) : chunk;
      parts.push(part);
      size += part.length;
    }
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let from = 0;
    while (from < chunk.length) {
      let newline = chunk.indexOf(NEWLINE, from);
      if (format === 'csv') {
        // Find the first line break outside quotes: count the quotes up to each line break.
        for (;;) {
          const end = newline === -1 ? chunk.length : newline;
          for (let q = chunk.indexOf(QUOTE, from); q !== -1 && q < end; q = chunk.indexOf(QUOTE, q + 1)) inQuotes = !inQuotes;
          if (!inQuotes || newline === -1) break;
          // A line break inside a quoted field: the record goes on.
          spanned += 1;
          keep(chunk.subarray(from, newline + 1));
          position += newline + 1 - from;
          from = newline + 1;
          newline = chunk.indexOf(NEWLINE, from);
        }
      }
      if (newline === -1) {
        keep(chunk.subarray(from));
        position += chunk.length - from;
        break;
      }
      keep(chunk.subarray(from, newline));
      position += newline + 1 - from;
      from = newline + 1;
      const record = emit(true);
      if (record) yield record;
    }
  }
  if (size > 0) {
    const record = emit(false);
    if (record) yield { ...record, text: record.text };
  }
}

/** Whether a CSV record's text ends inside a quoted field (the file was cut in the middle of it). */
export function endsInsideQuotes(text: string): boolean {
  let quotes = 0;
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) quotes += 1;
  return quotes % 2 === 1;
}

/** The fields of one CSV record. Throws with a message when it is not valid CSV. */
export function csvFields(text: string): string[] {
  const rows = parseCsv(text, { relax_column_count: true, bom: true, skip_empty_lines: true }) as string[][];
  if (rows.length !== 1) throw new Error(`expected one CSV row, found ${rows.length}`);
  return rows[0]!;
}

/** The CSV columns of an export; see docs/handover.md. JSON-valued columns hold a JSON document. */
export const CSV_COLUMNS = [
  'code',
  'receiving_agency_code',
  'receiving_agency_name',
  'receiving_unit_code',
  'procedure_code',
  'procedure_slug',
  'procedure_name',
  'applicant_type',
  'applicant_name',
  'applicant_national_id',
  'applicant_tax_code',
  'representative_name',
  'representative_national_id',
  'applicant_phone',
  'applicant_email',
  'address_text',
  'address_commune_code',
  'address_commune',
  'address_district',
  'address_province',
  'channel',
  'return_channel',
  'postal_address',
  'submitted_at',
  'received_at',
  'due_at',
  'original_due_at',
  'paused_at',
  'status',
  'paid_at',
  'history',
  'files',
  'fees',
  'form_data',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export const REQUIRED_CSV_COLUMNS: CsvColumn[] = ['code', 'receiving_agency_name', 'receiving_unit_code', 'applicant_type', 'applicant_name', 'status'];
const JSON_COLUMNS = new Set<CsvColumn>(['history', 'files', 'fees', 'form_data']);

/**
 * A CSV row in the JSON Lines shape, so both formats are validated and stored alike. Empty
 * cells are absent values; JSON columns that do not parse are reported by name.
 */
export function csvToRecord(header: string[], fields: string[]): { record: Record<string, unknown>; errors: Array<{ field: string; message: string }> } {
  const cell = new Map<string, string>();
  header.forEach((name, i) => {
    const value = fields[i]?.trim();
    if (value) cell.set(name, value);
  });
  const errors: Array<{ field: string; message: string }> = [];
  if (fields.length !== header.length) errors.push({ field: '', message: `${fields.length} columns where the header has ${header.length}` });
  const json = (name: CsvColumn): unknown => {
    const value = cell.get(name);
    if (value === undefined || !JSON_COLUMNS.has(name)) return value;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      errors.push({ field: name, message: 'not valid JSON' });
      return undefined;
    }
  };
  const get = (name: CsvColumn): string | undefined => cell.get(name);
  const organisation = get('applicant_type') === 'organisation';
  const compact = (o: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
  const address = compact({ text: get('address_text'), communeCode: get('address_commune_code'), commune: get('address_commune'), district: get('address_district'), province: get('address_province') });
  const record = compact({
    code: get('code'),
    receivingAgency: compact({ code: get('receiving_agency_code'), name: get('receiving_agency_name') }),
    receivingUnitCode: get('receiving_unit_code'),
    procedure: compact({ code: get('procedure_code'), slug: get('procedure_slug'), name: get('procedure_name') }),
    applicant: compact({
      type: get('applicant_type'),
      ...(organisation ? { orgName: get('applicant_name'), taxCode: get('applicant_tax_code') } : { fullName: get('applicant_name'), nationalId: get('applicant_national_id') }),
      ...(organisation && get('representative_name') ? { representative: compact({ fullName: get('representative_name'), nationalId: get('representative_national_id') }) } : {}),
      phone: get('applicant_phone'),
      email: get('applicant_email'),
      ...(Object.keys(address).length > 0 ? { address } : {}),
    }),
    channel: get('channel'),
    returnChannel: get('return_channel'),
    postalAddress: get('postal_address'),
    submittedAt: get('submitted_at'),
    receivedAt: get('received_at'),
    dueAt: get('due_at'),
    originalDueAt: get('original_due_at'),
    pausedAt: get('paused_at'),
    status: get('status'),
    paidAt: get('paid_at'),
    history: json('history'),
    files: json('files'),
    fees: json('fees'),
    formData: json('form_data'),
  });
  return { record, errors };
}
