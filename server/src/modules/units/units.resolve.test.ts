import { describe, expect, it } from 'vitest';
import { startTestApp } from '../../../test/harness.js';

const { anonymous } = await startTestApp();
const successorNames = (match: { successors: Array<{ unit: { name: string } }> }) => match.successors.map((s) => s.unit.name);

describe('resolving a pre-2025 address to today’s unit', () => {
  it('by the former commune code: 00001 Phường Phúc Xá → Phường Hồng Hà (00097)', async () => {
    const response = await anonymous.get('/api/v1/units/resolve?oldCode=00001');
    expect(response.status).toBe(200);
    const [match] = response.body.matches;
    expect(match.unit.name).toBe('Phường Phúc Xá');
    expect(match.district.name).toBe('Quận Ba Đình');
    expect(match.province.name).toBe('Thành phố Hà Nội');
    expect(match.successors).toEqual([{ unit: expect.objectContaining({ code: '00097', name: 'Phường Hồng Hà', validFrom: '2025-07-01' }), kind: 'full' }]);
  });

  it('by names as written on an old address, with or without diacritics and type words', async () => {
    for (const query of [
      `commune=${encodeURIComponent('Phúc Xá')}&district=${encodeURIComponent('Ba Đình')}&province=${encodeURIComponent('Hà Nội')}`,
      'commune=phuong%20phuc%20xa&district=quan%20ba%20dinh&province=tp%20ha%20noi',
      'commune=P.%20Phuc%20Xa&district=Q.Ba%20Dinh',
    ]) {
      const response = await anonymous.get(`/api/v1/units/resolve?${query}`);
      expect(response.status).toBe(200);
      expect(response.body.matches).toHaveLength(1);
      expect(successorNames(response.body.matches[0])).toEqual(['Phường Hồng Hà']);
    }
  });

  it('returns every former unit a bare name can mean, each with its successors', async () => {
    const response = await anonymous.get('/api/v1/units/resolve?commune=Phuong%201&province=TP%20HCM');
    expect(response.status).toBe(200);
    expect(response.body.matches.length).toBeGreaterThan(5);
    expect(response.body.matches.every((m: { province: { code: string } }) => m.province.code === '79')).toBe(true);
    const inDistrict3 = await anonymous.get('/api/v1/units/resolve?commune=P.01&district=Q.3&province=TP%20HCM');
    expect(inDistrict3.body.matches).toHaveLength(1);
    expect(inDistrict3.body.matches[0].district.name).toBe('Quận 3');
  });

  it('lists several successors for a commune split between new units', async () => {
    const partial = await anonymous.get('/api/v1/units/resolve?oldCode=00007');
    expect(partial.body.matches[0].successors.length).toBeGreaterThan(0);
    expect(partial.body.matches[0].successors.some((s: { kind: string }) => s.kind === 'partial')).toBe(true);
  });

  it('resolves a former district to the new communes that took over its communes', async () => {
    const response = await anonymous.get(`/api/v1/units/resolve?district=${encodeURIComponent('Huyện Cần Giờ')}&province=HCM`);
    expect(response.body.matches).toHaveLength(1);
    expect(successorNames(response.body.matches[0])).toEqual(expect.arrayContaining(['Xã Cần Giờ', 'Xã Thạnh An']));
  });

  it('resolves a former province to its new province', async () => {
    const response = await anonymous.get(`/api/v1/units/resolve?province=${encodeURIComponent('Bình Dương')}`);
    expect(successorNames(response.body.matches[0])).toEqual(['Thành phố Hồ Chí Minh']);
  });

  it('answers 404 when nothing matches, and 400 when nothing is given or the code is malformed', async () => {
    const none = await anonymous.get('/api/v1/units/resolve?commune=Khong%20Co%20Xa%20Nay');
    expect(none.status).toBe(404);
    expect(none.body.message.vi).toContain('Khong Co Xa Nay');
    const empty = await anonymous.get('/api/v1/units/resolve');
    expect(empty.status).toBe(400);
    expect(empty.body.field).toBe('oldCode');
    expect((await anonymous.get('/api/v1/units/resolve?oldCode=abc')).status).toBe(400);
    expect((await anonymous.get('/api/v1/units/resolve?oldCode=26743')).status).toBe(200);
  });
});
