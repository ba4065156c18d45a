import type { Executor } from '../db/database.js';
import type { YearConfig } from './config.js';

export interface YearOverride {
  year: number;
  config: YearConfig;
  updatedAt: Date;
  updatedBy: string;
}

/** The yearly decisions recorded for a province (they replace the shipped file's entry for that year). */
export async function yearOverrides(db: Executor, provinceCode: string): Promise<YearOverride[]> {
  const rows = await db.selectFrom('calendarYears').select(['year', 'config', 'updatedAt', 'updatedBy']).where('provinceCode', '=', provinceCode).orderBy('year').execute();
  return rows.map((r) => ({ ...r, config: r.config as unknown as YearConfig }));
}

export async function saveYear(trx: Executor, provinceCode: string, year: number, config: YearConfig, updatedAt: Date, updatedBy: string): Promise<void> {
  await trx
    .insertInto('calendarYears')
    .values({ provinceCode, year, config: JSON.stringify(config), updatedAt, updatedBy })
    .onConflict((oc) => oc.columns(['provinceCode', 'year']).doUpdateSet({ config: JSON.stringify(config), updatedAt, updatedBy }))
    .execute();
}
