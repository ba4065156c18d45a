import { createRequire } from 'node:module';
import type { FastifySchemaCompiler } from 'fastify';
import { MESSAGE_KEYWORDS } from './validation-messages.js';

const require = createRequire(import.meta.url);
const Ajv = require('ajv') as typeof import('ajv').default;
const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;

function createAjv(coerceTypes: false | 'array') {
  const ajv = new Ajv({
    coerceTypes,
    useDefaults: true,
    // Unknown body fields are refused (request schemas say additionalProperties: false), never
    // silently dropped: dropping mutates data while Ajv tries the branches of a union.
    removeAdditional: false,
    allErrors: true,
    verbose: true,
    strict: false,
  });
  addFormats(ajv);
  for (const keyword of MESSAGE_KEYWORDS) ajv.addKeyword(keyword);
  return ajv;
}

/**
 * Request validation: query strings, path parameters and headers arrive as text and are
 * coerced to the schema's types; JSON bodies are taken exactly as sent (no `null` becoming
 * `""`, no `"1"` becoming `1`), so what is stored is what the client wrote.
 */
export function requestValidatorCompiler(): FastifySchemaCompiler<unknown> {
  const text = createAjv('array');
  const json = createAjv(false);
  return ({ schema, httpPart }) => (httpPart === 'body' ? json : text).compile(schema as object);
}
