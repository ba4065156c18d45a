import type { FormInstance } from 'antd';
import { isApiError } from '../../api/errors';
import { toNamePath } from '../../lib/form-errors';

export type NamePath = (string | number)[];

/**
 * Puts the server's field errors (`formData/ngaySinh`, `applicant/nationalId`) on the
 * fields of an antd form for which `onForm(path)` is true, and scrolls to the first one.
 * Returns the messages that found no field (a rule across fields, e.g. "give the ID number
 * or another paper"), for an alert above the form.
 */
export function applyServerErrors(form: FormInstance, error: unknown, language: string, onForm: (path: NamePath) => boolean): string[] {
  if (!isApiError(error)) return [];
  const placed: { name: NamePath; errors: string[] }[] = [];
  const left: string[] = [];
  for (const e of error.fieldErrors) {
    const message = language.startsWith('en') ? e.message.en : e.message.vi;
    const path = toNamePath(e.field);
    if (onForm(path)) placed.push({ name: path, errors: [message] });
    else left.push(message);
  }
  form.setFields(placed);
  const first = placed[0];
  if (first) form.scrollToField(first.name, { block: 'center' });
  return [...new Set(left)];
}

/** A path is on an e-form rendered under `prefix` when its first name after the prefix is one of the form's fields. */
export function onEForm(prefix: NamePath, names: readonly string[]): (path: NamePath) => boolean {
  return (path) => prefix.every((p, i) => path[i] === p) && typeof path[prefix.length] === 'string' && names.includes(path[prefix.length] as string);
}
