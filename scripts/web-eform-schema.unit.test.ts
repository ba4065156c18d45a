import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseEForm, partsOf, type EField } from '../web/src/components/eform/eform-schema.js';

/** The one e-form reader serves filing, counter intake and the public form preview. */
const FORMS = new URL('../data/catalog/forms/', import.meta.url);
const forms = readdirSync(FORMS)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(new URL(f, FORMS), 'utf8')) as { schema: unknown; ui: unknown });
const kindTexts = (language: string) =>
  (JSON.parse(readFileSync(new URL(`../web/src/i18n/${language}.json`, import.meta.url), 'utf8')) as { catalog: { form: { kinds: Record<string, string> } } }).catalog.form.kinds;
const allFields = (fields: EField[]): EField[] => fields.flatMap((f) => [f, ...allFields(f.children)]);

describe('parseEForm', () => {
  test('every kind of field in the starter forms is described in words on the preview, in both languages', () => {
    const kinds = new Set(forms.flatMap((form) => allFields(parseEForm(form.schema, form.ui).groups.flatMap((g) => g.fields)).map((f) => f.kind)));
    for (const language of ['vi', 'en']) expect([...kinds].filter((kind) => !kindTexts(language)[kind]), language).toEqual([]);
  });

  test('reads kinds, choice labels and groups; a list of plain values has no parts to list', () => {
    const schema = {
      type: 'object',
      required: ['sex'],
      properties: {
        note: { type: 'string', maxLength: 2000 },
        sex: { type: 'string', enum: ['M', 'F'], 'x-enum-labels': { vi: ['Nam', 'Nữ'], en: ['Male', 'Female'] } },
        phones: { type: 'array', items: { type: 'string' } },
        members: { type: 'array', items: { type: 'object', properties: { name: { type: 'string', title: 'Họ tên' } } } },
      },
    };
    const layout = parseEForm(schema, { groups: [{ title: { vi: 'Cá nhân', en: 'Person' }, fields: ['sex'] }] });
    expect(layout.groups.map((g) => [g.title?.vi, g.fields.map((f) => f.name)])).toEqual([
      ['Cá nhân', ['sex']],
      [undefined, ['note', 'phones', 'members']],
    ]);
    const [note, phones, members] = layout.groups[1]!.fields;
    const sex = layout.groups[0]!.fields[0]!;
    expect([sex.kind, sex.required, sex.options.map((o) => o.label.en)]).toEqual(['choice', true, ['Male', 'Female']]);
    expect(note!.kind).toBe('textarea');
    expect([phones!.kind, partsOf(phones!)]).toEqual(['list', []]);
    expect([members!.kind, partsOf(members!).map((f) => f.title.vi)]).toEqual(['list', ['Họ tên']]);
  });
});
