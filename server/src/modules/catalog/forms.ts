import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { FieldError } from '../../platform/errors.js';
import { toFieldError, type SchemaError } from '../../platform/http/validation-messages.js';
import { text } from '../../platform/i18n.js';
import type { FormDefinition } from './schemas.js';

// Ajv ships CommonJS; its 2020-12 build is loaded through require to keep the types.
const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js').default;
const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;

/** Annotations our forms carry for people (FORMAT.md); they never change validity. */
const FORM_KEYWORDS = ['x-title-en', 'x-enum-labels', 'x-error', 'x-widget', 'x-placeholder'];

/**
 * One Ajv for e-forms: JSON Schema 2020-12, strict (a typo in a keyword is an error when the
 * form is saved, not a silently ignored rule), every error reported, formats checked.
 */
function createFormAjv() {
  const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true, verbose: true, allowUnionTypes: true });
  addFormats(ajv);
  ajv.addVocabulary(FORM_KEYWORDS);
  return ajv;
}

const ajv = createFormAjv();
const compiled = new Map<string, ValidateFunction>();

/** Why a form's schema cannot be used, or undefined when it compiles. */
export function formSchemaProblem(schema: Record<string, unknown>): string | undefined {
  if (schema.type !== 'object' || typeof schema.properties !== 'object') return 'the schema must describe an object with properties';
  try {
    ajv.compile(schema);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

const MARKUP = /[<>\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Paths of strings anywhere in the data that hold markup or control characters. */
function markupPaths(value: unknown, path: string): string[] {
  if (typeof value === 'string') return MARKUP.test(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => markupPaths(v, `${path}/${i}`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => markupPaths(v, path ? `${path}/${k}` : k));
  return [];
}

/**
 * Validates data entered in a form; field errors carry the form's own labels. Whatever the
 * form's schema says, no text may carry markup: it is printed on slips and shown to staff.
 */
export function validateFormData(cacheKey: string, form: FormDefinition, data: unknown): FieldError[] {
  const markup = markupPaths(data, '');
  if (markup.length > 0) {
    return markup.map((field) => ({ field, in: 'body', message: text('Không được chứa ký tự < > hoặc ký tự điều khiển.', 'Must not contain < > or control characters.') }));
  }
  let validate = compiled.get(cacheKey);
  if (!validate) {
    validate = ajv.compile(form.schema);
    compiled.set(cacheKey, validate);
  }
  if (validate(data)) return [];
  const errors = (validate.errors ?? []).map((e: ErrorObject) => toFieldError(e as unknown as SchemaError, 'body'));
  const unique = errors.filter((e, i) => errors.findIndex((o) => o.field === e.field) === i);
  return unique.length > 0 ? unique : [{ field: 'body', in: 'body', message: text('Tờ khai không hợp lệ.', 'The form is not valid.') }];
}

/** The top-level property names of a form. */
export function formProperties(form: FormDefinition): string[] {
  return Object.keys((form.schema.properties as Record<string, unknown> | undefined) ?? {});
}
