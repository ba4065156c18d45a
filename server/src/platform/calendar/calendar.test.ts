import { describe, expect, it } from 'vitest';
import { startTestApp } from '../../../test/harness.js';

const t = await startTestApp({ now: () => new Date('2026-11-24T09:00:00+07:00') });

describe('the working calendar', () => {
  it('lists the days off of 2026 with Tết, Hùng Kings’ day and their sources', async () => {
    const response = await t.anonymous.get('/api/v1/calendar/years/2026');
    expect(response.status).toBe(200);
    const dates = response.body.holidays.map((h: { date: string }) => h.date);
    expect(dates).toEqual(expect.arrayContaining(['2026-01-01', '2026-02-16', '2026-02-20', '2026-04-26', '2026-04-27', '2026-04-30', '2026-05-01', '2026-09-02']));
    expect(response.body.makeUpWorkingDays.map((d: { date: string }) => d.date)).toEqual(expect.arrayContaining(['2026-01-10']));
    expect(response.body.origin).toBe('shipped');
    expect(response.body.holidays.find((h: { date: string }) => h.date === '2026-04-26').name.vi).toMatch(/Hùng/);
  });

  it('computes Tết 2027 from the lunar calendar when no decision is recorded', async () => {
    const response = await t.anonymous.get('/api/v1/calendar/years/2027');
    expect(response.body.holidays.filter((h: { kind: string }) => h.kind === 'public-holiday').map((h: { date: string }) => h.date)).toEqual(expect.arrayContaining(['2027-02-05', '2027-02-09']));
  });

  it('answers due dates across Tết 2026', async () => {
    const response = await t.anonymous.get(`/api/v1/calendar/due-date?receivedAt=${encodeURIComponent('2026-02-13T09:00:00+07:00')}&days=5`);
    expect(response.body).toMatchObject({ effectiveReceiptDay: '2026-02-13', due: new Date('2026-02-27T17:00:00+07:00').toISOString() });
    const sameDay = await t.anonymous.get(`/api/v1/calendar/due-date?receivedAt=${encodeURIComponent('2026-02-13T15:01:00+07:00')}&sameDayCutoff=15`);
    expect(sameDay.body.due).toBe(new Date('2026-02-23T17:00:00+07:00').toISOString());
    expect((await t.anonymous.get('/api/v1/calendar/due-date?days=1&sameDayCutoff=15')).status).toBe(400);
  });

  it('lets a province administrator record the Government’s decision for 2027, which due dates then follow', async () => {
    const admin = await t.signIn('admin');
    const before = await t.anonymous.get(`/api/v1/calendar/due-date?receivedAt=${encodeURIComponent('2027-02-12T09:00:00+07:00')}&days=1`);
    const decision = {
      tetDays: ['2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11'],
      daysOff: [{ date: '2027-02-12', reason: { vi: 'Hoán đổi ngày làm việc', en: 'Swapped working day' } }],
      workingDays: [{ date: '2027-02-20', reason: { vi: 'Làm bù cho thứ Sáu 12/02/2027', en: 'Make-up for Friday 12 Feb 2027' } }],
      sources: [{ document: 'Thông báo thử nghiệm', issuer: 'Bộ Nội vụ', date: '2026-10-15', about: 'Lịch nghỉ Tết 2027 (dữ liệu thử nghiệm)' }],
      verify: true,
    };
    const saved = await admin.put('/api/v1/calendar/years/2027', decision);
    expect(saved.status).toBe(200);
    expect(saved.body.origin).toBe('province');
    const after = await t.anonymous.get(`/api/v1/calendar/due-date?receivedAt=${encodeURIComponent('2027-02-12T09:00:00+07:00')}&days=1`);
    expect(after.body.effectiveReceiptDay).not.toBe(before.body.effectiveReceiptDay);
    expect(after.body.effectiveReceiptDay).toBe('2027-02-15');
    const log = await admin.get('/api/v1/audit?entityType=calendar_year&entityId=2027');
    expect(log.body.items[0].action).toBe('calendar.year_set');
  });

  it('refuses a decision with a date outside the year, or a wrong National Day partner, naming the problem', async () => {
    const admin = await t.signIn('admin');
    const outside = await admin.put('/api/v1/calendar/years/2028', { daysOff: [{ date: '2029-01-02', reason: { vi: 'x', en: 'x' } }], workingDays: [], sources: [], verify: true });
    expect(outside.status).toBe(400);
    expect(outside.body.message.vi).toContain('2029-01-02');
    const partner = await admin.put('/api/v1/calendar/years/2028', { nationalDayAdjacentDay: '2028-09-05', daysOff: [], workingDays: [], sources: [], verify: true });
    expect(partner.status).toBe(400);
    expect((await t.anonymous.get('/api/v1/calendar/years/2028')).body.origin).toBe('law');
  });
});
