/**
 * Converts the shared admin-units source data (../shared/data/admin-units) into the
 * project's own files under data/units/: one table of units with validity dates and
 * one table of successions. Run: npx tsx scripts/convert-admin-units.ts [sourceDir]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

const source = process.argv[2] ?? join(import.meta.dirname, '../../shared/data/admin-units');
const target = join(import.meta.dirname, '../data/units');

const REFORM_START = '2025-07-01';
const REFORM_EVE = '2025-06-30';

type Row = Record<string, string>;
const read = (file: string): Row[] => parse(readFileSync(join(source, file)), { columns: true });

const old = read('units_pre2025.csv');
const byCode = new Map(old.map((r) => [`${r.level}:${r.code}`, r]));
const provinceOf = (r: Row): string => {
  if (r.level === 'province') return r.code!;
  const parentLevel = r.level === 'commune' ? 'district' : 'province';
  const parent = byCode.get(`${parentLevel}:${r.parent_code}`);
  if (!parent) throw new Error(`no parent for ${r.level} ${r.code}`);
  return provinceOf(parent);
};

const units = [
  ...read('provinces_2025.csv').map((r) => [r.code, 'province', r.name, r.type, '', r.code, REFORM_START, '']),
  ...read('communes_2025.csv').map((r) => [r.code, 'commune', r.name, r.type, r.province_code, r.province_code, REFORM_START, '']),
  ...old.map((r) => [r.code, r.level, r.name, r.type, r.parent_code, provinceOf(r), '', REFORM_EVE]),
];
writeFileSync(
  join(target, 'units.csv'),
  stringify(units, { header: true, columns: ['code', 'level', 'name', 'type', 'parent_code', 'province_code', 'valid_from', 'valid_to'] }),
);

const successions = [
  ...read('province_succession_2025.csv').map((r) => ['province', r.old_province_code, r.new_province_code, 'full']),
  ...read('succession_2025.csv').map((r) => [
    r.old_commune_code!.length === 3 ? 'district' : 'commune',
    r.old_commune_code,
    r.new_commune_code,
    r.kind,
  ]),
];
writeFileSync(
  join(target, 'successions.csv'),
  stringify(successions, { header: true, columns: ['old_level', 'old_code', 'new_code', 'kind'] }),
);
console.log(`units: ${units.length}, successions: ${successions.length}`);
