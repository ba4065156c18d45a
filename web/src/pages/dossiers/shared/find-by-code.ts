import type { TFunction } from 'i18next';
import type { DossierPage, DossierSummary, SearchQuery } from '../../../api/dossiers';

/** A dossier code as printed: `<desk>-<YYMMDD>-<NNNN>`. */
export const CODE_PATTERN = /^[0-9A-Za-z.]{2,40}-[0-9]{6}-[0-9]{4,6}$/;

/** A code as people type it: spaces dropped, letters in capitals as printed on the receipt. */
export const normaliseCode = (code: string): string => code.replace(/\s+/g, '').toUpperCase();

/** The rules of a "Mã hồ sơ" field: required, and shaped like a code once normalised. */
export const dossierCodeRules = (t: TFunction) => [
  { required: true, whitespace: true, message: t('lookup.codeRequired') },
  { validator: (_rule: unknown, v: string | undefined) => (!v || CODE_PATTERN.test(normaliseCode(v)) ? Promise.resolve() : Promise.reject(new Error(t('lookup.codeFormat')))) },
];

/** Finds a dossier by its full code through a search route (its exact `code` filter). */
export async function findByCode(code: string, search: (query: SearchQuery) => Promise<DossierPage>): Promise<DossierSummary | undefined> {
  return (await search({ code, limit: 1 })).items[0];
}
