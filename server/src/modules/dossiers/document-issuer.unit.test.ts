import { describe, expect, it } from 'vitest';
import type { Agency } from '../units/schemas.js';
import { issuerOf } from './document-specs.js';

const agency = (code: string, kind: string, level: 'province' | 'commune', name: string): Agency => {
  const unitCode = code.split('.')[0]!;
  return { code, kind, level, unitCode, unitName: level === 'province' ? 'Thành phố Hồ Chí Minh' : 'Xã Cần Giờ', name, nameEn: name, electronicId: null, receivesDossiers: false };
};
const unitNames = new Map([
  ['79', 'Thành phố Hồ Chí Minh'],
  ['27664', 'Xã Cần Giờ'],
]);

describe('the issuing block at the top left of a document', () => {
  it('a People’s Committee stands alone; its service centre and a department sit under the committee of their unit', () => {
    expect(issuerOf(agency('27664.UBND', 'peoples_committee', 'commune', 'Ủy ban nhân dân xã Cần Giờ'), unitNames, '')).toEqual({ name: 'Ủy ban nhân dân xã Cần Giờ' });
    expect(issuerOf(agency('27664.TTPVHCC', 'service_center', 'commune', 'Trung tâm Phục vụ hành chính công xã Cần Giờ'), unitNames, '')).toEqual({
      parent: 'Ủy ban nhân dân xã Cần Giờ',
      name: 'Trung tâm Phục vụ hành chính công xã Cần Giờ',
    });
    expect(issuerOf(agency('79.STC', 'dept_finance', 'province', 'Sở Tài chính'), unitNames, '')).toEqual({ parent: 'Ủy ban nhân dân thành phố Hồ Chí Minh', name: 'Sở Tài chính' });
  });

  it('the police answer to the Ministry: a commune’s police under the province’s, the province’s under the Ministry', () => {
    expect(issuerOf(agency('27664.CA', 'police', 'commune', 'Công an xã Cần Giờ'), unitNames, '')).toEqual({ parent: 'Công an thành phố Hồ Chí Minh', name: 'Công an xã Cần Giờ' });
    expect(issuerOf(agency('79.CA', 'police', 'province', 'Công an Thành phố Hồ Chí Minh'), unitNames, '')).toEqual({ parent: 'Bộ Công an', name: 'Công an Thành phố Hồ Chí Minh' });
  });
});
