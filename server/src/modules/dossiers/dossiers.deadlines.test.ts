import { describe, expect, it } from 'vitest';
import { copyCertification } from '../../../test/dossier-fixtures.js';
import { startTestApp } from '../../../test/harness.js';
import { enqueueScheduled, runDueJobs } from '../../platform/jobs/index.js';
import { dossierJobs, dossierSchedules } from './jobs.js';

/** Thursday 3 December 2026, 09:00. */
let now = new Date('2026-12-03T09:00:00+07:00');
const t = await startTestApp({ now: () => now, env: { MOTCUA_SESSION_IDLE_MINUTES: '1440' } });
const desk = await t.signIn('benthanh.motcua');

async function scan(): Promise<void> {
  await enqueueScheduled(t.db, '79', dossierSchedules, now);
  await runDueJobs(t.db, dossierJobs, { now: () => now, provinceCode: '79' });
}

const events = async (id: string) => (await t.db.selectFrom('dossierEvents').select('action').where('dossierId', '=', id).orderBy('seq').execute()).map((e) => e.action);

describe('the deadline job', () => {
  it('warns once when a dossier is due within a working day, and marks it overdue once when the date passes', async () => {
    const d = (await desk.post('/api/v1/dossiers', copyCertification())).body;
    await scan();
    expect(await events(d.id)).toEqual(['received', 'deadline_warning']);
    await scan();
    expect(await events(d.id)).toEqual(['received', 'deadline_warning']);
    const mail = await t.db.selectFrom('notifications').select(['recipient', 'subject']).where('relatedId', '=', d.id).where('subject', 'like', '%Sắp đến hạn%').execute();
    expect(mail.length).toBeGreaterThan(0);
    now = new Date('2026-12-04T08:00:00+07:00');
    await scan();
    await scan();
    expect(await events(d.id)).toEqual(['received', 'deadline_warning', 'overdue']);
    const view = await (await t.signIn('benthanh.chuyenvien')).get(`/api/v1/dossiers/${d.id}`);
    expect(view.body).toMatchObject({ deadline: 'overdue' });
  });

  it('leaves alone dossiers waiting for the applicant', async () => {
    now = new Date('2026-12-07T09:00:00+07:00');
    const d = (await (await t.signIn('benthanh.motcua')).post('/api/v1/dossiers', copyCertification())).body;
    await (await t.signIn('benthanh.chuyenvien')).post(`/api/v1/dossiers/${d.id}/request-supplement`, { missing: ['Bản chính giấy tờ'] });
    now = new Date('2026-12-09T09:00:00+07:00');
    await scan();
    expect(await events(d.id)).toEqual(['received', 'request_supplement']);
  });
});
