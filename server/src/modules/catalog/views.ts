import { text } from '../../platform/i18n.js';
import type { AgencyKind } from '../units/agency-kinds.js';
import { feeText, processingTimeText } from './processing-time.js';
import type { ProcedureSummary, ProcedureView } from './schemas.js';
import type { FieldRow } from './starter-catalog.js';
import type { VersionRow } from './store.js';

export function toSummary(row: VersionRow, fields: Map<string, FieldRow>): ProcedureSummary {
  const def = row.definition;
  const field = fields.get(row.field);
  return {
    slug: row.slug,
    code: row.code,
    name: def.name,
    field: { slug: row.field, name: field?.name ?? text(row.field, row.field) },
    level: row.level,
    competentAgencyKind: row.competentAgencyKind,
    onlineLevel: row.onlineLevel,
    version: row.version,
    effectiveFrom: row.effectiveFrom,
    processingTime: def.processingTime,
    processingTimeText: processingTimeText(def.processingTime),
    feeText: feeText(def.fees),
  };
}

export interface ViewExtras {
  fields: Map<string, FieldRow>;
  kinds: AgencyKind[];
  linked: Array<{ slug: string; name: { vi: string; en: string } }>;
  versions: Array<{ version: number; effectiveFrom: string }>;
  place: ProcedureView['place'];
  dueIfReceivedNow: Date;
}

/** Everything a person needs to prepare for a procedure, as one version defines it. */
export function toView(row: VersionRow, extras: ViewExtras): ProcedureView {
  const def = row.definition;
  const kind = extras.kinds.find((k) => k.kind === row.competentAgencyKind && k.level === row.level);
  return {
    ...toSummary(row, extras.fields),
    codeSource: def.codeSource ?? null,
    competentAgencyKindName: kind?.name ?? text(row.competentAgencyKind, row.competentAgencyKind),
    applicantTypes: def.applicantTypes,
    legalBasis: def.legalBasis,
    processingTimeNote: def.processingTimeNote ?? null,
    fees: def.fees,
    components: def.components,
    result: { type: def.result.type, name: def.result.name, findings: def.result.template?.findings ?? null },
    flow: def.flow,
    forms: def.forms.map((f) => ({ id: f.id, title: f.title })),
    linkedProcedures: extras.linked,
    verify: def.verify ?? [],
    versions: extras.versions,
    place: extras.place,
    dueIfReceivedNow: extras.dueIfReceivedNow.toISOString(),
  };
}
