import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Problem } from '../errors.js';
import { decodeCursor, encodeCursor, toPage } from './pagination.js';

const keyPart = fc.oneof(fc.string({ unit: 'grapheme' }), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => !Object.is(x, -0)));
const shapeOf = (key: readonly (string | number)[]) => key.map((v) => (typeof v === 'string' ? 'string' : 'number') as 'string' | 'number');

/** Calls decodeCursor and returns the Problem it throws. */
function refusal(cursor: string, shape: readonly ('string' | 'number')[]): Problem {
  try {
    decodeCursor(cursor, shape);
  } catch (e) {
    if (e instanceof Problem) return e;
    throw e;
  }
  throw new Error(`cursor ${JSON.stringify(cursor)} was accepted`);
}

describe('encodeCursor / decodeCursor', () => {
  it('reads back the key it wrote, as a URL-safe string the cursor parameter accepts', () => {
    fc.assert(
      fc.property(fc.array(keyPart, { maxLength: 4 }), (key) => {
        const cursor = encodeCursor(key);
        expect(cursor).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(decodeCursor(cursor, shapeOf(key))).toEqual(key);
      }),
    );
  });

  it('keeps a typical sort key well under the 500-character limit', () => {
    expect(encodeCursor(['2025-07-01T02:03:04.005Z', '0b9c1c6e-7f52-4c55-9a55-3a7d2b1c0e11']).length).toBeLessThan(500);
  });

  it.each([
    ['garbage', 'not a cursor!!'],
    ['empty', ''],
    ['truncated', encodeCursor(['2025-07-01', 'abc']).slice(0, 10)],
    ['not an array', Buffer.from('{"a":1}').toString('base64url')],
    ['too short', encodeCursor(['2025-07-01'])],
    ['too long', encodeCursor(['2025-07-01', 'abc', 3])],
    ['wrong types', encodeCursor(['2025-07-01', 7])],
    ['null inside', Buffer.from('["2025-07-01",null]').toString('base64url')],
  ])('refuses a %s cursor with an invalid-cursor problem on the cursor field', (_, cursor) => {
    const problem = refusal(cursor, ['string', 'string']);
    expect(problem.slug).toBe('invalid-cursor');
    expect(problem.status).toBe(400);
    expect(problem.errors).toHaveLength(1);
    expect(problem.errors[0]).toMatchObject({ field: 'cursor', in: 'query' });
    expect(problem.detail.vi).not.toBe('');
    expect(problem.detail.en).not.toBe('');
  });
});

describe('toPage', () => {
  const rows = Array.from({ length: 6 }, (_, i) => ({ id: `id-${i + 1}`, at: `2025-07-0${i + 1}` }));
  const keyOf = (r: { id: string; at: string }) => [r.at, r.id] as const;

  it('shows `limit` rows and points the next cursor at the last one shown when one more was fetched', () => {
    const page = toPage(rows, 5, keyOf);
    expect(page.items).toEqual(rows.slice(0, 5));
    expect(page.nextCursor).not.toBeNull();
    expect(decodeCursor(page.nextCursor!, ['string', 'string'])).toEqual(['2025-07-05', 'id-5']);
  });

  it('has no next page when no extra row was fetched', () => {
    expect(toPage(rows.slice(0, 5), 5, keyOf)).toEqual({ items: rows.slice(0, 5), nextCursor: null });
    expect(toPage(rows.slice(0, 3), 5, keyOf)).toEqual({ items: rows.slice(0, 3), nextCursor: null });
    expect(toPage([], 5, keyOf)).toEqual({ items: [], nextCursor: null });
  });

  it('never shows more than limit rows, and has a next page exactly when there were more', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 10 }), (n, limit) => {
        const page = toPage(Array.from({ length: n }, (_, i) => ({ id: `r${i}`, at: 'x' })), limit, keyOf);
        expect(page.items).toHaveLength(Math.min(n, limit));
        expect(page.nextCursor !== null).toBe(n > limit);
      }),
    );
  });
});
