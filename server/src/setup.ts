import type { Config } from './platform/config.js';
import { openDatabase, type Database, type DatabaseTarget, type OpenDatabase } from './platform/db/database.js';
import { migrateToLatest } from './platform/db/migrate.js';
import { join } from 'node:path';
import { loadCatalogReferenceData } from './modules/catalog/admin-service.js';
import { loadUnitReferenceData } from './modules/units/reference-data.js';

/** A PostgreSQL server when DATABASE_URL is set, otherwise the embedded database under the data directory. */
export function databaseTarget(config: Config): DatabaseTarget {
  return config.databaseUrl ? { engine: 'postgres', url: config.databaseUrl } : { engine: 'pglite', dataDir: join(config.dataDir, 'pgdata') };
}

export async function openConfiguredDatabase(config: Config): Promise<OpenDatabase> {
  return openDatabase(databaseTarget(config));
}

/** Brings a database to the code's version: schema migrations, then the shipped reference data. */
export async function prepareDatabase(db: Database): Promise<{ migrations: string[]; referenceDataLoaded: boolean }> {
  const migrations = await migrateToLatest(db);
  const unitsLoaded = await loadUnitReferenceData(db);
  const fieldsLoaded = await loadCatalogReferenceData(db);
  return { migrations, referenceDataLoaded: unitsLoaded || fieldsLoaded };
}
