/**
 * The types of record the personal data store holds (`/me/records`): the two the
 * population database syncs, and one per result type of the catalog (a procedure's
 * `result.type`, stored when its result is issued: server documents.ts). Each has a label
 * under `dossier.recordTypes.<type>` in both language files; scripts/web-record-types.unit.test.ts
 * checks that every result type of data/catalog is here.
 */
export const HELD_RECORDS = {
  population_db: ['identity', 'residence'],
  civil_status_db: [
    'birth-certificate',
    'death-extract',
    'marriage-certificate',
    'marital-status-certificate',
    'parentage-extract',
    'guardianship-extract',
    'civil-status-change-extract',
    'civil-status-extract-copy',
  ],
  land_db: ['land-use-certificate', 'land-use-change-decision', 'dispute-settlement-decision', 'mediation-record'],
  business_registry: ['household-business-certificate', 'enterprise-registration-certificate'],
  /** Results kept only in the applicant's own store. */
  personal_store: [
    'certified-copy',
    'certified-signature',
    'certified-translator-signature',
    'certified-contract',
    'certified-contract-amendment',
    'certified-inheritance-agreement',
    'diploma-copy',
    'criminal-record-certificate',
    'health-insurance-card',
    'residence-update-notice',
    'temporary-absence-declaration',
    'driving-licence',
    'food-safety-certificate',
    'liquor-retail-licence',
    'business-licence',
    'practising-licence',
    'radiation-licence',
    'environmental-permit',
    'environmental-registration',
    'construction-permit',
    'registration-response',
    'establishment-decision',
    'poverty-status-decision',
    'funeral-support-decision',
    'merit-allowance-decision',
    'social-assistance-decision',
    'disability-certificate',
    'commendation-decision',
  ],
} as const;

export type RecordType = (typeof HELD_RECORDS)[keyof typeof HELD_RECORDS][number];

export const RECORD_TYPES: readonly RecordType[] = Object.values(HELD_RECORDS).flat();

/** A scan digitised at a desk is kept as `scan.<component key>` (server components.ts scanRecordType). */
export const SCAN_PREFIX = 'scan.';

export const isRecordType = (type: string): type is RecordType => (RECORD_TYPES as readonly string[]).includes(type);
