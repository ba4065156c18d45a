import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { inTransaction, type Executor } from '../../platform/db/database.js';
import { dataPath } from '../../platform/paths.js';
import { foldText } from '../../platform/text.js';

const REFERENCE_NAME = 'units';
const BATCH = 1000;

/** The date the 2025 reorganisation took effect (Resolutions 1654–1687/NQ-UBTVQH15). */
export const REFORM_2025 = '2025-07-01';

interface UnitCsvRow {
  code: string;
  level: string;
  name: string;
  type: string;
  parent_code: string;
  province_code: string;
  valid_from: string;
  valid_to: string;
}

interface SuccessionCsvRow {
  old_level: string;
  old_code: string;
  new_code: string;
  kind: string;
}

/**
 * Loads data/units (every unit of both periods and the successions between them) when the
 * shipped files differ from what the database holds. All or nothing, in one transaction.
 * Returns whether anything was loaded.
 */
export async function loadUnitReferenceData(db: Executor): Promise<boolean> {
  const unitsCsv = readFileSync(dataPath('units', 'units.csv'));
  const successionsCsv = readFileSync(dataPath('units', 'successions.csv'));
  const checksum = createHash('sha256').update(unitsCsv).update(successionsCsv).digest('hex');
  const loaded = await db.selectFrom('referenceData').select('checksum').where('name', '=', REFERENCE_NAME).executeTakeFirst();
  if (loaded?.checksum === checksum) return false;

  const units = (parse(unitsCsv, { columns: true }) as UnitCsvRow[]).map((r) => ({
    code: r.code,
    level: r.level,
    name: r.name,
    type: r.type,
    parentCode: r.parent_code || null,
    provinceCode: r.province_code,
    validFrom: r.valid_from || null,
    validTo: r.valid_to || null,
    searchName: foldText(r.name),
  }));
  const successions = (parse(successionsCsv, { columns: true }) as SuccessionCsvRow[]).map((r) => ({
    effectiveDate: REFORM_2025,
    oldLevel: r.old_level,
    oldCode: r.old_code,
    newCode: r.new_code,
    kind: r.kind,
  }));

  await inTransaction(db, async (trx) => {
    await trx.deleteFrom('unitSuccessions').execute();
    await trx.deleteFrom('units').execute();
    for (let i = 0; i < units.length; i += BATCH) await trx.insertInto('units').values(units.slice(i, i + BATCH)).execute();
    for (let i = 0; i < successions.length; i += BATCH) await trx.insertInto('unitSuccessions').values(successions.slice(i, i + BATCH)).execute();
    await trx
      .insertInto('referenceData')
      .values({ name: REFERENCE_NAME, checksum })
      .onConflict((oc) => oc.column('name').doUpdateSet({ checksum, loadedAt: new Date() }))
      .execute();
  });
  return true;
}
