import { describe, expect, it } from 'vitest';
import { startTestApp } from '../../../test/harness.js';

/** A clock that tests can move: Vietnamese local time given as +07:00. */
let now = new Date('2026-02-13T14:00:00+07:00');
const { anonymous } = await startTestApp({ now: () => now });

describe('what a person needs for a birth registration in Phường Sài Gòn', () => {
  it('lists the components, the form, the time, the fees and the legal basis', async () => {
    const response = await anonymous.get('/api/v1/catalog/procedures/dang-ky-khai-sinh?unit=26740');
    expect(response.status).toBe(200);
    const p = response.body;
    expect(p).toMatchObject({ code: '1.001193', name: { vi: 'Đăng ký khai sinh' }, level: 'commune', field: { slug: 'civil-status' } });
    expect(p.components.map((c: { name: { vi: string } }) => c.name.vi).join(' | ')).toMatch(/Tờ khai.*Giấy chứng sinh/);
    expect(p.forms).toEqual([{ id: 'to-khai-dang-ky-khai-sinh', title: { vi: 'Tờ khai đăng ký khai sinh', en: 'Birth registration declaration' } }]);
    expect(p.processingTimeText.vi).toBe('Trong ngày (nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo)');
    expect(p.fees.find((f: { amount: number }) => f.amount === 0)).toBeDefined();
    expect(p.feeText.vi).toMatch(/^Miễn phí hoặc/);
    expect(p.legalBasis.map((l: { number: string }) => l.number)).toContain('60/2014/QH13');
    expect(p.flow.length).toBeGreaterThanOrEqual(3);
    expect(p.linkedProcedures).toEqual([{ slug: 'dang-ky-thuong-tru', name: expect.objectContaining({ vi: expect.stringContaining('thường trú') }) }]);
  });

  it('says who decides and where to file: the ward, or any service center of the city', async () => {
    const p = (await anonymous.get('/api/v1/catalog/procedures/dang-ky-khai-sinh?unit=26740')).body;
    expect(p.place.competentAgency).toMatchObject({ code: '26740.UBND', name: 'Ủy ban nhân dân phường Sài Gòn' });
    expect(p.place.receivingAgencies.map((a: { code: string }) => a.code)).toEqual(['26740.TTPVHCC', '79.TTPVHCC']);
    expect(p.place.boundaryFree).toBe(true);
  });

  it('gives the due date: same day before 15:00, after Tết when received later on the eve of the break', async () => {
    now = new Date('2026-02-13T14:00:00+07:00');
    expect((await anonymous.get('/api/v1/catalog/procedures/dang-ky-khai-sinh')).body.dueIfReceivedNow).toBe(new Date('2026-02-13T17:00:00+07:00').toISOString());
    now = new Date('2026-02-13T15:30:00+07:00');
    expect((await anonymous.get('/api/v1/catalog/procedures/dang-ky-khai-sinh')).body.dueIfReceivedNow).toBe(new Date('2026-02-23T17:00:00+07:00').toISOString());
  });

  it('counts a 7-working-day residence registration across Tết 2027', async () => {
    now = new Date('2027-02-03T09:00:00+07:00');
    const p = (await anonymous.get('/api/v1/catalog/procedures/dang-ky-thuong-tru')).body;
    expect(p.processingTimeText.vi).toBe('7 ngày làm việc');
    // Received Wed 3 Feb 2027: day 1 is Thu 4; Tết (5–9 Feb, with 10–11 Feb off in lieu of the
    // weekend) stops the count; days 2–7 are Fri 12, Mon 15 … Fri 19 Feb.
    expect(p.dueIfReceivedNow).toBe(new Date('2027-02-19T17:00:00+07:00').toISOString());
    now = new Date('2026-02-13T14:00:00+07:00');
  });

  it('answers for a province-level procedure: the department decides, commune and province centers receive', async () => {
    const p = (await anonymous.get('/api/v1/catalog/procedures/cap-phieu-ly-lich-tu-phap?unit=27664')).body;
    expect(p.place.competentAgency.code).toBe('79.STP');
    expect(p.place.receivingAgencies.map((a: { code: string }) => a.code)).toEqual(['27664.TTPVHCC', '79.TTPVHCC']);
  });

  it('answers 404 for an unknown procedure and 400 for a commune outside the province or a malformed slug', async () => {
    expect((await anonymous.get('/api/v1/catalog/procedures/khong-co')).status).toBe(404);
    const outside = await anonymous.get('/api/v1/catalog/procedures/dang-ky-khai-sinh?unit=00004');
    expect(outside.status).toBe(400);
    expect(outside.body.field).toBe('unit');
    expect((await anonymous.get('/api/v1/catalog/procedures/Dang%20Ky')).status).toBe(400);
  });

  it('shows a version, and no version before the catalog took effect', async () => {
    expect((await anonymous.get('/api/v1/catalog/procedures/dang-ky-khai-sinh/versions/1')).body.version).toBe(1);
    expect((await anonymous.get('/api/v1/catalog/procedures/dang-ky-khai-sinh/versions/9')).status).toBe(404);
    expect((await anonymous.get('/api/v1/catalog/procedures/dang-ky-khai-sinh?at=2025-01-01')).status).toBe(404);
  });
});
