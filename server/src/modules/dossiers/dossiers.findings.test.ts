import { describe, expect, it } from 'vitest';
import { disabilityAssessment } from '../../../test/dossier-fixtures.js';
import { startTestApp } from '../../../test/harness.js';

/**
 * A disability certificate states the type and severity the assessment council concluded:
 * the commune's specialist records them (the procedure's findings form), and the leader
 * cannot approve before they are there.
 */
const t = await startTestApp({ env: { MOTCUA_SESSION_IDLE_MINUTES: '1440' } });
const desk = await t.signIn('benthanh.motcua');
const specialist = await t.signIn('benthanh.chuyenvien');
const leader = await t.signIn('benthanh.lanhdao');

const body = disabilityAssessment();

/** Receives a dossier and walks it to the step named, each step done by whoever holds it. */
async function receivedUpTo(stepKey: string): Promise<string> {
  const received = await desk.post('/api/v1/dossiers', body);
  expect(received.status, received.text).toBe(201);
  const id = received.body.id as string;
  for (;;) {
    const d = (await desk.get(`/api/v1/dossiers/${id}`)).body;
    if (d.step.key === stepKey) return id;
    const actor = { officer: desk, specialist, leader }[d.step.role as 'officer' | 'specialist' | 'leader'];
    const done = await actor.post(`/api/v1/dossiers/${id}/${d.step.role === 'leader' ? 'approve' : 'complete-step'}`, {});
    expect(done.status, done.text).toBe(200);
  }
}

const FINDINGS = { dangKhuyetTat: ['van-dong'], mucDoKhuyetTat: 'nang', ngayKetLuan: '2026-11-20' };

describe('the findings of a disability assessment', () => {
  it('cannot be approved before the council’s conclusion is recorded: each missing field is named', async () => {
    const id = await receivedUpTo('review');
    const approve = await leader.post(`/api/v1/dossiers/${id}/approve`, {});
    expect(approve.status).toBe(400);
    expect(approve.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['findings/dangKhuyetTat', 'findings/mucDoKhuyetTat', 'findings/ngayKetLuan']);
    expect((await leader.get(`/api/v1/dossiers/${id}`)).body.step.key).toBe('review');
  });

  it('are recorded by the specialist with the step; a wrong value is refused on its field and nothing moves', async () => {
    const id = await receivedUpTo('assess');
    const wrong = await specialist.post(`/api/v1/dossiers/${id}/complete-step`, { findings: { ...FINDINGS, mucDoKhuyetTat: 'rat-nang' } });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toMatchObject([{ field: 'findings/mucDoKhuyetTat', message: { vi: expect.any(String), en: expect.any(String) } }]);
    const still = (await specialist.get(`/api/v1/dossiers/${id}`)).body;
    expect(still).toMatchObject({ step: { key: 'assess' }, findings: {} });

    const done = await specialist.post(`/api/v1/dossiers/${id}/complete-step`, { findings: FINDINGS, comment: 'Theo biên bản họp Hội đồng ngày 20/11/2026.' });
    expect(done.status, done.text).toBe(200);
    expect(done.body).toMatchObject({ step: { key: 'review' }, findings: FINDINGS });
    expect(done.body.history.at(-1)).toMatchObject({ action: 'complete_step' });

    // The leader approves without typing them again; a correction replaces only what it names.
    const reviewed = await leader.post(`/api/v1/dossiers/${id}/approve`, { findings: { mucDoKhuyetTat: 'dac-biet-nang' } });
    expect(reviewed.status, reviewed.text).toBe(200);
    expect(reviewed.body.findings).toEqual({ ...FINDINGS, mucDoKhuyetTat: 'dac-biet-nang' });
    expect(reviewed.body.step.key).toBe('approve');
  });

  it('are not taken for a procedure whose result states none', async () => {
    const copy = await desk.post('/api/v1/dossiers', { ...body, procedure: 'chung-thuc-ban-sao-tu-ban-chinh', formData: undefined, components: [{ key: 'ban-chinh', paper: true }], fees: [{ index: 0, quantity: 1 }] });
    expect(copy.status, copy.text).toBe(201);
    const d = copy.body;
    const actor = { officer: desk, specialist, leader }[d.step.role as 'officer' | 'specialist' | 'leader'];
    const refused = await actor.post(`/api/v1/dossiers/${d.id}/${d.step.role === 'leader' ? 'approve' : 'complete-step'}`, { findings: { x: 1 } });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0]).toMatchObject({ field: 'findings', message: { vi: 'Thủ tục này không có kết luận phải ghi.' } });
  });
});
