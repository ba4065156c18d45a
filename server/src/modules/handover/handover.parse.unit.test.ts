import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvFields, csvToRecord, readRecords, type FileRecord } from './parse.js';
import { parseInstant, parseLegacyStatus } from './validate.js';

const dir = mkdtempSync(join(tmpdir(), 'motcua-parse-'));
const file = (name: string, content: string): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const all = async (path: string, format: 'jsonl' | 'csv', from = { offset: 0, line: 0 }): Promise<FileRecord[]> => {
  const out: FileRecord[] = [];
  for await (const r of readRecords(path, format, from)) out.push(r);
  return out;
};

describe('reading an export record by record', () => {
  it('gives each JSON line with its line number and byte offsets, skipping blank lines', async () => {
    const path = file('a.jsonl', '{"a":"Đà"}\n\n{"b":2}\r\n{"c":3}\n');
    const records = await all(path, 'jsonl');
    expect(records.map((r) => [r.text, r.line, r.terminated])).toEqual([
      ['{"a":"Đà"}', 1, true],
      ['{"b":2}', 3, true],
      ['{"c":3}', 4, true],
    ]);
    // Offsets count bytes ("Đ" and "à" take two each), so a resumed read starts exactly at the next record.
    expect(records[0]!.end).toBe(Buffer.byteLength('{"a":"Đà"}\n'));
    const resumed = await all(path, 'jsonl', { offset: records[1]!.end, line: 3 });
    expect(resumed.map((r) => [r.text, r.line])).toEqual([['{"c":3}', 4]]);
  });

  it('marks a last line without a line break, the sign of a file cut short', async () => {
    const records = await all(file('b.jsonl', '{"a":1}\n{"b":'), 'jsonl');
    expect(records.map((r) => [r.text, r.terminated])).toEqual([
      ['{"a":1}', true],
      ['{"b":', false],
    ]);
  });

  it('keeps line breaks inside quoted CSV fields within one record', async () => {
    const path = file('c.csv', 'code,note\nA-1,"first line\nsecond ""quoted"" line"\nA-2,plain\n');
    const records = await all(path, 'csv');
    expect(records.map((r) => [r.line, r.lines])).toEqual([
      [1, 1],
      [2, 2],
      [4, 1],
    ]);
    expect(csvFields(records[1]!.text)).toEqual(['A-1', 'first line\nsecond "quoted" line']);
  });

  it('reads records across chunk boundaries in constant memory', async () => {
    const line = JSON.stringify({ code: 'X', pad: 'x'.repeat(300_000) });
    const records = await all(file('d.jsonl', `${line}\n${line}\n${line}\n${line}\n`), 'jsonl');
    expect(records).toHaveLength(4);
    expect(records.every((r) => r.text === line)).toBe(true);
    expect(records[3]!.end).toBe(4 * (line.length + 1));
  });

  it('maps a CSV row to the JSON Lines shape, reporting JSON columns that do not parse', () => {
    const header = ['code', 'receiving_unit_code', 'applicant_type', 'applicant_name', 'address_commune', 'history'];
    const { record, errors } = csvToRecord(header, ['Q1-250601-0001', '760', 'person', 'Lê Thị Cúc', 'Phường Đa Kao', '[{"at":"2025-06-01"']);
    expect(record).toMatchObject({ code: 'Q1-250601-0001', receivingUnitCode: '760', applicant: { type: 'person', fullName: 'Lê Thị Cúc', address: { commune: 'Phường Đa Kao' } } });
    expect(errors).toEqual([{ field: 'history', message: 'not valid JSON' }]);
  });
});

describe('values of old systems', () => {
  it('reads times with an offset, in Vietnam local time, and Vietnamese day/month/year', () => {
    expect(parseInstant('2025-06-20T09:15:00+07:00')?.toISOString()).toBe('2025-06-20T02:15:00.000Z');
    expect(parseInstant('2025-06-20 09:15')?.toISOString()).toBe('2025-06-20T02:15:00.000Z');
    expect(parseInstant('20/06/2025 09:15:30')?.toISOString()).toBe('2025-06-20T02:15:30.000Z');
    expect(parseInstant('2025-06-27', true)?.toISOString()).toBe('2025-06-27T10:00:00.000Z');
    expect(parseInstant('2025-02-30')).toBeUndefined();
    expect(parseInstant('hôm qua')).toBeUndefined();
  });

  it('reads statuses as TrangThaiHoSo numbers or names', () => {
    expect(parseLegacyStatus(4)).toBe('processing');
    expect(parseLegacyStatus('10')).toBe('returned');
    expect(parseLegacyStatus('supplement_requested')).toBe('supplement_requested');
    expect(parseLegacyStatus(11)).toBeUndefined();
    expect(parseLegacyStatus('done')).toBeUndefined();
  });
});
