/**
 * Folds Vietnamese text for searching: lower case, no diacritics, đ → d, single spaces.
 * "Phường Ba Đình" and "phuong ba dinh" fold to the same string.
 */
export function foldText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Escapes the LIKE wildcards in user input, so `%` and `_` match themselves. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
