import { Type } from '@sinclair/typebox';
import { citizenOnly, staffWith } from '../../platform/auth/access.js';
import type { App } from '../../platform/http/fastify-types.js';
import { respondOnce } from '../../platform/http/idempotency.js';
import { ownProfile } from './personal-records.js';
import { manageAccounts } from './policy.js';
import {
  Account,
  AccountPage,
  AccountParams,
  CreateStaffAccount,
  ListAccountsQuery,
  ReplaceMemberships,
  ResetPassword,
  UpdateAccount,
} from './schemas.js';
import { createStaffAccount, getAccount, listAccounts, replaceMemberships, resetPassword, unlockAccount, updateAccount } from './service.js';

const manage = { access: staffWith(manageAccounts) };

/** Account administration: within the units the administrator holds the admin role for. */
export async function accountRoutes(app: App): Promise<void> {
  app.get('/accounts', {
    schema: { tags: ['accounts'], summary: 'List accounts the administrator may see', querystring: ListAccountsQuery, response: { 200: AccountPage } },
    config: manage,
    handler: (request) => listAccounts(request.ctx, request.query),
  });

  app.post('/accounts', {
    schema: { tags: ['accounts'], summary: 'Create a staff account with its roles', body: CreateStaffAccount, response: { 201: Account } },
    config: manage,
    handler: (request, reply) => respondOnce(request, reply, 201, (ctx) => createStaffAccount(ctx, request.body)),
  });

  app.get('/accounts/:id', {
    schema: { tags: ['accounts'], summary: 'One account', params: AccountParams, response: { 200: Account } },
    config: manage,
    handler: (request) => getAccount(request.ctx, request.params.id),
  });

  app.patch('/accounts/:id', {
    schema: { tags: ['accounts'], summary: 'Change name, contacts or status', params: AccountParams, body: UpdateAccount, response: { 200: Account } },
    config: manage,
    handler: (request) => updateAccount(request.ctx, request.params.id, request.body),
  });

  app.put('/accounts/:id/memberships', {
    schema: { tags: ['accounts'], summary: "Replace the account's roles", params: AccountParams, body: ReplaceMemberships, response: { 200: Account } },
    config: manage,
    handler: (request) => replaceMemberships(request.ctx, request.params.id, request.body.memberships),
  });

  app.post('/accounts/:id/password', {
    schema: { tags: ['accounts'], summary: 'Set a temporary password (to be changed at next sign-in)', params: AccountParams, body: ResetPassword, response: { 200: Account } },
    config: manage,
    handler: (request) => resetPassword(request.ctx, request.params.id, request.body.newPassword),
  });

  app.get('/me/records', {
    schema: {
      tags: ['accounts'],
      summary: 'What the state holds about me: account data and records reused to prefill forms',
      response: {
        200: Type.Object({
          account: Type.Record(Type.String(), Type.Union([Type.String(), Type.Null()])),
          records: Type.Array(Type.Object({ type: Type.String(), data: Type.Record(Type.String(), Type.Unknown()), source: Type.String(), recordedAt: Type.String() })),
        }),
      },
    },
    config: { access: citizenOnly },
    handler: (request) => ownProfile(request.ctx),
  });

  app.post('/accounts/:id/unlock', {
    schema: { tags: ['accounts'], summary: 'Lift a lockout after failed sign-ins', params: AccountParams, response: { 200: Account } },
    config: manage,
    handler: (request) => unlockAccount(request.ctx, request.params.id),
  });
}
