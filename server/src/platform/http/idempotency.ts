import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import stringify from 'safe-stable-stringify';
import { actorId } from '../auth/actor.js';
import { withTransaction, type ServiceContext } from '../context.js';
import { invalidField, Problem } from '../errors.js';
import { text } from '../i18n.js';
import { claimKey, completeKey, findKey, type IdempotencyKeyRef, type IdempotencyRecord } from './idempotency-store.js';

const KEY_PATTERN = /^[\x21-\x7e]{8,128}$/;

/**
 * Runs a creating request at most once per `Idempotency-Key` and returns its answer. The key, the change and the
 * stored answer commit in one transaction, so a retry after a timeout or a crash either
 * finds the stored answer (replayed with `Idempotent-Replayed: true`) or finds nothing
 * and runs again. Reusing a key for a different request is refused. Without the header
 * the request simply runs in one transaction.
 */
export async function respondOnce<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  statusCode: number,
  run: (ctx: ServiceContext) => Promise<T>,
): Promise<T> {
  const key = request.headers['idempotency-key'];
  if (key === undefined) {
    const body = await withTransaction(request.ctx, run);
    reply.code(statusCode);
    return body;
  }
  if (typeof key !== 'string' || !KEY_PATTERN.test(key)) {
    throw invalidField(
      'Idempotency-Key',
      text('Khóa chống trùng lặp (Idempotency-Key) phải gồm 8–128 ký tự in được, ví dụ một UUID.', 'The Idempotency-Key must be 8–128 printable characters, e.g. a UUID.'),
      'headers',
    );
  }
  const ref: IdempotencyKeyRef = { provinceCode: request.ctx.provinceCode, actor: actorId(request.ctx.actor) ?? 'anonymous', key };
  const route = request.routeOptions.url ?? request.url;
  const requestHash = createHash('sha256').update(`${request.method} ${request.url}\n${stringify(request.body ?? null)}`).digest('hex');

  type Outcome = { ran: true; body: T } | { ran: false; stored: IdempotencyRecord | undefined };
  const outcome = await withTransaction(request.ctx, async (ctx): Promise<Outcome> => {
    if (!(await claimKey(ctx.db, ref, request.method, route, requestHash))) {
      return { ran: false, stored: await findKey(ctx.db, ref) };
    }
    const body = await run(ctx);
    await completeKey(ctx.db, ref, statusCode, JSON.parse(JSON.stringify(body ?? null)));
    return { ran: true, body };
  });

  if (outcome.ran) {
    reply.code(statusCode);
    return outcome.body;
  }
  const stored = outcome.stored;
  if (!stored || stored.statusCode === 0) {
    throw new Problem('idempotency-in-progress', text('Yêu cầu với khóa này đang được xử lý; hãy thử lại sau giây lát.', 'A request with this key is still being processed; retry shortly.'));
  }
  if (stored.requestHash !== requestHash) {
    throw new Problem('idempotency-key-reused', text('Khóa chống trùng lặp này đã được dùng cho một yêu cầu khác.', 'This Idempotency-Key was already used for a different request.'));
  }
  reply.code(stored.statusCode).header('idempotent-replayed', 'true');
  return stored.response as T;
}
