import type { PersonalRecord } from '../accounts/personal-records.js';
import type { FormDefinition } from './schemas.js';

export interface ApplicantProfile {
  account: Record<string, string | null>;
  records: PersonalRecord[];
}

/**
 * Applicant fields that come from the identity record (the national population database)
 * rather than the account: `applicant.residence` is the permanent address held there.
 */
const IDENTITY_FIELDS: Record<string, string> = {
  dateOfBirth: 'dateOfBirth',
  yearOfBirth: 'yearOfBirth',
  sex: 'sex',
  ethnicity: 'ethnicity',
  nationality: 'nationality',
  hometown: 'hometown',
  residence: 'permanentAddress',
  address: 'permanentAddress',
};

function resolve(source: string, profile: ApplicantProfile): { value: unknown; from: string } | undefined {
  const [scope, ...rest] = source.split('.');
  if (scope === 'applicant') {
    const name = rest.join('.');
    const own = profile.account[name];
    if (own) return { value: own, from: 'account' };
    const identity = profile.records.find((r) => r.type === 'identity');
    const key = IDENTITY_FIELDS[name];
    const value = key && identity ? (identity.data[key] ?? (key === 'yearOfBirth' ? String(identity.data.dateOfBirth ?? '').slice(0, 4) || undefined : undefined)) : undefined;
    return value ? { value, from: `record:identity (${identity!.source})` } : undefined;
  }
  if (scope === 'record') {
    const [type, ...field] = rest;
    const record = profile.records.find((r) => r.type === type);
    const value = record?.data[field.join('.')];
    return value !== undefined && value !== null && value !== '' ? { value, from: `record:${type} (${record!.source})` } : undefined;
  }
  return undefined;
}

/** The form fields that can be filled from what the state already holds, and where each came from. */
export function prefillForm(form: FormDefinition, profile: ApplicantProfile): { values: Record<string, unknown>; sources: Record<string, string> } {
  const values: Record<string, unknown> = {};
  const sources: Record<string, string> = {};
  for (const [field, source] of Object.entries(form.ui?.prefill ?? {})) {
    const found = resolve(source, profile);
    if (found) {
      values[field] = found.value;
      sources[field] = found.from;
    }
  }
  return { values, sources };
}
