import { readdirSync, readFileSync } from 'node:fs';
import { dataPath } from '../../platform/paths.js';
import type { FormDefinition, ProcedureDefinition } from './schemas.js';

/** The date the starter catalog takes effect: the two-level government and Decree 118/2025 began. */
export const STARTER_EFFECTIVE_FROM = '2025-07-01';

export interface FieldRow {
  slug: string;
  name: { vi: string; en: string };
}

const readJson = <T>(...parts: string[]): T => JSON.parse(readFileSync(dataPath('catalog', ...parts), 'utf8')) as T;

export function starterFields(): FieldRow[] {
  return readJson<{ fields: FieldRow[] }>('fields.json').fields;
}

/**
 * The procedures shipped in data/catalog, each with the e-forms its components use embedded
 * (a version carries its forms, so a later change of a shared form never changes it).
 */
export function starterProcedures(): ProcedureDefinition[] {
  const forms = new Map<string, FormDefinition>(
    readdirSync(dataPath('catalog', 'forms'))
      .filter((f) => f.endsWith('.json'))
      .map((f) => {
        const form = readJson<FormDefinition>('forms', f);
        return [form.id, form];
      }),
  );
  return readdirSync(dataPath('catalog', 'procedures'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const raw = readJson<Omit<ProcedureDefinition, 'forms'>>('procedures', f);
      const ids = [...new Set(raw.components.map((c) => c.form).filter((id): id is string => id !== null))];
      return {
        ...raw,
        forms: ids.map((id) => {
          const form = forms.get(id);
          if (!form) throw new Error(`data/catalog/procedures/${f}: component form '${id}' has no file in data/catalog/forms`);
          return form;
        }),
      };
    });
}
