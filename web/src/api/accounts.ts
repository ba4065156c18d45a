import { api, idempotent, unwrap } from './client';
import type { Account, AccountPage, AccountQuery, CreateStaffAccount, MembershipInput, UpdateAccount } from './types';

export function listAccounts(query: AccountQuery): Promise<AccountPage> {
  return unwrap(api.GET('/api/v1/accounts', { params: { query } }));
}

export function getAccount(id: string): Promise<Account> {
  return unwrap(api.GET('/api/v1/accounts/{id}', { params: { path: { id } } }));
}

export function createStaffAccount(body: CreateStaffAccount, idempotencyKey: string): Promise<Account> {
  return unwrap(api.POST('/api/v1/accounts', { body, headers: idempotent(idempotencyKey) }));
}

export function updateAccount(id: string, body: UpdateAccount): Promise<Account> {
  return unwrap(api.PATCH('/api/v1/accounts/{id}', { params: { path: { id } }, body }));
}

export function replaceMemberships(id: string, memberships: MembershipInput[]): Promise<Account> {
  return unwrap(api.PUT('/api/v1/accounts/{id}/memberships', { params: { path: { id } }, body: { memberships } }));
}

export function setTemporaryPassword(id: string, newPassword: string): Promise<Account> {
  return unwrap(api.POST('/api/v1/accounts/{id}/password', { params: { path: { id } }, body: { newPassword } }));
}

export function unlockAccount(id: string): Promise<Account> {
  return unwrap(api.POST('/api/v1/accounts/{id}/unlock', { params: { path: { id } } }));
}
