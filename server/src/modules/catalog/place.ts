import type { ServiceContext } from '../../platform/context.js';
import { invalidField } from '../../platform/errors.js';
import { text } from '../../platform/i18n.js';
import { findAgencies } from '../units/agency-service.js';
import { agencyCode, agencyKinds } from '../units/agency-kinds.js';
import { findCurrentUnit } from '../units/service.js';
import type { ProcedureView } from './schemas.js';
import type { VersionRow } from './store.js';

const suffixOf = (kind: string, level: 'province' | 'commune'): string | undefined => agencyKinds().find((k) => k.kind === kind && k.level === level)?.suffix;

/**
 * Who decides and where to file for a person living in `unitCode`. Any service center of
 * the province receives any province- or commune-level procedure whatever the address
 * (boundary-free intake, Decree 118/2025/NĐ-CP Arts. 14 and 20); the nearest are listed:
 * the commune's own center and the province's.
 */
export async function placeFor(ctx: ServiceContext, row: VersionRow, unitCode: string): Promise<ProcedureView['place']> {
  const unit = await findCurrentUnit(ctx, unitCode);
  if (!unit || unit.provinceCode !== ctx.provinceCode) {
    throw invalidField('unit', text(`Không có xã/phường mã «${unitCode}» thuộc tỉnh hiện tại.`, `There is no commune '${unitCode}' in this province.`), 'query');
  }
  const commune = unit.level === 'commune' ? unit.code : undefined;
  const competentSuffix = suffixOf(row.competentAgencyKind, row.level);
  const competentCode = competentSuffix && (row.level === 'province' ? agencyCode(ctx.provinceCode, competentSuffix) : commune && agencyCode(commune, competentSuffix));
  const centers = [commune && agencyCode(commune, suffixOf('service_center', 'commune') ?? ''), agencyCode(ctx.provinceCode, suffixOf('service_center', 'province') ?? '')].filter(
    (c): c is string => Boolean(c),
  );
  const agencies = await findAgencies(ctx, [...centers, ...(competentCode ? [competentCode] : [])]);
  const ref = (code: string) => {
    const a = agencies.get(code);
    return a ? { code: a.code, name: a.name, nameEn: a.nameEn, unitCode: a.unitCode } : undefined;
  };
  return {
    unit: { code: unit.code, name: unit.name },
    competentAgency: (competentCode && ref(competentCode)) || null,
    receivingAgencies: centers.flatMap((c) => ref(c) ?? []),
    boundaryFree: true,
  };
}
