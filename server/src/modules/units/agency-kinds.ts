import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { LocalizedText } from '../../platform/i18n.js';
import { dataPath } from '../../platform/paths.js';

/** A kind of agency every province or commune has (data/agency-kinds.json). */
export interface AgencyKind {
  kind: string;
  level: 'province' | 'commune';
  /** Last part of the agency code: 79.STP is the Department of Justice of province 79. */
  suffix: string;
  name: LocalizedText;
  receivesDossiers?: boolean;
}

let kinds: AgencyKind[] | undefined;

export function agencyKinds(): AgencyKind[] {
  kinds ??= (JSON.parse(readFileSync(dataPath('agency-kinds.json'), 'utf8')) as { kinds: AgencyKind[] }).kinds;
  return kinds;
}

let electronicIds: Map<string, string> | undefined;

/** Official electronic identifiers (Decision 20/2020/QĐ-TTg) known for some agencies. */
export function knownElectronicIds(): Map<string, string> {
  electronicIds ??= new Map(
    (parse(readFileSync(dataPath('agency-electronic-ids.csv')), { columns: true }) as Array<{ agency_code: string; electronic_id: string }>).map((r) => [
      r.agency_code,
      r.electronic_id,
    ]),
  );
  return electronicIds;
}

/** The agency code scheme (docs/agency-codes.md): '<unit code>.<suffix>'. */
export const agencyCode = (unitCode: string, suffix: string): string => `${unitCode}.${suffix}`;
