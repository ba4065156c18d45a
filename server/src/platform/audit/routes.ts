import { Type } from '@sinclair/typebox';
import { staffWith } from '../auth/access.js';
import type { App } from '../http/fastify-types.js';
import { decodeCursor, Page, PageQuery, toPage } from '../http/pagination.js';
import { Timestamp, Uuid } from '../http/schema-types.js';
import { verifyAuditChain } from './audit.js';
import { readAudit, verifyAudit } from './policy.js';
import { listEntries } from './store.js';

const AuditEntry = Type.Object({
  seq: Type.Integer(),
  occurredAt: Timestamp(),
  actorId: Type.Union([Type.String(), Type.Null()]),
  actorName: Type.String(),
  action: Type.String(),
  entityType: Type.String(),
  entityId: Type.String(),
  before: Type.Unknown(),
  after: Type.Unknown(),
  context: Type.Unknown(),
  hash: Type.String(),
  prevHash: Type.String(),
});

const AuditQuery = Type.Object({
  entityType: Type.Optional(Type.String({ pattern: '^[a-z_.-]{1,40}$' })),
  entityId: Type.Optional(Type.String({ maxLength: 100, pattern: '^[^<>]*$' })),
  actorId: Type.Optional(Uuid()),
  action: Type.Optional(Type.String({ pattern: '^[a-z_.-]{1,60}$' })),
  ...PageQuery,
});

const ChainReport = Type.Object({
  provinceCode: Type.String(),
  ok: Type.Boolean(),
  checked: Type.Integer(),
  head: Type.Union([Type.Object({ seq: Type.Integer(), hash: Type.String() }), Type.Null()]),
  brokenAt: Type.Optional(Type.Integer()),
  reason: Type.Optional(Type.String()),
});

/** Reading and verifying the province's hash-chained audit log. */
export async function auditRoutes(app: App): Promise<void> {
  app.get('/audit', {
    schema: { tags: ['audit'], summary: 'Audit entries, newest first', querystring: AuditQuery, response: { 200: Page(AuditEntry) } },
    config: { access: staffWith(readAudit, { provinceWide: true }) },
    handler: async (request) => {
      const { limit, cursor, ...filter } = request.query;
      const beforeSeq = cursor ? Number(decodeCursor(cursor, ['number'])[0]) : undefined;
      const rows = await listEntries(request.ctx.db, request.ctx.provinceCode, { ...filter, beforeSeq }, limit + 1);
      const page = toPage(rows, limit, (r) => [r.seq]);
      return { ...page, items: page.items.map((r) => ({ ...r, occurredAt: r.occurredAt.toISOString() })) };
    },
  });

  app.get('/audit/verify', {
    schema: { tags: ['audit'], summary: 'Recompute the hash chain and report the first broken entry', response: { 200: ChainReport } },
    config: { access: staffWith(verifyAudit, { provinceWide: true }) },
    handler: (request) => verifyAuditChain(request.ctx.db, request.ctx.provinceCode),
  });
}
