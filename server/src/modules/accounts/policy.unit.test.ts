import { describe, expect, it } from 'vitest';
import type { Membership, Role, StaffActor } from '../../platform/auth/actor.js';
import { adminScope, mayGrant, mayManage, maySee } from './policy.js';

const at = (unitCode: string, role: Role, kind = 'peoples_committee'): Membership => ({
  agencyCode: `${unitCode}.${kind === 'police' ? 'CA' : 'UBND'}`,
  agencyKind: kind,
  unitCode,
  level: unitCode.length === 2 ? 'province' : 'commune',
  role,
});

const staff = (...memberships: Membership[]): StaffActor => ({
  kind: 'staff',
  accountId: 'a0000000-0000-4000-8000-000000000001',
  provinceCode: '79',
  username: 'cb.test',
  fullName: 'Cán bộ Thử',
  memberships,
  mustChangePassword: false,
});

const account = (...units: string[]) => ({ kind: 'staff' as const, memberships: units.map((unitCode) => ({ unitCode })) });
const citizen = { kind: 'citizen' as const, memberships: [] };

const provinceAdmin = adminScope(staff(at('79', 'admin')));
const communeAdmin = adminScope(staff(at('26743', 'admin'), at('26743', 'officer')));

describe('adminScope', () => {
  it('gives a province admin the whole province', () => {
    expect(provinceAdmin.province).toBe(true);
  });

  it('gives a commune admin their commune only', () => {
    expect(communeAdmin).toEqual({ province: false, unitCodes: new Set(['26743']) });
  });

  it('counts only the admin role, not other roles held elsewhere', () => {
    expect(adminScope(staff(at('26743', 'admin'), at('26740', 'leader'), at('79', 'officer')))).toEqual({ province: false, unitCodes: new Set(['26743']) });
  });

  it('is empty for staff without the admin role, citizens, anonymous callers and the system', () => {
    const empty = { province: false, unitCodes: new Set() };
    expect(adminScope(staff(at('79', 'leader'), at('26743', 'officer')))).toEqual(empty);
    expect(adminScope(staff())).toEqual(empty);
    expect(adminScope({ kind: 'citizen', accountId: 'c1', provinceCode: '79', username: '079203001234', fullName: 'Lê C', nationalId: '079203001234' })).toEqual(empty);
    expect(adminScope({ kind: 'anonymous' })).toEqual(empty);
    expect(adminScope({ kind: 'system', name: 'seed' })).toEqual(empty);
  });
});

describe('province admin', () => {
  it('sees and manages every account, citizens and role-less staff included', () => {
    for (const a of [account('26743'), account('26740', '79'), account(), citizen]) {
      expect(maySee(provinceAdmin, a)).toBe(true);
      expect(mayManage(provinceAdmin, a)).toBe(true);
    }
  });

  it('grants any role at any level', () => {
    expect(mayGrant(provinceAdmin, { unitCode: '79', level: 'province', role: 'admin' })).toBe(true);
    expect(mayGrant(provinceAdmin, { unitCode: '26740', level: 'commune', role: 'leader' })).toBe(true);
  });
});

describe('commune admin', () => {
  it('sees staff with any role in the commune', () => {
    expect(maySee(communeAdmin, account('26743'))).toBe(true);
    expect(maySee(communeAdmin, account('26740', '26743'))).toBe(true);
  });

  it('does not see staff of other units, role-less staff or citizens', () => {
    expect(maySee(communeAdmin, account('26740'))).toBe(false);
    expect(maySee(communeAdmin, account('79'))).toBe(false);
    expect(maySee(communeAdmin, account())).toBe(false);
    expect(maySee(communeAdmin, citizen)).toBe(false);
  });

  it('manages only staff whose roles are all in the commune', () => {
    expect(mayManage(communeAdmin, account('26743'))).toBe(true);
    expect(mayManage(communeAdmin, account('26743', '26743'))).toBe(true);
    expect(mayManage(communeAdmin, account('26743', '26740'))).toBe(false);
    expect(mayManage(communeAdmin, account('26743', '79'))).toBe(false);
    expect(mayManage(communeAdmin, account('26740'))).toBe(false);
  });

  it('never manages citizens or staff with no role', () => {
    expect(mayManage(communeAdmin, citizen)).toBe(false);
    expect(mayManage(communeAdmin, account())).toBe(false);
  });

  it('grants roles at its own commune only, never at province level', () => {
    expect(mayGrant(communeAdmin, { unitCode: '26743', level: 'commune', role: 'officer' })).toBe(true);
    expect(mayGrant(communeAdmin, { unitCode: '26743', level: 'commune', role: 'admin' })).toBe(true);
    expect(mayGrant(communeAdmin, { unitCode: '26740', level: 'commune', role: 'officer' })).toBe(false);
    expect(mayGrant(communeAdmin, { unitCode: '79', level: 'province', role: 'officer' })).toBe(false);
    expect(mayGrant(communeAdmin, { unitCode: '26743', level: 'province', role: 'officer' })).toBe(false);
  });
});

describe('staff without the admin role', () => {
  const none = adminScope(staff(at('26743', 'leader'), at('79', 'supervisor')));

  it('may see, manage and grant nothing', () => {
    expect(maySee(none, account('26743'))).toBe(false);
    expect(mayManage(none, account('26743'))).toBe(false);
    expect(mayGrant(none, { unitCode: '26743', level: 'commune', role: 'clerk' })).toBe(false);
  });
});
