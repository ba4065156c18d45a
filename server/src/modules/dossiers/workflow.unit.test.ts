import { describe, expect, it } from 'vitest';
import type { Actor, Membership, Role } from '../../platform/auth/actor.js';
import { availableActions, assertActionAllowed, type WorkflowState } from './workflow.js';

const steps = [
  { key: 'receive', name: { vi: 'Tiếp nhận', en: 'Receive' }, role: 'officer' as const, agencyCode: '26743.TTPVHCC' },
  { key: 'process', name: { vi: 'Thẩm định', en: 'Review' }, role: 'specialist' as const, agencyCode: '27664.UBND' },
  { key: 'approve', name: { vi: 'Phê duyệt', en: 'Approve' }, role: 'leader' as const, agencyCode: '27664.UBND' },
  { key: 'return', name: { vi: 'Trả kết quả', en: 'Return' }, role: 'officer' as const, agencyCode: '26743.TTPVHCC' },
];

const state = (overrides: Partial<WorkflowState> = {}): WorkflowState => ({
  status: 'processing',
  stepIndex: 1,
  steps,
  receivingAgencyCode: '26743.TTPVHCC',
  assigneeId: null,
  applicantAccountId: 'citizen-1',
  applicantNationalId: '079090001234',
  rated: false,
  late: false,
  ...overrides,
});

const staff = (id: string, ...seats: Array<[string, Role]>): Actor => ({
  kind: 'staff',
  accountId: id,
  provinceCode: '79',
  username: id,
  fullName: id,
  mustChangePassword: false,
  memberships: seats.map(([agencyCode, role]): Membership => ({ agencyCode, role, agencyKind: 'x', unitCode: agencyCode.split('.')[0]!, level: 'commune' })),
});
const citizen: Actor = { kind: 'citizen', accountId: 'citizen-1', provinceCode: '79', username: '079090001234', fullName: 'An', nationalId: '079090001234' };
const stranger: Actor = { kind: 'citizen', accountId: 'citizen-2', provinceCode: '79', username: '079090009999', fullName: 'B', nationalId: '079090009999' };
const officer = staff('officer', ['26743.TTPVHCC', 'officer']);
const specialist = staff('specialist', ['27664.UBND', 'specialist']);
const otherSpecialist = staff('other', ['27664.UBND', 'specialist']);
const leader = staff('leader', ['27664.UBND', 'leader']);
const wrongCommune = staff('wrong', ['26743.UBND', 'specialist'], ['26743.UBND', 'leader']);

describe('which actions a user may take', () => {
  it('lets the receiving desk accept, refuse or ask for more on an online filing, and the applicant withdraw', () => {
    const submitted = state({ status: 'submitted', stepIndex: 0 });
    expect(availableActions(submitted, officer)).toEqual(['accept', 'reject', 'request_supplement']);
    expect(availableActions(submitted, citizen)).toEqual(['withdraw']);
    expect(availableActions(submitted, specialist)).toEqual([]);
    expect(availableActions(submitted, stranger)).toEqual([]);
  });

  it('gives the current step to whoever holds its role at the current agency', () => {
    expect(availableActions(state(), specialist)).toEqual(['complete_step', 'request_supplement']);
    expect(availableActions(state(), wrongCommune)).toEqual([]);
    expect(availableActions(state(), officer)).toEqual([]);
  });

  it('once assigned, only the assignee (or the leader) acts on the step', () => {
    const assigned = state({ assigneeId: 'specialist' });
    expect(availableActions(assigned, specialist)).toContain('complete_step');
    expect(availableActions(assigned, otherSpecialist)).toEqual([]);
  });

  it('lets the leader approve at the leader’s step, send back, assign, refuse, transfer', () => {
    expect(availableActions(state({ stepIndex: 2 }), leader)).toEqual(['approve', 'send_back', 'assign', 'refuse', 'transfer', 'request_payment', 'request_supplement']);
  });

  it('allows the apology only when the dossier is late', () => {
    expect(availableActions(state(), leader)).not.toContain('apologize');
    expect(availableActions(state({ late: true }), leader)).toContain('apologize');
  });

  it('while waiting for a supplement, the applicant or the desk supplies it', () => {
    const waiting = state({ status: 'supplement_requested' });
    expect(availableActions(waiting, citizen)).toEqual(['supplement', 'withdraw']);
    expect(availableActions(waiting, officer)).toEqual(['supplement']);
    expect(availableActions(waiting, specialist)).toEqual([]);
  });

  it('hands over the result at the return desk, then lets the applicant rate once', () => {
    expect(availableActions(state({ status: 'processed', stepIndex: 3 }), officer)).toEqual(['return_result']);
    expect(availableActions(state({ status: 'returned', stepIndex: 3 }), citizen)).toEqual(['rate']);
    expect(availableActions(state({ status: 'returned', stepIndex: 3, rated: true }), citizen)).toEqual([]);
  });

  it('allows nothing on a finished dossier', () => {
    for (const status of ['rejected', 'withdrawn', 'stopped'] as const) {
      for (const actor of [officer, specialist, leader, citizen]) expect(availableActions(state({ status }), actor)).toEqual([]);
    }
  });

  it('refuses anything else with a 409 saying the status and step, in both languages', () => {
    try {
      assertActionAllowed(state(), officer, 'approve');
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ status: 409, detail: { vi: expect.stringContaining('«Đang xử lý» ở bước «Thẩm định»'), en: expect.stringContaining("'Being processed'") } });
    }
  });
});
