import { describe, expect, it } from 'vitest';
import { startTestApp } from '../../../test/harness.js';

const { anonymous } = await startTestApp();
const names = (body: { items: Array<{ name: string }> }) => body.items.map((u) => u.name);

describe('searching units', () => {
  it('ignores diacritics and case: "ba dinh" finds Phường Ba Đình, best match first', async () => {
    const response = await anonymous.get('/api/v1/units?q=ba%20dinh');
    expect(response.status).toBe(200);
    expect(names(response.body)[0]).toBe('Phường Ba Đình');
    expect(names(response.body)).toContain('Xã Ba Đình');
  });

  it('finds the same with the Vietnamese spelling and in capitals', async () => {
    const a = await anonymous.get(`/api/v1/units?q=${encodeURIComponent('Ba Đình')}`);
    const b = await anonymous.get('/api/v1/units?q=BA%20DINH');
    expect(names(a.body)).toEqual(names(b.body));
  });

  it('filters by province and level', async () => {
    const response = await anonymous.get(`/api/v1/units?q=${encodeURIComponent('bến thành')}&province=79&level=commune`);
    expect(names(response.body)).toEqual(['Phường Bến Thành']);
  });

  it('searches former units when asked for a date before the reorganisation', async () => {
    const today = await anonymous.get('/api/v1/units?q=quan%201&level=district');
    expect(today.body.items).toEqual([]);
    const before = await anonymous.get('/api/v1/units?q=quan%201&level=district&province=79&at=2025-06-30');
    expect(names(before.body)).toContain('Quận 1');
  });

  it('treats SQL in the search text as plain text, and wildcards as nothing', async () => {
    const injection = await anonymous.get(`/api/v1/units?q=${encodeURIComponent("' or 1=1 --")}`);
    expect(injection.status).toBe(200);
    expect(injection.body.items).toEqual([]);
    for (const q of ['%', '_', '\\', '%%%']) {
      const response = await anonymous.get(`/api/v1/units?level=province&q=${encodeURIComponent(q)}`);
      expect(response.body.items).toHaveLength(34);
    }
    expect((await anonymous.get(`/api/v1/units?q=${encodeURIComponent('ba%dinh')}`)).body.items[0].name).toBe('Phường Ba Đình');
  });

  it('rejects markup, overlong text and bad parameters with a 400 naming the field', async () => {
    const cases: Array<[string, string]> = [
      ['q', `q=${encodeURIComponent('<script>')}`],
      ['q', `q=${'a'.repeat(101)}`],
      ['level', 'level=hamlet'],
      ['province', 'province=7'],
      ['at', 'at=2025-13-01'],
      ['limit', 'limit=0'],
      ['limit', 'limit=201'],
    ];
    for (const [field, query] of cases) {
      const response = await anonymous.get(`/api/v1/units?${query}`);
      expect({ query, status: response.status, field: response.body.field }).toEqual({ query, status: 400, field });
      expect(response.body.errors[0].in).toBe('query');
    }
  });
});

describe('one unit', () => {
  it('shows a new ward with its province and the former wards it took over', async () => {
    const response = await anonymous.get('/api/v1/units/26743');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ name: 'Phường Bến Thành', province: { name: 'Thành phố Hồ Chí Minh' }, successors: [] });
    expect(response.body.predecessors.map((p: { unit: { name: string } }) => p.unit.name)).toEqual(expect.arrayContaining(['Phường Bến Thành', 'Phường Phạm Ngũ Lão']));
  });

  it('shows Hồ Chí Minh City formed from three former provinces', async () => {
    const response = await anonymous.get('/api/v1/units/79');
    expect(response.body.predecessors.map((p: { unit: { name: string } }) => p.unit.name).sort()).toEqual(['Thành phố Hồ Chí Minh', 'Tỉnh Bà Rịa - Vũng Tàu', 'Tỉnh Bình Dương'].sort());
  });

  it('explains a code that belongs to a former unit', async () => {
    const response = await anonymous.get('/api/v1/units/00001');
    expect(response.status).toBe(404);
    expect(response.body.message.vi).toContain('Phường Phúc Xá');
    expect(response.body.message.en).toContain('?at=');
  });

  it('shows a former district with the new units that took over its communes', async () => {
    const response = await anonymous.get('/api/v1/units/787?at=2025-06-30');
    expect(response.body.name).toBe('Huyện Cần Giờ');
    const successors = response.body.successors.map((s: { unit: { name: string }; kind: string }) => s.unit.name);
    expect(successors).toEqual(expect.arrayContaining(['Xã Cần Giờ']));
    expect(response.body.successors.every((s: { kind: string }) => s.kind === 'partial')).toBe(true);
  });

  it('answers 404 for a code no unit ever had and 400 for a malformed one', async () => {
    expect((await anonymous.get('/api/v1/units/99999')).status).toBe(404);
    const bad = await anonymous.get('/api/v1/units/1234');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toMatchObject({ field: 'code', in: 'params' });
  });
});

describe('agencies', () => {
  it('gives every commune a People’s Committee, a service center and police', async () => {
    const response = await anonymous.get('/api/v1/agencies?unit=26743');
    expect(response.body.items.map((a: { code: string; name: string }) => [a.code, a.name])).toEqual([
      ['26743.CA', 'Công an phường Bến Thành'],
      ['26743.TTPVHCC', 'Trung tâm Phục vụ hành chính công phường Bến Thành'],
      ['26743.UBND', 'Ủy ban nhân dân phường Bến Thành'],
    ]);
  });

  it('gives the province its committee, service center, police and ten departments', async () => {
    const response = await anonymous.get('/api/v1/agencies?unit=79');
    expect(response.body.items).toHaveLength(13);
    expect(response.body.items.find((a: { code: string }) => a.code === '79.STP')).toMatchObject({ name: 'Sở Tư pháp thành phố Hồ Chí Minh', kind: 'dept_justice', level: 'province' });
    expect(response.body.items.find((a: { code: string }) => a.code === '79.UBND').electronicId).toBe('000.00.00.H29');
  });

  it('lists the desks that receive dossiers, in every commune of the city', async () => {
    let count = 0;
    let cursor: string | null = null;
    do {
      const page: { body: { items: unknown[]; nextCursor: string | null } } = await anonymous.get(`/api/v1/agencies?receivesDossiers=true&limit=200${cursor ? `&cursor=${cursor}` : ''}`);
      count += page.body.items.length;
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(count).toBe(169);
  });

  it('searches agencies without diacritics', async () => {
    const response = await anonymous.get('/api/v1/agencies?q=so%20tu%20phap');
    expect(response.body.items.map((a: { code: string }) => a.code)).toEqual(['79.STP']);
  });

  it('answers 404 for an unknown agency and 400 for a malformed code', async () => {
    expect((await anonymous.get('/api/v1/agencies/79.XYZ')).status).toBe(404);
    expect((await anonymous.get('/api/v1/agencies/not-a-code')).status).toBe(400);
  });
});
