import { isRecord } from './eform-schema';

/**
 * The data to send: empty answers removed (an empty box is "not answered", not an empty
 * string the schema might refuse), strings trimmed, empty lists and objects dropped.
 */
export function cleanFormData(value: unknown): unknown {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  }
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) {
    const items = value.map(cleanFormData).filter((v) => v !== undefined);
    return items.length > 0 ? items : undefined;
  }
  if (isRecord(value)) {
    const entries = Object.entries(value).flatMap(([k, v]) => {
      const cleaned = cleanFormData(v);
      return cleaned === undefined ? [] : [[k, cleaned] as const];
    });
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  }
  return value;
}

/** The cleaned form data as an object (an empty form is `{}`). */
export function formDataOf(values: unknown): Record<string, unknown> {
  const cleaned = cleanFormData(values);
  return isRecord(cleaned) ? cleaned : {};
}
