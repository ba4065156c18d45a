import type { FormInstance } from 'antd';
import { isApiError } from '../api/errors';

/** `memberships/0/agencyCode` → ['memberships', 0, 'agencyCode'] (an antd field path). */
export function toNamePath(field: string): (string | number)[] {
  return field
    .split(/[/.]/)
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Puts the server's field errors onto the form's fields (in the user's language). Returns
 * true when every error found its field, so no separate alert is needed.
 */
export function applyFieldErrors(form: FormInstance, error: unknown, language: string, fields: readonly string[]): boolean {
  if (!isApiError(error) || error.fieldErrors.length === 0) return false;
  const known = error.fieldErrors.filter((e) => fields.includes(String(toNamePath(e.field)[0])));
  form.setFields(known.map((e) => ({ name: toNamePath(e.field), errors: [language.startsWith('en') ? e.message.en : e.message.vi] })));
  return known.length === error.fieldErrors.length;
}
