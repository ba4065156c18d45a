import { describe, expect, it } from 'vitest';
import { copyCertification } from '../../../test/dossier-fixtures.js';
import { startTestApp } from '../../../test/harness.js';
import { bootstrapAccount } from '../accounts/bootstrap.js';

/** Wednesday 2 December 2026, 09:00. */
let now = new Date('2026-12-02T09:00:00+07:00');
const t = await startTestApp({ now: () => now, env: { MOTCUA_SESSION_IDLE_MINUTES: '1440' } });
const system = { db: t.db, provinceCode: '79', actor: { kind: 'system' as const, name: 'test' }, requestId: 'test', now: () => now };
await bootstrapAccount(system, { kind: 'staff', username: 'benthanh.chuyenvien2', fullName: 'Phan Thị Mai', password: 'chuyen-vien-2026', memberships: [{ agencyCode: '26743.UBND', role: 'specialist' }] });

const desk = await t.signIn('benthanh.motcua');
const leader = await t.signIn('benthanh.lanhdao');
const first = await t.signIn('benthanh.chuyenvien');
const second = await t.signIn('benthanh.chuyenvien2', 'chuyen-vien-2026');
const idOf = async (client: typeof first) => (await client.get('/api/v1/auth/session')).body.account.id as string;

/** A copy certification received at Bến Thành at the given local time (same day, cut-off 15:00). */
async function receiveAt(local: string): Promise<{ id: string; code: string; assigneeId: string | null }> {
  now = new Date(`${local}+07:00`);
  return (await desk.post('/api/v1/dossiers', copyCertification())).body;
}

describe('assignment by workload', () => {
  it('shares new dossiers between the specialists of the ward, the least loaded first', async () => {
    const [a, b, c] = [await receiveAt('2026-12-02T09:00:00'), await receiveAt('2026-12-02T09:05:00'), await receiveAt('2026-12-02T09:10:00')];
    const [one, two] = [await idOf(first), await idOf(second)];
    expect([a.assigneeId, b.assigneeId, c.assigneeId].sort()).toEqual([one, one, two].sort());
    expect(a.assigneeId).not.toBe(b.assigneeId);
  });

  it('can be switched off by the leader; then new dossiers wait unassigned', async () => {
    expect((await first.put('/api/v1/dossiers/settings/26743.UBND', { autoAssign: false })).status).toBe(403);
    expect((await leader.put('/api/v1/dossiers/settings/26743.UBND', { autoAssign: false })).body).toEqual({ autoAssign: false });
    expect((await leader.put('/api/v1/dossiers/settings/27664.UBND', { autoAssign: false })).status).toBe(403);
    const d = await receiveAt('2026-12-02T09:20:00');
    expect(d.assigneeId).toBeNull();
    await leader.put('/api/v1/dossiers/settings/26743.UBND', { autoAssign: true });
  });
});

describe('the inbox', () => {
  it('colours deadlines and counts them: due soon, overdue, on time', async () => {
    now = new Date('2026-12-02T11:00:00+07:00');
    const counts = (await first.get('/api/v1/dossiers/inbox/counts')).body;
    expect(counts).toEqual([expect.objectContaining({ agencyCode: '26743.UBND', role: 'specialist', total: 4, dueSoon: 4, overdue: 0, onTime: 0 })]);
    now = new Date('2026-12-03T09:00:00+07:00');
    const next = (await t.signIn('benthanh.chuyenvien')).get('/api/v1/dossiers/inbox/counts');
    expect((await next).body[0]).toMatchObject({ total: 4, overdue: 4 });
    const overdue = await (await t.signIn('benthanh.chuyenvien')).get('/api/v1/dossiers/inbox?deadline=overdue');
    expect(overdue.body.items.every((d: { deadline: string }) => d.deadline === 'overdue')).toBe(true);
  });

  it('shows only my own when asked, soonest due first, with a cursor', async () => {
    const me = await t.signIn('benthanh.chuyenvien');
    const mine = await me.get('/api/v1/dossiers/inbox?mine=true');
    const myId = await idOf(me);
    expect(mine.body.items.length).toBeGreaterThan(0);
    expect(mine.body.items.every((d: { assigneeId: string }) => d.assigneeId === myId)).toBe(true);
    const page1 = await me.get('/api/v1/dossiers/inbox?limit=2');
    const page2 = await me.get(`/api/v1/dossiers/inbox?limit=2&cursor=${page1.body.nextCursor}`);
    const dues = [...page1.body.items, ...page2.body.items].map((d: { dueAt: string }) => d.dueAt);
    expect(dues).toEqual([...dues].sort());
    expect(new Set([...page1.body.items, ...page2.body.items].map((d: { id: string }) => d.id)).size).toBe(4);
  });

  it('finds a dossier by code or applicant name without diacritics', async () => {
    const me = await t.signIn('benthanh.chuyenvien');
    expect((await me.get('/api/v1/dossiers/inbox?q=le%20thi%20cuc')).body.items.length).toBe(4);
    expect((await me.get('/api/v1/dossiers/inbox?q=khong%20ai')).body.items).toEqual([]);
  });
});

describe('searching dossiers', () => {
  it('shows staff only the dossiers of their agencies, and supervisors the whole city', async () => {
    const bt = await t.signIn('benthanh.chuyenvien');
    expect((await bt.get('/api/v1/dossiers?limit=200')).body.items.length).toBe(4);
    const cg = await t.signIn('cangio.chuyenvien');
    expect((await cg.get('/api/v1/dossiers?limit=200')).body.items).toEqual([]);
    const supervisor = await t.signIn('giamsat');
    expect((await supervisor.get('/api/v1/dossiers?limit=200')).body.items.length).toBe(4);
    const byDate = await supervisor.get('/api/v1/dossiers?from=2026-12-02&to=2026-12-02&status=received');
    expect(byDate.body.items.length).toBe(4);
    expect((await supervisor.get('/api/v1/dossiers?from=2026-12-03')).body.items).toEqual([]);
  });

  it('finds exactly one dossier by its code as people type it, among those the searcher sees', async () => {
    const bt = await t.signIn('benthanh.chuyenvien');
    const [first, second] = (await bt.get('/api/v1/dossiers?limit=2')).body.items as Array<{ id: string; code: string }>;
    const typed = ` ${first!.code.toLowerCase().replace('-', ' -')} `;
    expect((await bt.get(`/api/v1/dossiers?code=${encodeURIComponent(typed)}`)).body.items.map((d: { id: string }) => d.id)).toEqual([first!.id]);
    expect((await bt.get(`/api/v1/dossiers?code=${encodeURIComponent(second!.code)}`)).body.items.map((d: { id: string }) => d.id)).toEqual([second!.id]);
    const cg = await t.signIn('cangio.chuyenvien');
    expect((await cg.get(`/api/v1/dossiers?code=${encodeURIComponent(first!.code)}`)).body.items).toEqual([]);
  });
});

describe('the agency dashboard', () => {
  it('counts received, on time, late and overdue dossiers by field and day', async () => {
    const supervisor = await t.signIn('giamsat');
    const response = await supervisor.get('/api/v1/dossiers/stats?agency=26743.UBND&from=2026-12-01&to=2026-12-31');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ received: 4, finished: 0, onTime: 0, late: 0, inProgress: 4, overdueNow: 4 });
    expect(response.body.byField).toEqual([{ field: 'certification', name: { vi: 'Chứng thực', en: 'Certification' }, received: 4, onTime: 0, late: 0 }]);
    expect(response.body.byDay).toEqual([{ day: '2026-12-02', received: 4 }]);
    const other = await (await t.signIn('benthanh.chuyenvien')).get('/api/v1/dossiers/stats?agency=27664.UBND&from=2026-12-01&to=2026-12-31');
    expect(other.status).toBe(403);
  });
});
