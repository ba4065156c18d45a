import { describe, expect, it } from 'vitest';
import { accountAccessCases, accountPublicRoutes } from '../src/modules/accounts/accounts.access-cases.js';
import { catalogAccessCases, catalogPublicRoutes } from '../src/modules/catalog/catalog.access-cases.js';
import { dossierAccessCases, dossierPublicRoutes } from '../src/modules/dossiers/dossiers.access-cases.js';
import { paymentAccessCases, paymentPublicRoutes } from '../src/modules/payments/payments.access-cases.js';
import { signingPublicRoutes } from '../src/modules/signing/signing.access-cases.js';
import { handoverAccessCases } from '../src/modules/handover/handover.access-cases.js';
import { unitPublicRoutes } from '../src/modules/units/units.access-cases.js';
import { auditAccessCases } from '../src/platform/audit/audit.access-cases.js';
import { fileAccessCases } from '../src/platform/files/files.access-cases.js';
import { startTestApp } from './harness.js';

const t = await startTestApp();

/** Every module's access cases; a new module adds its own here. */
const protectedRoutes = [...accountAccessCases({}), ...auditAccessCases(), ...fileAccessCases(), ...catalogAccessCases(), ...dossierAccessCases({}), ...paymentAccessCases({}), ...handoverAccessCases()];
const publicRoutes = [...accountPublicRoutes, ...unitPublicRoutes, ...catalogPublicRoutes, ...dossierPublicRoutes, ...paymentPublicRoutes, ...signingPublicRoutes];

describe('access-test coverage', () => {
  it('tries every protected API route as someone who must be refused', () => {
    const tested = new Set(protectedRoutes.filter((c) => Object.keys(c.refused).length > 0).map((c) => c.route));
    const untested = t.app.apiRoutes.filter((r) => r.access.kind !== 'public').map((r) => `${r.method} ${r.url}`).filter((r) => !tested.has(r));
    expect(untested).toEqual([]);
  });

  it('lists every public API route as public on purpose', () => {
    const open = t.app.apiRoutes.filter((r) => r.access.kind === 'public').map((r) => `${r.method} ${r.url}`);
    expect(open.sort()).toEqual([...publicRoutes].sort());
  });

  it('lets anyone read the public unit routes', async () => {
    for (const url of ['/api/v1/units', '/api/v1/units/resolve?oldCode=00001', '/api/v1/units/79', '/api/v1/agencies', '/api/v1/agencies/79.STP']) {
      expect((await t.anonymous.get(url)).status).toBe(200);
    }
  });
});
