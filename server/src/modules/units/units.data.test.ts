import { describe, expect, it } from 'vitest';
import { startTestApp } from '../../../test/harness.js';
import type { TestClient, TestResponse } from '../../../test/test-client.js';

const { anonymous } = await startTestApp();

/** Every unit of a listing, following the cursor page by page. */
async function listAll(client: TestClient, query: string): Promise<Array<{ code: string; name: string; provinceCode: string }>> {
  const items = [];
  let cursor: string | null = null;
  do {
    const response: TestResponse = await client.get(`/api/v1/units?limit=200&${query}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(response.status).toBe(200);
    items.push(...response.body.items);
    cursor = response.body.nextCursor;
  } while (cursor);
  return items;
}

describe('administrative units after 1 July 2025', () => {
  it('has 34 provinces and 3,321 communes', async () => {
    expect(await listAll(anonymous, 'level=province')).toHaveLength(34);
    expect(await listAll(anonymous, 'level=commune')).toHaveLength(3321);
  });

  it('has 168 units in Hồ Chí Minh City, 102 of them formed from communes of the old city', async () => {
    const hcmc = await listAll(anonymous, 'level=commune&province=79');
    expect(hcmc).toHaveLength(168);
    let fromOldCity = 0;
    for (const unit of hcmc) {
      const detail = await anonymous.get(`/api/v1/units/${unit.code}`);
      if (detail.body.predecessors.some((p: { unit: { provinceCode: string } }) => p.unit.provinceCode === '79')) fromOldCity += 1;
    }
    expect(fromOldCity).toBe(102);
  });

  it('has 65 communes in Lạng Sơn and 40 in Huế', async () => {
    expect(await listAll(anonymous, 'level=commune&province=20')).toHaveLength(65);
    expect(await listAll(anonymous, 'level=commune&province=46')).toHaveLength(40);
  });
});

describe('administrative units before 1 July 2025', () => {
  it('has 63 provinces, 696 districts and 10,047 communes on 30 June 2025', async () => {
    expect(await listAll(anonymous, 'level=province&at=2025-06-30')).toHaveLength(63);
    expect(await listAll(anonymous, 'level=district&at=2025-06-30')).toHaveLength(696);
    expect(await listAll(anonymous, 'level=commune&at=2025-06-30')).toHaveLength(10047);
  });

  it('knows that old Phường Phúc Xá (00001) became Phường Hồng Hà (00097)', async () => {
    const old = await anonymous.get('/api/v1/units/00001?at=2025-06-30');
    expect(old.status).toBe(200);
    expect(old.body.name).toBe('Phường Phúc Xá');
    expect(old.body.parent.name).toBe('Quận Ba Đình');
    expect(old.body.successors).toEqual([{ unit: expect.objectContaining({ code: '00097', name: 'Phường Hồng Hà' }), kind: 'full' }]);
  });
});
