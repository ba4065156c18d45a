import { describe, expect, it } from 'vitest';
import type { FieldError } from '../errors.js';
import { toFieldError, type SchemaError } from './validation-messages.js';

const VIETNAMESE_MARK = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

const err = (keyword: string, params: Record<string, unknown>, parentSchema?: Record<string, unknown>, instancePath = '/fullName'): SchemaError => ({
  keyword,
  instancePath,
  params,
  ...(parentSchema ? { parentSchema } : {}),
});

/** Every message a person may read: both languages present, the Vietnamese one written with its marks. */
function expectReadable(e: FieldError): FieldError {
  expect(e.message.vi.trim()).not.toBe('');
  expect(e.message.en.trim()).not.toBe('');
  expect(e.message.vi).toMatch(VIETNAMESE_MARK);
  return e;
}

const named = { title: 'Họ và tên', 'x-title-en': 'Full name' };

describe('toFieldError', () => {
  it('names the missing property in the path and uses its titles', () => {
    const parent = { type: 'object', properties: { fullName: { type: 'string', ...named } } };
    const e = expectReadable(toFieldError(err('required', { missingProperty: 'fullName' }, parent, ''), 'body'));
    expect(e).toMatchObject({ field: 'fullName', in: 'body' });
    expect(e.message.vi).toBe('Vui lòng nhập «Họ và tên» (fullName).');
    expect(e.message.en).toBe("'Full name' (fullName) is required.");
  });

  it('falls back to the property name when it has no title', () => {
    const e = expectReadable(toFieldError(err('required', { missingProperty: 'role' }, { properties: {} }, '/memberships/0'), 'body'));
    expect(e.field).toBe('memberships/0/role');
    expect(e.message.en).toBe("'role' is required.");
    expect(e.message.vi).toContain('«role»');
  });

  it('keeps the full path of a nested field', () => {
    const e = toFieldError(err('type', { type: 'string' }, { type: 'string' }, '/memberships/0/role'), 'body');
    expect(e.field).toBe('memberships/0/role');
    expect(e.message.en).toBe("'role' must be text.");
  });

  it('names the request part when the whole body is wrong', () => {
    expect(toFieldError(err('type', { type: 'object' }, { type: 'object' }, ''), 'body')).toMatchObject({ field: 'body', in: 'body' });
  });

  it.each([
    ['type', { type: 'integer' }, {}, 'a whole number', 'số nguyên'],
    ['minLength', { limit: 10 }, { minLength: 10 }, 'at least 10 characters', 'ít nhất 10 ký tự'],
    ['maxLength', { limit: 100 }, { maxLength: 100 }, 'not be longer than 100 characters', 'quá 100 ký tự'],
    ['pattern', { pattern: '^\\d{12}$' }, { pattern: '^\\d{12}$' }, 'wrong format', 'không đúng định dạng'],
    ['format', { format: 'date' }, { format: 'date' }, 'a date as YYYY-MM-DD', 'ngày dạng YYYY-MM-DD'],
    ['format', { format: 'email' }, { format: 'email' }, 'a valid e-mail address', 'e-mail hợp lệ'],
    ['enum', { allowedValues: ['officer', 'leader'] }, {}, 'one of: officer, leader', 'officer, leader'],
    ['minimum', { comparison: '>=', limit: 1 }, {}, 'at least 1', 'từ 1 trở lên'],
    ['maximum', { comparison: '<=', limit: 200 }, {}, 'at most 200', 'không được lớn hơn 200'],
    ['exclusiveMinimum', { comparison: '>', limit: 0 }, {}, 'greater than 0', 'lớn hơn 0'],
    ['exclusiveMaximum', { comparison: '<', limit: 5 }, {}, 'less than 5', 'nhỏ hơn 5'],
    ['minItems', { limit: 2 }, {}, 'at least 2 items', 'ít nhất 2 mục'],
    ['maxItems', { limit: 3 }, {}, 'more than 3 items', 'quá 3 mục'],
  ])('explains %s %j in both languages', (keyword, params, schema, en, vi) => {
    const e = expectReadable(toFieldError(err(keyword, params, { ...schema, ...named }), 'body'));
    expect(e.field).toBe('fullName');
    expect(e.message.en).toContain("'Full name' (fullName)");
    expect(e.message.en).toContain(en);
    expect(e.message.vi).toContain('«Họ và tên» (fullName)');
    expect(e.message.vi).toContain(vi);
  });

  it('says "1 item" and "1 character", not "1 items" or "1 characters"', () => {
    expect(toFieldError(err('minItems', { limit: 1 }, {}, '/memberships'), 'body').message.en).toBe("'memberships' must have at least 1 item.");
    expect(toFieldError(err('maxItems', { limit: 1 }, {}, '/memberships'), 'body').message.en).toBe("'memberships' must not have more than 1 item.");
    expect(toFieldError(err('minLength', { limit: 1 }, {}), 'body').message.en).toBe("'fullName' must have at least 1 character.");
    expect(toFieldError(err('maxLength', { limit: 1 }, {}), 'body').message.en).toBe("'fullName' must not be longer than 1 character.");
  });

  it('uses the schema’s own message for a pattern when it has one', () => {
    const custom = { vi: 'Số định danh cá nhân gồm đúng 12 chữ số.', en: 'The personal ID number has exactly 12 digits.' };
    const e = toFieldError(err('pattern', { pattern: '^\\d{12}$' }, { pattern: '^\\d{12}$', 'x-error': custom }, '/nationalId'), 'body');
    expect(e).toEqual({ field: 'nationalId', in: 'body', message: custom });
  });

  it('names an unexpected field by its own name, not by the title of the object around it', () => {
    const parent = { type: 'object', title: 'Tài khoản', 'x-title-en': 'Account', additionalProperties: false };
    const e = expectReadable(toFieldError(err('additionalProperties', { additionalProperty: 'isAdmin' }, parent, ''), 'body'));
    expect(e.field).toBe('isAdmin');
    expect(e.message.en).toBe("There is no field 'isAdmin'.");
    expect(e.message.vi).toBe('Không có trường «isAdmin».');
  });

  it('reports query parameters in the query', () => {
    expect(toFieldError(err('maximum', { limit: 200 }, {}, '/limit'), 'query')).toMatchObject({ field: 'limit', in: 'query' });
  });

  it('still says something for a keyword it has no words for', () => {
    const e = expectReadable(toFieldError(err('dependentRequired', { property: 'a', missingProperty: 'b' }, named), 'body'));
    expect(e.message.en).toBe("'Full name' (fullName) is not valid.");
    expect(e.message.vi).toBe('«Họ và tên» (fullName) không hợp lệ.');
  });
});
