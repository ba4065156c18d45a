import type { FieldError, FieldLocation } from '../errors.js';
import { text, type LocalizedText } from '../i18n.js';

/** The part of an Ajv error (with `verbose: true`) that we turn into a message. */
export interface SchemaError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  parentSchema?: Record<string, unknown>;
}

/** Keywords our schemas carry for people: a field's English title and a custom message. */
export const MESSAGE_KEYWORDS = ['x-title-en', 'x-error', 'x-enum-labels', 'x-widget'] as const;

/** Turns one schema violation into a field error with a Vietnamese and English message. */
export function toFieldError(error: SchemaError, location: FieldLocation): FieldError {
  const missing = error.keyword === 'required' ? String(error.params.missingProperty) : undefined;
  const extra = error.keyword === 'additionalProperties' ? String(error.params.additionalProperty) : undefined;
  const path = [error.instancePath.replace(/^\//, ''), missing ?? extra].filter(Boolean).join('/');
  // For an unexpected property the parent schema is the object around it: its title and message are not this field's.
  const schema = missing ? propertySchema(error.parentSchema, missing) : extra ? undefined : error.parentSchema;
  const custom = schema?.['x-error'] as LocalizedText | undefined;
  const field = path || location;
  const label = labelOf(field, schema);
  const message = custom && !missing ? custom : describe(error, label);
  return { field, in: location, message };
}

function propertySchema(parent: Record<string, unknown> | undefined, name: string): Record<string, unknown> | undefined {
  const properties = parent?.properties as Record<string, Record<string, unknown>> | undefined;
  return properties?.[name];
}

function labelOf(field: string, schema: Record<string, unknown> | undefined): LocalizedText {
  const name = field.split('/').at(-1) ?? field;
  const vi = typeof schema?.title === 'string' ? schema.title : undefined;
  const en = typeof schema?.['x-title-en'] === 'string' ? (schema['x-title-en'] as string) : undefined;
  return text(vi ? `«${vi}» (${name})` : `«${name}»`, en ? `'${en}' (${name})` : `'${name}'`);
}

const typeNames: Record<string, LocalizedText> = {
  string: text('chuỗi ký tự', 'text'),
  integer: text('số nguyên', 'a whole number'),
  number: text('số', 'a number'),
  boolean: text('giá trị đúng/sai', 'true or false'),
  object: text('một đối tượng', 'an object'),
  array: text('một danh sách', 'a list'),
  null: text('rỗng', 'null'),
};

const formatNames: Record<string, LocalizedText> = {
  date: text('ngày dạng YYYY-MM-DD', 'a date as YYYY-MM-DD'),
  'date-time': text('thời điểm dạng ISO 8601', 'an ISO 8601 date-time'),
  email: text('địa chỉ e-mail hợp lệ', 'a valid e-mail address'),
  uuid: text('mã UUID', 'a UUID'),
  uri: text('địa chỉ URI', 'a URI'),
};

function describe(error: SchemaError, label: LocalizedText): LocalizedText {
  const p = error.params;
  const n = String(p.limit ?? '');
  switch (error.keyword) {
    case 'required':
      return text(`Vui lòng nhập ${label.vi}.`, `${cap(label.en)} is required.`);
    case 'type': {
      const t = typeNames[String(p.type)] ?? text(String(p.type), String(p.type));
      return text(`${cap(label.vi)} phải là ${t.vi}.`, `${cap(label.en)} must be ${t.en}.`);
    }
    case 'minLength':
      return text(`${cap(label.vi)} phải có ít nhất ${n} ký tự.`, `${cap(label.en)} must have at least ${count(n, 'character')}.`);
    case 'maxLength':
      return text(`${cap(label.vi)} không được dài quá ${n} ký tự.`, `${cap(label.en)} must not be longer than ${count(n, 'character')}.`);
    case 'pattern':
      return text(`${cap(label.vi)} không đúng định dạng.`, `${cap(label.en)} has the wrong format.`);
    case 'format': {
      const f = formatNames[String(p.format)] ?? text(String(p.format), String(p.format));
      return text(`${cap(label.vi)} phải là ${f.vi}.`, `${cap(label.en)} must be ${f.en}.`);
    }
    case 'enum': {
      const allowed = ((p.allowedValues as unknown[]) ?? []).map(String).join(', ');
      return text(`${cap(label.vi)} phải là một trong các giá trị: ${allowed}.`, `${cap(label.en)} must be one of: ${allowed}.`);
    }
    case 'const':
      return text(`${cap(label.vi)} phải bằng ${String(p.allowedValue)}.`, `${cap(label.en)} must equal ${String(p.allowedValue)}.`);
    case 'minimum':
      return text(`${cap(label.vi)} phải từ ${n} trở lên.`, `${cap(label.en)} must be at least ${n}.`);
    case 'exclusiveMinimum':
      return text(`${cap(label.vi)} phải lớn hơn ${n}.`, `${cap(label.en)} must be greater than ${n}.`);
    case 'maximum':
      return text(`${cap(label.vi)} không được lớn hơn ${n}.`, `${cap(label.en)} must be at most ${n}.`);
    case 'exclusiveMaximum':
      return text(`${cap(label.vi)} phải nhỏ hơn ${n}.`, `${cap(label.en)} must be less than ${n}.`);
    case 'minItems':
      return text(`${cap(label.vi)} phải có ít nhất ${n} mục.`, `${cap(label.en)} must have at least ${count(n, 'item')}.`);
    case 'maxItems':
      return text(`${cap(label.vi)} không được quá ${n} mục.`, `${cap(label.en)} must not have more than ${count(n, 'item')}.`);
    case 'uniqueItems':
      return text(`${cap(label.vi)} có mục bị trùng.`, `${cap(label.en)} has duplicate items.`);
    case 'additionalProperties':
      return text(`Không có trường ${label.vi}.`, `There is no field ${label.en}.`);
    default:
      return text(`${cap(label.vi)} không hợp lệ.`, `${cap(label.en)} is not valid.`);
  }
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** "1 item", "2 items" (Vietnamese needs no plural). */
const count = (n: string, noun: string): string => `${n} ${n === '1' ? noun : `${noun}s`}`;
