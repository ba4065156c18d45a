import { describe, expect, it } from 'vitest';
import { defaultBackoffSeconds, defineJob, jobRegistry } from './define.js';
import { schedule, slotStart } from './schedule.js';

describe('schedules', () => {
  it('cut time into slots counted from UTC midnight', () => {
    expect(slotStart(60, new Date('2030-03-01T07:59:59.999Z')).toISOString()).toBe('2030-03-01T07:00:00.000Z');
    expect(slotStart(15, new Date('2030-03-01T07:45:00Z')).toISOString()).toBe('2030-03-01T07:45:00.000Z');
    // A daily job's slot starts at 00:00 UTC, 07:00 in Việt Nam.
    expect(slotStart(1440, new Date('2030-03-01T23:30:00Z')).toISOString()).toBe('2030-03-01T00:00:00.000Z');
  });

  it('accept only periods that tile a day', () => {
    expect(schedule('dossiers.reminders', 30)).toEqual({ kind: 'dossiers.reminders', everyMinutes: 30 });
    expect(schedule('reports.weekly', 7 * 1440).everyMinutes).toBe(10_080);
    for (const bad of [0, 7, 100, 1.5, 2000]) expect(() => schedule('dossiers.reminders', bad)).toThrow(/divide a day/);
    expect(() => schedule('Dossiers reminders', 60)).toThrow(/module\.action/);
  });
});

describe('job definitions', () => {
  it('back off exponentially up to an hour by default', () => {
    expect([1, 2, 3, 4, 8, 20].map(defaultBackoffSeconds)).toEqual([30, 60, 120, 240, 3600, 3600]);
  });

  it('have a well-formed kind, a positive attempt count, and one definition per kind', () => {
    const job = defineJob('notify.send', { handler: async () => {} });
    expect(job).toMatchObject({ kind: 'notify.send', maxAttempts: 5, transactional: true });
    expect(() => defineJob('notify send', { handler: async () => {} })).toThrow(/module\.action/);
    expect(() => defineJob('notify.send', { handler: async () => {}, maxAttempts: 0 })).toThrow(/maxAttempts/);
    expect(() => jobRegistry(job, defineJob('notify.send', { handler: async () => {} }))).toThrow(/defined twice/);
    expect(Object.keys(jobRegistry(job))).toEqual(['notify.send']);
  });
});
