import { describe, expect, it } from 'vitest';
import { startTestApp } from '../../../test/harness.js';
import { DEMO_CITIZEN_LOGIN } from '../../../test/access.js';
import { birthForm } from '../../../test/dossier-fixtures.js';

const t = await startTestApp();
const url = '/api/v1/catalog/procedures/dang-ky-khai-sinh/forms/to-khai-dang-ky-khai-sinh';

/** The birth registration of the dossier tests, filed with the ward of Sài Gòn by a family of Bến Thành. */
const validBirth = {
  ...birthForm,
  kinhGui: 'Ủy ban nhân dân phường Sài Gòn',
  noiCuTruNguoiYeuCau: '12 Lê Lợi, Phường Bến Thành, Thành phố Hồ Chí Minh',
};

describe('e-forms', () => {
  it('serves the form as JSON Schema with its layout, in both languages', async () => {
    const response = await t.anonymous.get(url);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id: 'to-khai-dang-ky-khai-sinh', procedure: { slug: 'dang-ky-khai-sinh', version: 1 } });
    expect(response.body.schema.properties.hoTen).toMatchObject({ title: expect.stringContaining('Họ'), 'x-title-en': expect.any(String) });
    expect(response.body.ui.order.length).toBeGreaterThan(5);
  });

  it('accepts a correctly filled birth declaration', async () => {
    const response = await t.anonymous.post(`${url}/validate`, validBirth);
    expect(response.body).toEqual({ valid: true });
  });

  it('names every wrong field with the form’s own labels, in Vietnamese and English', async () => {
    const { hoTen: _h, ...missingName } = validBirth;
    const response = await t.anonymous.post(`${url}/validate`, { ...missingName, ngaySinh: '20/11/2026', soDinhDanhNguoiYeuCau: '12345', gioiTinh: 'khac' });
    expect(response.status).toBe(400);
    const byField = Object.fromEntries(response.body.errors.map((e: { field: string; message: { vi: string; en: string } }) => [e.field, e.message]));
    expect(Object.keys(byField).sort()).toEqual(['gioiTinh', 'hoTen', 'ngaySinh', 'soDinhDanhNguoiYeuCau']);
    expect(byField.hoTen.vi).toMatch(/^Vui lòng nhập «Họ, chữ đệm, tên người được khai sinh»/);
    expect(byField.ngaySinh.vi).toContain('YYYY-MM-DD');
    expect(byField.gioiTinh.en).toMatch(/must be one of/);
  });

  it('refuses markup anywhere in the data', async () => {
    const response = await t.anonymous.post(`${url}/validate`, { ...validBirth, noiSinh: '<img src=x onerror=alert(1)>' });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'noiSinh' })]);
  });

  it('answers 404 for a form the procedure does not have', async () => {
    expect((await t.anonymous.get('/api/v1/catalog/procedures/dang-ky-khai-sinh/forms/to-khai-ket-hon')).status).toBe(404);
  });
});

describe('prefilling a form from what the state already holds', () => {
  it('fills the citizen’s own details from the account and the population-database record', async () => {
    const citizen = await t.signIn(DEMO_CITIZEN_LOGIN);
    const response = await citizen.get(`${url}/prefill`);
    expect(response.status).toBe(200);
    expect(response.body.values).toMatchObject({
      hoTenNguoiYeuCau: 'Nguyễn Văn An',
      soDinhDanhNguoiYeuCau: '079090001234',
      noiCuTruNguoiYeuCau: '12 Lê Lợi, Phường Bến Thành, Thành phố Hồ Chí Minh',
    });
    expect(response.body.sources.soDinhDanhNguoiYeuCau).toBe('account');
    expect(response.body.sources.noiCuTruNguoiYeuCau).toMatch(/^record:identity/);
  });

  it('fills a residence declaration (CT01) from the residence record', async () => {
    const citizen = await t.signIn(DEMO_CITIZEN_LOGIN);
    const form = (await t.anonymous.get('/api/v1/catalog/procedures/dang-ky-thuong-tru')).body.forms[0].id;
    const response = await citizen.get(`/api/v1/catalog/procedures/dang-ky-thuong-tru/forms/${form}/prefill`);
    expect(Object.values(response.body.values)).toEqual(expect.arrayContaining(['Nguyễn Văn An', '079090001234']));
  });

  it('shows the citizen the records the state holds', async () => {
    const citizen = await t.signIn(DEMO_CITIZEN_LOGIN);
    const response = await citizen.get('/api/v1/me/records');
    expect(response.body.records.map((r: { type: string }) => r.type)).toEqual(['identity', 'residence']);
  });
});
