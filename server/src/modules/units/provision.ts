import { recordAudit } from '../../platform/audit/audit.js';
import { withTransaction, type ServiceContext } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { text } from '../../platform/i18n.js';
import { foldText } from '../../platform/text.js';
import { localDateOf } from '../../platform/calendar/local-date.js';
import { agencyCode, agencyKinds, knownElectronicIds } from './agency-kinds.js';
import { insertAgencies, type NewAgency } from './agency-store.js';
import type { Unit } from './schemas.js';
import * as store from './store.js';

/** "Phường Bến Thành" inside an agency name reads "phường Bến Thành" (Vietnamese capitalisation). */
const inName = (unit: Unit): string => unit.name.charAt(0).toLowerCase() + unit.name.slice(1);

/**
 * Creates the agencies of the context's province and of each of its current communes, one
 * of every kind in data/agency-kinds.json. Idempotent: existing agencies are kept.
 * Returns the number created.
 */
export async function provisionProvince(ctx: ServiceContext): Promise<number> {
  const today = localDateOf(ctx.now());
  const province = await store.findUnit(ctx.db, 'province', ctx.provinceCode, today);
  if (!province) throw notFound(text('tỉnh', 'province'), ctx.provinceCode);
  const communes = (await store.listUnits(ctx.db, { level: 'commune', provinceCode: ctx.provinceCode, at: today }, 10_000)).map(({ rank: _r, ...u }) => u);
  const ids = knownElectronicIds();
  const agencies: NewAgency[] = [];
  for (const unit of [province, ...communes]) {
    const level = unit.level === 'province' ? 'province' : 'commune';
    for (const kind of agencyKinds().filter((k) => k.level === level)) {
      const code = agencyCode(unit.code, kind.suffix);
      const name = `${kind.name.vi} ${inName(unit)}`;
      agencies.push({
        provinceCode: ctx.provinceCode,
        code,
        kind: kind.kind,
        level,
        unitCode: unit.code,
        name,
        nameEn: `${kind.name.en}, ${unit.name}`,
        electronicId: ids.get(code) ?? null,
        receivesDossiers: kind.receivesDossiers ?? false,
        searchName: foldText(name),
      });
    }
  }
  return withTransaction(ctx, async (tx) => {
    const created = await insertAgencies(tx.db, agencies);
    if (created > 0) {
      await recordAudit(tx, { action: 'agencies.provisioned', entityType: 'province', entityId: ctx.provinceCode, after: { created, communes: communes.length } });
    }
    return created;
  });
}
