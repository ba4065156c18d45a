/**
 * Reads an e-form's JSON Schema and layout (`ui.order`, `ui.groups`) into the fields a person
 * will be asked for, for a read-only preview. The server sends both as opaque JSON, so every
 * value is checked here before it is used.
 */
export interface Localized {
  vi: string;
  en: string;
}

export type FieldKind = 'text' | 'longText' | 'date' | 'email' | 'number' | 'integer' | 'boolean' | 'choice' | 'multiChoice' | 'list' | 'group';

export interface FieldSpec {
  name: string;
  title: Localized;
  description: string | undefined;
  required: boolean;
  kind: FieldKind;
  /** Labels of the choices (choice, multiChoice). */
  options: { vi: string[]; en: string[] } | undefined;
  /** What a group holds, or what each entry of a list holds. */
  children: FieldSpec[];
}

export interface FieldGroup {
  title: Localized | undefined;
  fields: FieldSpec[];
}

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function isLocalized(value: unknown): value is Localized {
  return isRecord(value) && typeof value.vi === 'string' && typeof value.en === 'string';
}

function schemaType(schema: Json): string | undefined {
  if (typeof schema.type === 'string') return schema.type;
  return strings(schema.type).find((t) => t !== 'null');
}

function choiceLabels(schema: Json): { vi: string[]; en: string[] } | undefined {
  const values = Array.isArray(schema.enum) ? schema.enum.map(String) : undefined;
  if (!values) return undefined;
  const labels = schema['x-enum-labels'];
  if (isRecord(labels)) {
    const vi = strings(labels.vi);
    const en = strings(labels.en);
    if (vi.length === values.length && en.length === values.length) return { vi, en };
  }
  return { vi: values, en: values };
}

function readField(name: string, schema: Json, required: boolean, widget: string | undefined): FieldSpec {
  const title = typeof schema.title === 'string' ? schema.title : name;
  const field: FieldSpec = {
    name,
    title: { vi: title, en: typeof schema['x-title-en'] === 'string' ? schema['x-title-en'] : title },
    description: typeof schema.description === 'string' ? schema.description : undefined,
    required,
    kind: 'text',
    options: choiceLabels(schema),
    children: [],
  };
  const type = schemaType(schema);
  if (field.options) field.kind = 'choice';
  else if (type === 'boolean') field.kind = 'boolean';
  else if (type === 'integer' || type === 'number') field.kind = type;
  else if (type === 'object') {
    field.kind = 'group';
    field.children = readProperties(schema, undefined, {});
  } else if (type === 'array') {
    const items = isRecord(schema.items) ? schema.items : {};
    field.options = choiceLabels(items);
    field.kind = field.options ? 'multiChoice' : 'list';
    if (!field.options && schemaType(items) === 'object') field.children = readProperties(items, undefined, {});
  } else if (schema.format === 'date') field.kind = 'date';
  else if (schema.format === 'email') field.kind = 'email';
  else if (widget === 'textarea' || (typeof schema.maxLength === 'number' && schema.maxLength > 500)) field.kind = 'longText';
  return field;
}

/** The properties of an object schema, in `order` when given, then in the schema's order. */
function readProperties(schema: Json, order: string[] | undefined, widgets: Record<string, string>): FieldSpec[] {
  const properties = isRecord(schema.properties) ? schema.properties : {};
  const required = new Set(strings(schema.required));
  const names = [...new Set([...(order ?? []), ...Object.keys(properties)])];
  return names.flatMap((name) => {
    const property = properties[name];
    return isRecord(property) ? [readField(name, property, required.has(name), widgets[name])] : [];
  });
}

export interface FormPreview {
  groups: FieldGroup[];
  /** Some fields are required only in some cases (anyOf / allOf / oneOf / if). */
  conditional: boolean;
}

/** The form's fields in its groups; fields no group names come last, untitled. */
export function readForm(schema: unknown, ui: unknown): FormPreview {
  if (!isRecord(schema)) return { groups: [], conditional: false };
  const conditional = ['anyOf', 'allOf', 'oneOf', 'if', 'dependentRequired'].some((k) => k in schema);
  const layout = isRecord(ui) ? ui : {};
  const widgets = isRecord(layout.widgets) ? Object.fromEntries(Object.entries(layout.widgets).filter((e): e is [string, string] => typeof e[1] === 'string')) : {};
  const fields = readProperties(schema, strings(layout.order), widgets);
  const byName = new Map(fields.map((f) => [f.name, f]));
  const groups: FieldGroup[] = [];
  const placed = new Set<string>();
  for (const group of Array.isArray(layout.groups) ? layout.groups : []) {
    if (!isRecord(group) || !isLocalized(group.title)) continue;
    const members = strings(group.fields).flatMap((name) => {
      const field = byName.get(name);
      if (!field || placed.has(name)) return [];
      placed.add(name);
      return [field];
    });
    if (members.length > 0) groups.push({ title: group.title, fields: members });
  }
  const rest = fields.filter((f) => !placed.has(f.name));
  if (rest.length > 0) groups.push({ title: undefined, fields: rest });
  return { groups, conditional };
}
