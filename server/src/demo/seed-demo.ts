import { roleNames } from '../platform/auth/actor.js';
import type { ServiceContext } from '../platform/context.js';
import { bootstrapAccount, hasAccounts } from '../modules/accounts/bootstrap.js';
import { listUnits } from '../modules/units/service.js';
import { provision } from '../provision.js';
import { putRecord } from '../modules/accounts/personal-records.js';
import { savePaymentAccount } from '../modules/payments/service.js';
import { DEMO_CITIZEN, DEMO_CITIZEN_RECORDS, DEMO_PASSWORD, demoStaff, HCMC_PLACES, type DemoPlaces } from './demo-accounts.js';

async function placesFor(ctx: ServiceContext): Promise<DemoPlaces> {
  if (ctx.provinceCode === '79') return HCMC_PLACES;
  const page = await listUnits(ctx, { level: 'commune', province: ctx.provinceCode, limit: 2 });
  return { communes: page.items.map((u, i) => ({ code: u.code, prefix: `xa${i + 1}` })) };
}

/**
 * Seeds a province for demonstration: its agencies, a dozen staff in two communes and the
 * Department of Justice, and one citizen. Does nothing when the province has accounts.
 * Returns whether it seeded.
 */
export async function seedDemo(ctx: ServiceContext): Promise<boolean> {
  await provision(ctx);
  if (await hasAccounts(ctx)) return false;
  const staff = demoStaff(ctx.provinceCode, await placesFor(ctx));
  for (const s of staff) {
    await bootstrapAccount(ctx, { kind: 'staff', username: s.username, fullName: s.fullName, email: `${s.username}@example.org`, password: DEMO_PASSWORD, memberships: [{ agencyCode: s.agencyCode, role: s.role }] });
  }
  await bootstrapAccount(ctx, { kind: 'citizen', username: DEMO_CITIZEN.nationalId, ...DEMO_CITIZEN, password: DEMO_PASSWORD });
  for (const record of DEMO_CITIZEN_RECORDS) await putRecord(ctx, DEMO_CITIZEN.nationalId, record);
  // Fees at the demo desks are paid into a made-up account, so the VietQR code can be shown.
  const desks = [...new Set(staff.filter((s) => s.role === 'officer').map((s) => s.agencyCode))];
  for (const [i, desk] of desks.entries()) {
    await savePaymentAccount(ctx, desk, { bankBin: '970436', accountNumber: `0071000${String(i + 1).padStart(6, '0')}`, accountName: 'TRUNG TAM PHUC VU HANH CHINH CONG (DEMO)' });
  }
  return true;
}

/** Who can sign in to the demo with what, for the start-up banner. */
export async function demoAccountLines(ctx: ServiceContext): Promise<string[]> {
  const staff = demoStaff(ctx.provinceCode, await placesFor(ctx));
  return [
    `Demo accounts (password for all: ${DEMO_PASSWORD})`,
    ...staff.map((s) => `  ${s.username.padEnd(22)} ${roleNames[s.role].vi} / ${roleNames[s.role].en} — ${s.agencyCode}`),
    `  ${DEMO_CITIZEN.nationalId.padEnd(22)} Công dân / Citizen — ${DEMO_CITIZEN.fullName}`,
  ];
}
