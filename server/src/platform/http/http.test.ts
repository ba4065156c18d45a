import { describe, expect, it } from 'vitest';
import { startTestApp } from '../../../test/harness.js';

const t = await startTestApp({ env: { MOTCUA_BODY_LIMIT: '4096' } });
const inject = t.app.inject.bind(t.app);

describe('HTTP platform', () => {
  it('answers unknown paths with a problem in both languages', async () => {
    const response = await inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ type: '/problems/not-found', status: 404, message: { vi: expect.stringContaining('Không có'), en: expect.stringContaining('There is no') } });
  });

  it('refuses a wrong content type with 415', async () => {
    const response = await inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'text/plain' }, payload: 'login=admin' });
    expect(response.statusCode).toBe(415);
    expect(response.json().type).toBe('/problems/unsupported-media-type');
  });

  it('refuses an oversized body with 413 before reading it all', async () => {
    const response = await inject({ method: 'POST', url: '/api/v1/auth/register', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ fullName: 'a'.repeat(5000) }) });
    expect(response.statusCode).toBe(413);
    expect(response.json().type).toBe('/problems/payload-too-large');
  });

  it('refuses malformed JSON with 400', async () => {
    const response = await inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"login": ' });
    expect(response.statusCode).toBe(400);
    expect(response.json().type).toBe('/problems/malformed-request');
  });

  it('declares every request body closed: unknown fields are refused, never passed on', () => {
    const loose = t.app.apiRoutes.filter((r) => {
      const body = r.body as { type?: string; additionalProperties?: unknown; patternProperties?: unknown } | undefined;
      return body?.type === 'object' && body.additionalProperties !== false && !body.patternProperties;
    });
    expect(loose.map((r) => `${r.method} ${r.url}`)).toEqual([]);
  });

  it('refuses a body with a field the route does not know, naming it', async () => {
    const admin = await t.signIn('admin');
    const id = (await admin.get('/api/v1/accounts?q=cangio.motcua')).body.items[0].id;
    const response = await admin.patch(`/api/v1/accounts/${id}`, { fullName: 'Tên Mới', passwordHash: 'x', kind: 'citizen' });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['kind', 'passwordHash']);
    expect(response.body.errors[0].message.vi).toMatch(/^Không có trường/);
  });

  it('sends security headers', async () => {
    const response = await inject({ method: 'GET', url: '/api/v1/units/79' });
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toBeDefined();
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('keeps a caller’s request id and returns it in problems', async () => {
    const response = await inject({ method: 'GET', url: '/api/v1/units/1', headers: { 'x-request-id': 'counter-7-abc' } });
    expect(response.json().requestId).toBe('counter-7-abc');
  });

  it('exposes liveness, readiness and Prometheus metrics', async () => {
    expect((await inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await inject({ method: 'GET', url: '/readyz' })).json()).toEqual({ status: 'ready' });
    await inject({ method: 'GET', url: '/api/v1/units?level=province' });
    const metrics = await inject({ method: 'GET', url: '/metrics' });
    expect(metrics.statusCode).toBe(200);
    expect(metrics.body).toMatch(/motcua_http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/units",status="200"\} [1-9]/);
    expect(metrics.body).toContain('process_cpu_seconds_total');
  });

  it('documents every API route in OpenAPI 3.1 with its access rule, and serves the browsable docs', async () => {
    const spec = (await inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(spec.openapi).toBe('3.1.0');
    const documented = Object.entries(spec.paths as Record<string, Record<string, { description?: string }>>).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ route: `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`, description: op.description ?? '' })),
    );
    const registered = t.app.apiRoutes.map((r) => `${r.method} ${r.url}`);
    expect(documented.map((d) => d.route).sort()).toEqual([...registered].sort());
    expect(documented.every((d) => d.description.includes('**Access:**'))).toBe(true);
    const docs = await inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
  });
});
