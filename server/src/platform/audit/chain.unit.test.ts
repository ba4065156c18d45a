import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asStoredJson, entryHash, GENESIS_HASH, type ChainedEntry } from './chain.js';

const entry = (over: Partial<ChainedEntry> = {}): ChainedEntry => ({
  provinceCode: '79',
  seq: 42,
  occurredAt: new Date('2025-07-01T02:03:04.005Z'),
  actorId: '0b9c1c6e-7f52-4c55-9a55-3a7d2b1c0e11',
  actorName: 'Nguyễn Văn A (nva)',
  action: 'account.role-granted',
  entityType: 'account',
  entityId: '5f0e7d1a-0000-4000-8000-000000000001',
  before: { roles: [{ agency: '26743.UBND', role: 'officer' }], note: null },
  after: { roles: [{ agency: '26743.UBND', role: 'officer' }, { agency: '26743.UBND', role: 'leader' }], note: 'cấp thêm' },
  context: { requestId: 'req-1', ip: '10.0.0.1', nested: { depth: { value: 1 } } },
  prevHash: GENESIS_HASH,
  ...over,
});

/** The same value with every object's keys inserted in reverse order. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversedKeys(v)]));
  return value;
}

/** One way to change one field of an entry; each yields a different stored value. */
const changes: Array<[string, (e: ChainedEntry) => ChainedEntry]> = [
  ['provinceCode', (e) => ({ ...e, provinceCode: e.provinceCode + '1' })],
  ['seq', (e) => ({ ...e, seq: e.seq + 1 })],
  ['occurredAt by 1 ms', (e) => ({ ...e, occurredAt: new Date(e.occurredAt.getTime() + 1) })],
  ['actorId', (e) => ({ ...e, actorId: e.actorId === null ? 'someone' : null })],
  ['actorName', (e) => ({ ...e, actorName: e.actorName + ' ' })],
  ['action', (e) => ({ ...e, action: e.action + '.x' })],
  ['entityType', (e) => ({ ...e, entityType: e.entityType + 's' })],
  ['entityId', (e) => ({ ...e, entityId: e.entityId + '0' })],
  ['before (nested)', (e) => ({ ...e, before: { wrapped: e.before, deep: { x: 1 } } })],
  ['after (nested)', (e) => ({ ...e, after: [e.after] })],
  ['context (nested)', (e) => ({ ...e, context: { ...(e.context as object), nested: { depth: { value: 2 } } } })],
  ['prevHash', (e) => ({ ...e, prevHash: e.prevHash.replace(/^./, (c) => (c === '0' ? '1' : '0')) })],
];

const json = fc.jsonValue({ maxDepth: 3 });
const arbitraryEntry = fc.record({
  provinceCode: fc.stringMatching(/^\d{2}$/),
  seq: fc.nat(),
  occurredAt: fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
  actorId: fc.option(fc.uuid(), { nil: null }),
  actorName: fc.string(),
  action: fc.string(),
  entityType: fc.string(),
  entityId: fc.string(),
  before: json,
  after: json,
  context: fc.dictionary(fc.string(), json),
  prevHash: fc.stringMatching(/^[0-9a-f]{64}$/),
});

describe('entryHash', () => {
  it('is a SHA-256 hex digest, the same every time for the same entry', () => {
    expect(entryHash(entry())).toMatch(/^[0-9a-f]{64}$/);
    expect(entryHash(entry())).toBe(entryHash(entry()));
  });

  it('does not depend on the order of keys in before, after and context', () => {
    const e = entry();
    const shuffled = { ...e, before: reversedKeys(e.before), after: reversedKeys(e.after), context: reversedKeys(e.context) };
    expect(JSON.stringify(shuffled.context)).not.toBe(JSON.stringify(e.context));
    expect(entryHash(shuffled)).toBe(entryHash(e));
    fc.assert(
      fc.property(arbitraryEntry, (a) => {
        expect(entryHash({ ...a, before: reversedKeys(a.before), context: reversedKeys(a.context) })).toBe(entryHash(a));
      }),
    );
  });

  it('matches the hash of the entry as read back from the database', () => {
    const e = entry({ after: { at: new Date('2025-07-01T00:00:00Z'), gone: undefined } });
    expect(entryHash({ ...e, after: asStoredJson(e.after) })).toBe(entryHash(e));
  });

  it.each(changes)('changes when %s changes', (_, change) => {
    expect(entryHash(change(entry()))).not.toBe(entryHash(entry()));
  });

  it('changes when any one field of any entry changes', () => {
    fc.assert(
      fc.property(arbitraryEntry, fc.constantFrom(...changes), (e, [, change]) => {
        expect(entryHash(change(e))).not.toBe(entryHash(e));
      }),
    );
  });
});

describe('asStoredJson', () => {
  it('turns Dates into ISO strings, at any depth', () => {
    const at = new Date('2025-07-01T02:03:04.005Z');
    expect(asStoredJson(at)).toBe('2025-07-01T02:03:04.005Z');
    expect(asStoredJson({ a: { at }, list: [at] })).toEqual({ a: { at: '2025-07-01T02:03:04.005Z' }, list: ['2025-07-01T02:03:04.005Z'] });
  });

  it('turns undefined into null, and drops undefined properties as JSON does', () => {
    expect(asStoredJson(undefined)).toBeNull();
    expect(asStoredJson({ a: undefined, b: 1 })).toStrictEqual({ b: 1 });
    expect(asStoredJson([undefined, 1])).toStrictEqual([null, 1]);
  });

  it('leaves plain JSON values as they are', () => {
    expect(asStoredJson(-0)).toBe(0); // as JSON writes it
    const noMinusZero = (v: unknown): boolean =>
      !Object.is(v, -0) && (v === null || typeof v !== 'object' || Object.values(v).every(noMinusZero));
    const plain = json.filter(noMinusZero);
    fc.assert(
      fc.property(plain, (v) => {
        expect(asStoredJson(v)).toStrictEqual(v);
      }),
    );
  });
});
