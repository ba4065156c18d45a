import { describe, expect, it } from 'vitest';
import type { TestApp } from './harness.js';
import type { TestClient } from './test-client.js';

/** Demo people to try routes as (see src/demo/demo-accounts.ts), plus nobody. */
export type Who =
  | 'anonymous'
  | 'citizen'
  | 'admin'
  | 'giamsat'
  | 'benthanh.quantri'
  | 'benthanh.motcua'
  | 'benthanh.chuyenvien'
  | 'benthanh.lanhdao'
  | 'cangio.motcua'
  | 'tuphap.chuyenvien';

export interface AccessCase {
  /** The route as registered, e.g. 'GET /api/v1/accounts/:id'. */
  route: string;
  /** A concrete URL for the route (placeholders filled in by `fill`). */
  url: string;
  body?: unknown;
  /** Who must be refused, and with which status (401 not signed in, 403 not allowed, 404 not visible). */
  refused: Partial<Record<Who, 401 | 403 | 404>>;
  /** Someone who may call it: the case checks they are not refused. */
  allowed?: Who;
}

export const DEMO_CITIZEN_LOGIN = '079090001234';

/**
 * Calls every route as each person who must be refused and checks the status, the
 * problem body, and that nothing was written (the audit chain did not move).
 */
export function describeAccess(name: string, t: () => TestApp, cases: (ids: Record<string, string>) => AccessCase[], ids: () => Promise<Record<string, string>>): void {
  describe(`${name}: access`, () => {
    const clients = new Map<Who, TestClient>();
    const clientFor = async (who: Who): Promise<TestClient> => {
      if (who === 'anonymous') return t().anonymous;
      if (!clients.has(who)) clients.set(who, await t().signIn(who === 'citizen' ? DEMO_CITIZEN_LOGIN : who));
      return clients.get(who)!;
    };
    const auditHead = async (): Promise<number> => {
      const row = await t().db.selectFrom('auditHeads').select('seq').where('provinceCode', '=', '79').executeTakeFirst();
      return row?.seq ?? 0;
    };

    it('refuses each route to those without the right, writing nothing', async () => {
      const list = cases(await ids());
      for (const c of list) {
        const [method] = c.route.split(' ') as ['GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'];
        for (const [who, status] of Object.entries(c.refused) as Array<[Who, number]>) {
          const client = await clientFor(who);
          const before = await auditHead();
          const response = await client.request(method, c.url, method === 'GET' ? undefined : (c.body ?? {}));
          expect({ route: c.route, who, status: response.status }).toEqual({ route: c.route, who, status });
          expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
          expect(response.body.message.vi.length).toBeGreaterThan(5);
          expect(await auditHead()).toBe(before);
        }
        if (c.allowed) {
          const response = await (await clientFor(c.allowed)).request(method, c.url, method === 'GET' ? undefined : (c.body ?? {}));
          expect({ route: c.route, who: c.allowed, refused: [401, 403].includes(response.status) }).toEqual({ route: c.route, who: c.allowed, refused: false });
        }
      }
    });
  });
}
