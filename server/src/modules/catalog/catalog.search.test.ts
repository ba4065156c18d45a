import { describe, expect, it } from 'vitest';
import { startTestApp } from '../../../test/harness.js';

const { anonymous } = await startTestApp();
const slugs = (body: { items: Array<{ slug: string }> }) => body.items.map((p) => p.slug);

describe('searching the catalog', () => {
  it.each([
    ['khai sinh', 'dang-ky-khai-sinh'],
    ['khai sanh', 'dang-ky-khai-sinh'],
    ['Đăng ký khai sinh', 'dang-ky-khai-sinh'],
    ['dang ky ket hon', 'dang-ky-ket-hon'],
    ['dang ki ket hon', 'dang-ky-ket-hon'],
    ['ĐĂNG KÝ KẾT HÔN', 'dang-ky-ket-hon'],
    ['chung thuc ban sao', 'chung-thuc-ban-sao-tu-ban-chinh'],
    ['tam tru', 'dang-ky-tam-tru'],
    ['1.001193', 'dang-ky-khai-sinh'],
    ['bhyt', 'cap-the-bhyt-tre-em-duoi-6-tuoi'],
    ['ly lich tu phap', 'cap-phieu-ly-lich-tu-phap'],
  ])('"%s" finds %s first', async (q, expected) => {
    const response = await anonymous.get(`/api/v1/catalog/procedures?q=${encodeURIComponent(q)}`);
    expect(response.status).toBe(200);
    expect(slugs(response.body)[0]).toBe(expected);
  });

  it('does not match unrelated procedures that merely share a word', async () => {
    const response = await anonymous.get(`/api/v1/catalog/procedures?q=${encodeURIComponent('dang ky ket hon')}`);
    expect(slugs(response.body)).not.toContain('dang-ky-ho-kinh-doanh');
  });

  it('returns nothing for text that matches no procedure, and treats SQL as text', async () => {
    for (const q of ['xyz qwv', "zzz' or 'x'='x", "zzz'; drop table procedure_versions; --"]) {
      const response = await anonymous.get(`/api/v1/catalog/procedures?q=${encodeURIComponent(q)}`);
      expect(response.status).toBe(200);
      expect(response.body.items).toEqual([]);
    }
    expect((await anonymous.get('/api/v1/catalog/procedures?q=khai%20sinh')).body.items.length).toBeGreaterThan(0);
  });

  it('pages through search results without repeating or losing any', async () => {
    const all = await anonymous.get('/api/v1/catalog/procedures?q=dang%20ky&limit=200');
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: Array<{ slug: string }>; nextCursor: string | null } } = await anonymous.get(`/api/v1/catalog/procedures?q=dang%20ky&limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...slugs(page.body));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(slugs(all.body));
    expect(seen.length).toBeGreaterThan(5);
  });
});

describe('filtering the catalog', () => {
  it('lists at least 40 commune-level and 10 province-level procedures', async () => {
    const commune = await anonymous.get('/api/v1/catalog/procedures?level=commune&limit=200');
    const province = await anonymous.get('/api/v1/catalog/procedures?level=province&limit=200');
    expect(commune.body.items.length).toBeGreaterThanOrEqual(40);
    expect(province.body.items.length).toBeGreaterThanOrEqual(10);
    expect(commune.body.items.every((p: { level: string }) => p.level === 'commune')).toBe(true);
  });

  it('filters by field, with the field named in both languages', async () => {
    const response = await anonymous.get('/api/v1/catalog/procedures?field=certification&limit=200');
    expect(response.body.items.length).toBeGreaterThanOrEqual(5);
    expect(response.body.items[0].field).toEqual({ slug: 'certification', name: { vi: 'Chứng thực', en: 'Certification' } });
    const fields = await anonymous.get('/api/v1/catalog/fields');
    expect(fields.body.map((f: { slug: string }) => f.slug)).toEqual(expect.arrayContaining(['civil-status', 'certification', 'residence', 'land', 'construction', 'food-safety', 'environment', 'culture']));
  });

  it('lists what an agency decides: the Department of Justice, a ward People’s Committee, a ward police', async () => {
    const justice = await anonymous.get('/api/v1/catalog/procedures?agency=79.STP');
    expect(slugs(justice.body)).toEqual(['cap-phieu-ly-lich-tu-phap']);
    const ward = await anonymous.get('/api/v1/catalog/procedures?agency=26743.UBND&limit=200');
    expect(slugs(ward.body)).toEqual(expect.arrayContaining(['dang-ky-khai-sinh', 'chung-thuc-chu-ky']));
    const police = await anonymous.get('/api/v1/catalog/procedures?agency=26743.CA&limit=200');
    expect(slugs(police.body)).toEqual(expect.arrayContaining(['dang-ky-thuong-tru', 'dang-ky-tam-tru']));
    expect((await anonymous.get('/api/v1/catalog/procedures?agency=26743.XYZ')).status).toBe(404);
  });

  it('rejects bad filters with a 400 naming the parameter', async () => {
    for (const [field, query] of [
      ['level', 'level=district'],
      ['field', 'field=Ho%20Tich'],
      ['q', `q=${encodeURIComponent('<b>')}`],
      ['agency', 'agency=drop'],
    ]) {
      const response = await anonymous.get(`/api/v1/catalog/procedures?${query}`);
      expect({ query, status: response.status, field: response.body.field }).toEqual({ query, status: 400, field });
    }
  });
});
