import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { verifyAuditChain } from './audit.js';

/** Makes a few audited changes: sign-ins and an account update. */
async function someActivity(t: TestApp): Promise<void> {
  const admin = await t.signIn('admin');
  const id = (await admin.get('/api/v1/accounts?q=cangio.motcua')).body.items[0].id;
  await admin.patch(`/api/v1/accounts/${id}`, { phone: '0907777777' });
  await t.signIn('benthanh.motcua');
}

/** What an attacker with direct database access could do: switch off the append-only guard. */
async function tamper(t: TestApp, statement: ReturnType<typeof sql>): Promise<void> {
  await sql`alter table audit_log disable trigger audit_log_append_only`.execute(t.db);
  await statement.execute(t.db);
  await sql`alter table audit_log enable trigger audit_log_append_only`.execute(t.db);
}

const lastSeq = async (t: TestApp): Promise<number> => (await t.db.selectFrom('auditHeads').select('seq').where('provinceCode', '=', '79').executeTakeFirstOrThrow()).seq;

describe('the audit log', () => {
  it('is intact after normal work, as the API reports', async () => {
    const t = await startTestApp();
    await someActivity(t);
    const report = await (await t.signIn('admin')).get('/api/v1/audit/verify');
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({ ok: true, provinceCode: '79' });
    expect(report.body.checked).toBeGreaterThan(15);
  });

  it('refuses updates and deletes from the application’s own connection', async () => {
    const t = await startTestApp();
    await expect(sql`update audit_log set action = 'x' where seq = 1`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log where seq = 1`.execute(t.db)).rejects.toThrow(/append-only/);
  });

  it('detects an edited entry', async () => {
    const t = await startTestApp();
    await someActivity(t);
    await tamper(t, sql`update audit_log set after = jsonb_set(after, '{phone}', '"0900000000"') where action = 'account.updated'`);
    const report = await verifyAuditChain(t.db, '79');
    expect(report.ok).toBe(false);
    expect(report.reason).toMatch(/changed after it was written/);
  });

  it('detects a removed entry in the middle', async () => {
    const t = await startTestApp();
    await someActivity(t);
    await tamper(t, sql`delete from audit_log where seq = 5`);
    expect(await verifyAuditChain(t.db, '79')).toMatchObject({ ok: false, brokenAt: 5, reason: 'entry 5 is missing' });
  });

  it('detects a removed newest entry', async () => {
    const t = await startTestApp();
    await someActivity(t);
    const seq = await lastSeq(t);
    await tamper(t, sql`delete from audit_log where seq = ${seq}`);
    const report = await verifyAuditChain(t.db, '79');
    expect(report.ok).toBe(false);
    expect(report.reason).toMatch(/removed/);
  });

  it('detects an entry re-hashed to hide an edit, because the next one no longer links to it', async () => {
    const t = await startTestApp();
    await someActivity(t);
    await tamper(t, sql`update audit_log set hash = repeat('a', 64) where seq = 3`);
    const report = await verifyAuditChain(t.db, '79');
    expect(report).toMatchObject({ ok: false, brokenAt: 3 });
  });
});
