import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { RECORD_TYPES } from '../web/src/pages/dossiers/shared/record-types.js';

/** Every result a procedure of the starter catalog issues is named in words on the dossier pages, never by its code. */
const CATALOG = new URL('../data/catalog/procedures/', import.meta.url);
const resultTypes = new Set(
  readdirSync(CATALOG)
    .filter((f) => f.endsWith('.json'))
    .map((f) => (JSON.parse(readFileSync(new URL(f, CATALOG), 'utf8')) as { result: { type: string } }).result.type),
);
const labels = (language: string) =>
  (JSON.parse(readFileSync(new URL(`../web/src/i18n/${language}.json`, import.meta.url), 'utf8')) as { dossier: { recordTypes: Record<string, string> } }).dossier.recordTypes;

describe('record types of the personal data store', () => {
  test('cover every result type of the catalog', () => {
    expect([...resultTypes].filter((type) => !(RECORD_TYPES as readonly string[]).includes(type))).toEqual([]);
  });

  test('each has a label in both languages', () => {
    for (const language of ['vi', 'en']) {
      const named = labels(language);
      expect(RECORD_TYPES.filter((type) => !named[type]), language).toEqual([]);
    }
  });
});
