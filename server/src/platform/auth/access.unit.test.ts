import { describe, expect, it } from 'vitest';
import { admits, citizenOnly, definePermission, holds, membershipsGranting, publicAccess, signedIn, staffWith, type Access } from './access.js';
import type { Actor, Membership, StaffActor } from './actor.js';

const receive = definePermission('dossiers.receive', ['officer', 'leader'], { vi: 'Tiếp nhận hồ sơ', en: 'Receive dossiers' });

const officerAt = (unitCode: string): Membership => ({ agencyCode: `${unitCode}.TTPVHCC`, agencyKind: 'service_center', unitCode, level: 'commune', role: 'officer' });
const clerkAt = (unitCode: string): Membership => ({ agencyCode: `${unitCode}.UBND`, agencyKind: 'peoples_committee', unitCode, level: 'commune', role: 'clerk' });

const staff = (...memberships: Membership[]): StaffActor => ({
  kind: 'staff',
  accountId: 's1',
  provinceCode: '79',
  username: 'cb.mot',
  fullName: 'Cán bộ Một',
  memberships,
  mustChangePassword: false,
});

const actors: Record<string, Actor> = {
  anonymous: { kind: 'anonymous' },
  citizen: { kind: 'citizen', accountId: 'c1', provinceCode: '79', username: '079203001234', fullName: 'Lê Thị C', nationalId: '079203001234' },
  'staff with the role': staff(clerkAt('26743'), officerAt('26743')),
  'staff without the role': staff(clerkAt('26743')),
  'staff with no role': staff(),
  system: { kind: 'system', name: 'seed' },
};

/** Who passes each access declaration; everyone else is refused. */
const expected: Array<[string, Access, string[]]> = [
  ['public', publicAccess, Object.keys(actors)],
  ['signed-in', signedIn, ['citizen', 'staff with the role', 'staff without the role', 'staff with no role']],
  ['citizen', citizenOnly, ['citizen']],
  ['staff with a permission', staffWith(receive), ['staff with the role']],
];

describe('admits', () => {
  for (const [name, access, admitted] of expected) {
    for (const [who, actor] of Object.entries(actors)) {
      const yes = admitted.includes(who);
      it(`${name} ${yes ? 'admits' : 'refuses'} ${who}`, () => {
        expect(admits(access, actor)).toBe(yes);
      });
    }
  }
});

describe('membershipsGranting', () => {
  it('lists exactly the memberships whose role carries the permission', () => {
    const actor = staff(clerkAt('26743'), officerAt('26743'), officerAt('26740'));
    expect(membershipsGranting(actor, receive)).toEqual([officerAt('26743'), officerAt('26740')]);
    expect(holds(actor, receive)).toBe(true);
  });

  it('is empty for staff without the role and for anyone who is not staff', () => {
    expect(membershipsGranting(staff(clerkAt('26743')), receive)).toEqual([]);
    expect(holds(staff(clerkAt('26743')), receive)).toBe(false);
    for (const who of ['anonymous', 'citizen', 'system']) {
      expect(membershipsGranting(actors[who]!, receive)).toEqual([]);
    }
  });
});
