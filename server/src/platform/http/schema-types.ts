import { Type, type StringOptions } from '@sinclair/typebox';
import { text } from '../i18n.js';

/**
 * Building blocks for request and response schemas. Free text refuses markup and control
 * characters: nothing typed into the platform can turn into HTML in someone else's page.
 */

const NO_MARKUP = '^[^<>\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]*$';

export const PlainText = (options: StringOptions = {}) =>
  Type.String({
    maxLength: 200,
    pattern: NO_MARKUP,
    'x-error': text('không được chứa ký tự < > hoặc ký tự điều khiển.', 'must not contain < > or control characters.'),
    ...options,
  });

/** A person's name: letters (any script, with diacritics), spaces and . ' - */
export const PersonName = (options: StringOptions = {}) =>
  Type.String({
    minLength: 2,
    maxLength: 100,
    pattern: "^\\p{L}[\\p{L}\\p{M} .'-]*$",
    title: 'Họ và tên',
    'x-title-en': 'Full name',
    'x-error': text('Họ và tên chỉ gồm chữ cái, dấu cách và các dấu . \' -', "A full name may only contain letters, spaces and . ' -"),
    ...options,
  });

/** Personal identification number (số định danh cá nhân / CCCD): 12 digits. */
export const NationalId = (options: StringOptions = {}) =>
  Type.String({
    pattern: '^[0-9]{12}$',
    title: 'Số định danh cá nhân',
    'x-title-en': 'Personal ID number',
    'x-error': text('Số định danh cá nhân phải gồm đúng 12 chữ số.', 'The personal ID number must be exactly 12 digits.'),
    ...options,
  });

/** A Vietnamese phone number: 0 or +84 followed by 9 digits. */
export const Phone = (options: StringOptions = {}) =>
  Type.String({
    pattern: '^(0|\\+84)[0-9]{9}$',
    title: 'Số điện thoại',
    'x-title-en': 'Phone number',
    'x-error': text('Số điện thoại phải có dạng 0xxxxxxxxx hoặc +84xxxxxxxxx.', 'The phone number must look like 0xxxxxxxxx or +84xxxxxxxxx.'),
    ...options,
  });

export const Email = (options: StringOptions = {}) =>
  Type.String({ format: 'email', maxLength: 254, title: 'Thư điện tử', 'x-title-en': 'E-mail', ...options });

/** A statistics code of an administrative unit: 2 digits (province), 3 (district) or 5 (commune). */
export const UnitCode = (options: StringOptions = {}) =>
  Type.String({
    pattern: '^([0-9]{2}|[0-9]{3}|[0-9]{5})$',
    title: 'Mã đơn vị hành chính',
    'x-title-en': 'Administrative unit code',
    'x-error': text('Mã đơn vị hành chính gồm 2 (tỉnh), 3 (huyện cũ) hoặc 5 (xã) chữ số.', 'A unit code has 2 (province), 3 (former district) or 5 (commune) digits.'),
    ...options,
  });

export const ProvinceCode = (options: StringOptions = {}) =>
  Type.String({
    pattern: '^[0-9]{2}$',
    title: 'Mã tỉnh',
    'x-title-en': 'Province code',
    'x-error': text('Mã tỉnh gồm 2 chữ số.', 'A province code has 2 digits.'),
    ...options,
  });

/** An agency code: '<unit code>.<suffix>', e.g. 79.STP or 26743.TTPVHCC (docs/agency-codes.md). */
export const AgencyCode = (options: StringOptions = {}) =>
  Type.String({
    pattern: '^[0-9]{2,5}\\.[A-Z0-9]{2,16}$',
    title: 'Mã cơ quan',
    'x-title-en': 'Agency code',
    'x-error': text('Mã cơ quan có dạng <mã đơn vị>.<ký hiệu>, ví dụ 79.STP.', 'An agency code looks like <unit code>.<suffix>, e.g. 79.STP.'),
    ...options,
  });

export const LocalDate = (options: StringOptions = {}) => Type.String({ format: 'date', ...options });

export const Uuid = (options: StringOptions = {}) => Type.String({ format: 'uuid', ...options });

export const Timestamp = (options: StringOptions = {}) => Type.String({ format: 'date-time', ...options });

export const LocalizedText = Type.Object({ vi: Type.String(), en: Type.String() });

/** A search box: free text, no markup. */
export const SearchQuery = () => PlainText({ maxLength: 100, title: 'Từ khóa', 'x-title-en': 'Search text' });

/**
 * One of a fixed set of strings, as a single JSON Schema `enum` (a union of literals would
 * give one error per literal and a less helpful message).
 */
export const StringEnum = <T extends string>(values: readonly T[], options: Record<string, unknown> = {}) =>
  Type.Unsafe<T>({ type: 'string', enum: [...values], ...options });
