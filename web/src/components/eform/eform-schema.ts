/**
 * Reads a procedure's e-form — its JSON Schema and `ui` layout (order, groups, widgets,
 * prefill) — into the fields to render. The server sends both as opaque JSON, so every value
 * is checked here before it is used; anything this reader does not know is left as text.
 */
export interface Localized {
  vi: string;
  en: string;
}

export type EFieldKind = 'text' | 'textarea' | 'date' | 'email' | 'number' | 'integer' | 'boolean' | 'choice' | 'multiChoice' | 'group' | 'list';

export interface EOption {
  value: string;
  label: Localized;
}

export interface EField {
  name: string;
  title: Localized;
  description: string | undefined;
  required: boolean;
  kind: EFieldKind;
  widget: string | undefined;
  options: EOption[];
  pattern: string | undefined;
  minLength: number | undefined;
  maxLength: number | undefined;
  minimum: number | undefined;
  maximum: number | undefined;
  minItems: number | undefined;
  maxItems: number | undefined;
  /** `const: true` on a boolean: the box must be ticked (a declaration). */
  mustBeTrue: boolean;
  defaultValue: unknown;
  /** What a group holds, or what each entry of a list holds. */
  children: EField[];
}

export interface EGroup {
  title: Localized | undefined;
  fields: EField[];
}

export interface EFormLayout {
  groups: EGroup[];
  /** Some fields are required only in some cases (anyOf / allOf / oneOf / if): the server checks those. */
  conditional: boolean;
  /** Field → where its value can come from (`applicant.fullName`, `record.residence.permanentAddress`). */
  prefill: Record<string, string>;
  /** Top-level field names, in order. */
  names: string[];
}

type JsonObject = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

function isLocalized(value: unknown): value is Localized {
  return isRecord(value) && typeof value.vi === 'string' && typeof value.en === 'string';
}

function schemaType(schema: JsonObject): string | undefined {
  if (typeof schema.type === 'string') return schema.type;
  return strings(schema.type).find((t) => t !== 'null');
}

function optionsOf(schema: JsonObject): EOption[] {
  if (!Array.isArray(schema.enum)) return [];
  const values = schema.enum.map(String);
  const labels = isRecord(schema['x-enum-labels']) ? schema['x-enum-labels'] : {};
  const vi = strings(labels.vi);
  const en = strings(labels.en);
  return values.map((value, i) => ({ value, label: { vi: vi[i] ?? value, en: en[i] ?? vi[i] ?? value } }));
}

function stringWidgets(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

function kindOf(schema: JsonObject, widget: string | undefined, options: EOption[]): EFieldKind {
  const type = schemaType(schema);
  if (options.length > 0) return 'choice';
  if (type === 'boolean') return 'boolean';
  if (type === 'integer' || type === 'number') return type;
  if (type === 'object') return 'group';
  if (type === 'array') return 'list';
  if (schema.format === 'date') return 'date';
  if (schema.format === 'email') return 'email';
  if (widget === 'textarea' || (num(schema.maxLength) ?? 0) > 500) return 'textarea';
  return 'text';
}

function readField(name: string, schema: JsonObject, required: boolean, widget: string | undefined): EField {
  const title = typeof schema.title === 'string' ? schema.title : name;
  const items = isRecord(schema.items) ? schema.items : {};
  let options = optionsOf(schema);
  let kind = kindOf(schema, widget, options);
  let children: EField[] = [];
  if (kind === 'group') children = readProperties(schema, undefined, {});
  if (kind === 'list') {
    options = optionsOf(items);
    if (options.length > 0) kind = 'multiChoice';
    else if (schemaType(items) === 'object') children = readProperties(items, undefined, {});
    else children = [readField('', items, true, undefined)]; // entries are plain values: the field has no name of its own
  }
  return {
    name,
    title: { vi: title, en: typeof schema['x-title-en'] === 'string' ? schema['x-title-en'] : title },
    description: typeof schema.description === 'string' ? schema.description : undefined,
    required,
    kind,
    widget,
    options,
    pattern: typeof schema.pattern === 'string' ? schema.pattern : undefined,
    minLength: num(schema.minLength),
    maxLength: num(schema.maxLength),
    minimum: num(schema.minimum),
    maximum: num(schema.maximum),
    minItems: num(schema.minItems),
    maxItems: num(schema.maxItems),
    mustBeTrue: schema.const === true,
    defaultValue: schema.default,
    children,
  };
}

/** The properties of an object schema, in `order` when given, then in the schema's order. */
function readProperties(schema: JsonObject, order: string[] | undefined, widgets: Record<string, string>): EField[] {
  const properties = isRecord(schema.properties) ? schema.properties : {};
  const required = new Set(strings(schema.required));
  const names = [...new Set([...(order ?? []), ...Object.keys(properties)])];
  return names.flatMap((name) => {
    const property = properties[name];
    return isRecord(property) ? [readField(name, property, required.has(name), widgets[name])] : [];
  });
}

/** The form's fields in its groups; fields no group names come last, untitled. */
export function parseEForm(schema: unknown, ui: unknown): EFormLayout {
  if (!isRecord(schema)) return { groups: [], conditional: false, prefill: {}, names: [] };
  const conditional = ['anyOf', 'allOf', 'oneOf', 'if', 'dependentRequired'].some((k) => k in schema);
  const layout = isRecord(ui) ? ui : {};
  const fields = readProperties(schema, strings(layout.order), stringWidgets(layout.widgets));
  const byName = new Map(fields.map((f) => [f.name, f]));
  const groups: EGroup[] = [];
  const placed = new Set<string>();
  for (const group of Array.isArray(layout.groups) ? layout.groups : []) {
    if (!isRecord(group)) continue;
    const members = strings(group.fields).flatMap((name) => {
      const field = byName.get(name);
      if (!field || placed.has(name)) return [];
      placed.add(name);
      return [field];
    });
    if (members.length > 0) groups.push({ title: isLocalized(group.title) ? group.title : undefined, fields: members });
  }
  const rest = fields.filter((f) => !placed.has(f.name));
  if (rest.length > 0) groups.push({ title: undefined, fields: rest });
  return { groups, conditional, prefill: stringWidgets(layout.prefill), names: fields.map((f) => f.name) };
}

/** The named parts of a group, or of each entry of a list; none when a list's entries are plain values. */
export const partsOf = (field: EField): EField[] => field.children.filter((child) => child.name !== '');


/** The values a fresh form starts with: the schema's defaults (e.g. nationality "Việt Nam"). */
export function defaultValues(layout: EFormLayout): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of layout.groups.flatMap((g) => g.fields)) if (field.defaultValue !== undefined) values[field.name] = field.defaultValue;
  return values;
}
