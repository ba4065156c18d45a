import type { HandoverStatus, LegacyDossier, LegacyFile, LegacyHistoryEntry, PendingLegacyCode } from '../dossiers/legacy-takeover.js';
import type { Channel, DossierStatus, ReturnChannel } from '../dossiers/statuses.js';
import type { StagedRow } from './store.js';
import { parseInstant, parseLegacyStatus } from './validate.js';

type Obj = Record<string, unknown>;
const s = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
const list = (v: unknown): Obj[] => (Array.isArray(v) ? (v as Obj[]) : []);

/** The applicant as a dossier keeps it (the same keys the intake uses). */
function applicantOf(record: Obj): Obj {
  const a = (record.applicant ?? {}) as Obj;
  const contact = { ...(s(a.phone) ? { phone: s(a.phone) } : {}), ...(s(a.email) ? { email: s(a.email) } : {}), ...(a.address ? { address: a.address } : {}) };
  if (a.type === 'organisation') {
    return { type: 'organisation', orgName: s(a.orgName), ...(s(a.taxCode) ? { taxCode: s(a.taxCode) } : {}), ...(a.representative ? { representative: a.representative } : {}), ...contact };
  }
  return { type: 'person', fullName: s(a.fullName), ...(s(a.nationalId) ? { nationalId: s(a.nationalId) } : {}), ...contact };
}

const oldAgencyOf = (record: Obj): { code: string | null; name: string } => {
  const a = (record.receivingAgency ?? {}) as Obj;
  return { code: s(a.code) ?? null, name: s(a.name) ?? 'Cơ quan cũ' };
};

const nationalIdOf = (applicant: Obj): string | null =>
  s(applicant.nationalId) ?? s((applicant.representative as Obj | undefined)?.nationalId) ?? null;

/** A staged row (validated at import) as the dossiers module takes it over, at `place`. */
export function toLegacyDossier(row: StagedRow, place: string, reason: string): LegacyDossier {
  const r = row.record;
  const status = row.legacyStatus as HandoverStatus;
  const applicant = applicantOf(r);
  const history: LegacyHistoryEntry[] = list(r.history)
    .map((h) => ({ at: parseInstant(h.at)!, action: s(h.action)!, actorName: s(h.actor) ?? oldAgencyOf(r).name, status: h.status === undefined ? null : (parseLegacyStatus(h.status) ?? null), comment: s(h.note) ?? null }))
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  const files: LegacyFile[] = list(r.files).map((f) => ({ name: s(f.name)!, path: s(f.path) ?? null, sha256: s(f.sha256) ?? null, component: s(f.component) ?? null }));
  const submittedAt = parseInstant(r.submittedAt) ?? parseInstant(r.receivedAt)!;
  return {
    legacyCode: row.legacyCode,
    oldUnitCode: row.oldUnitCode,
    oldAgency: oldAgencyOf(r),
    procedureSlug: row.procedureSlug,
    placeUnitCode: place,
    applicant,
    applicantNationalId: nationalIdOf(applicant),
    submitter: (r.submitter as Obj | undefined) ?? null,
    channel: (s(r.channel) as Channel | undefined) ?? 'in_person',
    returnChannel: (s(r.returnChannel) as ReturnChannel | undefined) ?? 'receiving_desk',
    postalAddress: s(r.postalAddress) ?? null,
    status,
    submittedAt,
    receivedAt: parseInstant(r.receivedAt) ?? null,
    dueAt: parseInstant(r.dueAt, true) ?? null,
    originalDueAt: parseInstant(r.originalDueAt, true) ?? null,
    pausedAt: parseInstant(r.pausedAt) ?? null,
    formData: (r.formData as Obj | undefined) ?? {},
    fees: list(r.fees).map((f) => {
      const quantity = Number(f.quantity ?? 1);
      const name = s(f.name)!;
      return { name: { vi: name, en: name }, amount: Number(f.amount), quantity, total: Number(f.amount) * quantity };
    }),
    paidAt: parseInstant(r.paidAt) ?? null,
    history,
    files,
    reason,
  };
}

/** What the public lookup shows of a row waiting in the review queue. */
export function toPending(row: StagedRow, procedureName: string): PendingLegacyCode {
  const applicant = applicantOf(row.record);
  return {
    legacyCode: row.legacyCode,
    oldUnitCode: row.oldUnitCode,
    oldAgency: oldAgencyOf(row.record),
    procedureName,
    status: row.legacyStatus as DossierStatus,
    receivedAt: row.receivedAt,
    dueAt: row.dueAt,
    applicantNationalId: nationalIdOf(applicant),
  };
}

export const applicantNameOf = (record: Obj): string => {
  const a = (record.applicant ?? {}) as Obj;
  return s(a.type === 'organisation' ? a.orgName : a.fullName) ?? '';
};
