import type { ProcedureComponent } from '../../../api/catalog';
import type { PersonalRecord } from '../../../api/dossiers';
import { HELD_RECORDS, SCAN_PREFIX } from './record-types';

/** From the population database, residence papers are the residence record and identity papers the identity record. */
const populationRecord = (component: ProcedureComponent): string => (/cu-tru|thuong-tru|tam-tru|residence/.test(component.key) ? 'residence' : 'identity');

/** Records held where the catalog says the component is held (the personal store: anything the person holds). */
function heldFor(component: ProcedureComponent, records: readonly PersonalRecord[]): PersonalRecord[] {
  const source = component.reusableFrom;
  if (!source) return [];
  if (source === 'personal_store') return records.filter((r) => !r.type.startsWith(SCAN_PREFIX));
  if (source === 'population_db') return records.filter((r) => r.type === populationRecord(component));
  const types: readonly string[] = HELD_RECORDS[source];
  return records.filter((r) => types.includes(r.type));
}

/**
 * The held records that can stand for this component: a scan of the same component
 * digitised in an earlier dossier (accepted for any component), then the records kept
 * where the catalog says it is held. None: nothing reusable is held.
 */
export function recordsFor(component: ProcedureComponent, records: readonly PersonalRecord[]): PersonalRecord[] {
  const scan = records.filter((r) => r.type === `${SCAN_PREFIX}${component.key}`);
  return [...scan, ...heldFor(component, records)];
}
