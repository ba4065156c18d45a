/**
 * Value parsing shared by both engines, so PGlite and node-postgres hand the same
 * JavaScript values to the code above them.
 *
 * - int8 (bigint, counts, sequence numbers) → number: every int8 we store stays far
 *   below 2^53.
 * - date → 'YYYY-MM-DD' string: a calendar date has no time zone; turning it into a
 *   Date would shift it by the server's offset.
 * - timestamptz → Date (the default of both engines).
 */
export const INT8_OID = 20;
export const DATE_OID = 1082;

export const parseInt8 = (value: string): number => Number(value);
export const parseDate = (value: string): string => value;

export const customParsers: Record<number, (value: string) => unknown> = {
  [INT8_OID]: parseInt8,
  [DATE_OID]: parseDate,
};
