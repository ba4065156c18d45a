import { describe, expect, it } from 'vitest';
import { DEMO_CITIZEN_LOGIN } from '../../../test/access.js';
import { birthAtCounter, birthForm, citizenApplicant, copyCertification } from '../../../test/dossier-fixtures.js';
import { startTestApp } from '../../../test/harness.js';
import { samplePdf, sha256Of, upload } from '../../platform/files/test-upload.js';

const now = new Date('2026-11-25T15:30:00+07:00');
const t = await startTestApp({ now: () => now });
const desk = await t.signIn('benthanh.motcua');
const count = async () => (await t.db.selectFrom('dossiers').select('id').execute()).length;

describe('receiving at the desk', () => {
  it('numbers the desk’s dossiers of a day 0001, 0002… without gaps, even when an intake fails in between', async () => {
    const first = await desk.post('/api/v1/dossiers', copyCertification());
    const failed = await desk.post('/api/v1/dossiers', copyCertification({ components: [] }));
    const second = await desk.post('/api/v1/dossiers', copyCertification());
    expect(failed.status).toBe(400);
    expect([first.body.code, second.body.code]).toEqual(['26743.TTPVHCC-261125-0001', '26743.TTPVHCC-261125-0002']);
    const otherDesk = await (await t.signIn('cangio.motcua')).post('/api/v1/dossiers', copyCertification({ placeUnitCode: '27664' }));
    expect(otherDesk.body.code).toBe('27664.TTPVHCC-261125-0001');
  });

  it('counts a same-day procedure received after 15:00 as due the next working day, and sums the fees', async () => {
    const d = (await desk.post('/api/v1/dossiers', copyCertification())).body;
    expect(d.dueAt).toBe(new Date('2026-11-26T17:00:00+07:00').toISOString());
    expect(d.fees).toEqual([{ name: { vi: 'Phí chứng thực bản sao từ bản chính', en: expect.any(String) }, amount: 2000, quantity: 2, total: 4000 }]);
    expect(d.feeTotal).toBe(4000);
  });

  it('creates one dossier for a repeated submit with the same Idempotency-Key', async () => {
    const before = await count();
    const headers = { 'idempotency-key': 'desk-double-click-1' };
    const [a, b] = await Promise.all([desk.post('/api/v1/dossiers', copyCertification(), headers), desk.post('/api/v1/dossiers', copyCertification(), headers)]);
    expect(a.body.id).toBe(b.body.id);
    expect(await count()).toBe(before + 1);
  });

  it.each([
    ['an unknown procedure', { procedure: 'khong-co-thu-tuc' }, 404, null],
    ['missing required components', { components: [{ key: 'giay-to-tuy-than', paper: true }] }, 400, 'components'],
    ['an unknown component', { components: [{ key: 'giay-chung-sinh', paper: true }, { key: 'giay-to-tuy-than', paper: true }, { key: 'la-ky', paper: true }] }, 400, 'components/2/key'],
    ['a missing form', { formData: undefined }, 400, 'formData'],
    ['a wrong form field', { formData: { ...birthForm, ngaySinh: '20/11/2026' } }, 400, 'formData/ngaySinh'],
    ['markup in the form', { formData: { ...birthForm, noiSinh: '<script>x</script>' } }, 400, 'formData/noiSinh'],
    ['a commune outside the province', { placeUnitCode: '00004' }, 400, 'placeUnitCode'],
    ['no commune for a commune-level procedure', { placeUnitCode: undefined }, 400, 'placeUnitCode'],
    ['a malformed ID number', { applicant: { ...citizenApplicant, nationalId: '07909000123' } }, 400, 'applicant/nationalId'],
    ['a fee that does not exist', { fees: [{ index: 9, quantity: 1 }] }, 400, 'fees/0/index'],
    ['a post return without an address', { returnChannel: 'post' }, 400, 'postalAddress'],
    ['an online return for a desk filing', { returnChannel: 'online' }, 400, 'returnChannel'],
    ['an unknown field', { secret: 'x' }, 400, 'secret'],
  ])('refuses %s with a clear message, and writes nothing', async (_case, change, status, field) => {
    const before = await count();
    const body = JSON.parse(JSON.stringify(birthAtCounter(change)));
    const response = await desk.post('/api/v1/dossiers', body);
    expect(response.status).toBe(status);
    if (field) expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(response.body.message.vi.length).toBeGreaterThan(10);
    expect(await count()).toBe(before);
  });

  it('lists every missing required component by name', async () => {
    const response = await desk.post('/api/v1/dossiers', birthAtCounter({ components: [] }));
    expect(response.body.message.vi).toContain('Giấy chứng sinh');
    expect(response.body.missingComponents).toEqual(['giay-chung-sinh', 'giay-to-tuy-than']);
  });

  it('is refused to staff who do not work at a one-stop desk', async () => {
    const specialist = await t.signIn('benthanh.chuyenvien');
    expect((await specialist.post('/api/v1/dossiers', copyCertification())).status).toBe(403);
  });
});

describe('filing online', () => {
  it('submits to the service center of the commune deciding; the desk there accepts it and the clock starts', async () => {
    const citizen = await t.signIn(DEMO_CITIZEN_LOGIN);
    const filed = await citizen.post('/api/v1/me/dossiers', {
      ...birthAtCounter({ fees: [] }),
      components: [{ key: 'giay-to-tuy-than', fromRecord: 'identity' }, { key: 'giay-chung-sinh', fromRecord: 'identity' }],
    });
    // A birth certificate from the hospital is not held by the state: it cannot come from the store.
    expect(filed.status).toBe(400);
    expect(filed.body.errors.map((e: { field: string }) => e.field)).toEqual(['components/1/fromRecord']);
    const paper = await citizen.post('/api/v1/me/dossiers', { ...birthAtCounter({ fees: [] }), components: [{ key: 'giay-chung-sinh', paper: true }, { key: 'giay-to-tuy-than', fromRecord: 'identity' }] });
    expect(paper.body.errors[0]).toMatchObject({ field: 'components/0/paper' });
    expect(paper.body.errors[0].message.vi).toContain('tệp');
  });

  it('refuses an online filing for somebody else unless the filer is named as submitter', async () => {
    const citizen = await t.signIn(DEMO_CITIZEN_LOGIN);
    const response = await citizen.post('/api/v1/me/dossiers', copyCertification({ components: [] }));
    expect(response.status).toBe(400);
    expect(response.body.field).toBe('submitter');
  });
});

describe('filing online with scanned documents', () => {
  it('takes uploaded files by their hash, refuses files uploaded by someone else, and the desk accepts it', async () => {
    const citizen = await t.signIn(DEMO_CITIZEN_LOGIN);
    const certificate = samplePdf(64);
    const uploaded = await upload(t, citizen, { name: 'giay-chung-sinh.pdf', type: 'application/pdf', content: certificate });
    expect(uploaded.status).toBe(201);
    const othersFile = await upload(t, desk, { name: 'khac.pdf', type: 'application/pdf', content: samplePdf(128) });
    const body = (files: string[]) => ({ ...birthAtCounter({ fees: [] }), components: [{ key: 'giay-chung-sinh', files }, { key: 'giay-to-tuy-than', fromRecord: 'identity' }] });
    const foreign = await citizen.post('/api/v1/me/dossiers', body([othersFile.body.sha256]));
    expect(foreign.status).toBe(400);
    expect(foreign.body.errors[0].field).toBe('components/0/files/0');
    const filed = await citizen.post('/api/v1/me/dossiers', body([sha256Of(certificate)]), { 'idempotency-key': 'online-birth-1' });
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({ status: 'submitted', portalStatus: 1, channel: 'online', dueAt: null, receivingAgency: { code: '27664.TTPVHCC' } });
    expect(filed.body.code).toMatch(/^27664\.TTPVHCC-261125-\d{4}$/);
    const cangio = await t.signIn('cangio.motcua');
    expect((await cangio.get('/api/v1/dossiers/inbox')).body.items.map((d: { id: string }) => d.id)).toContain(filed.body.id);
    expect((await desk.post(`/api/v1/dossiers/${filed.body.id}/accept`, {})).status).toBe(404);
    const accepted = await cangio.post(`/api/v1/dossiers/${filed.body.id}/accept`, {});
    expect(accepted.body).toMatchObject({ status: 'received', receivedAt: now.toISOString(), dueAt: new Date('2026-11-26T17:00:00+07:00').toISOString() });
  });
});
