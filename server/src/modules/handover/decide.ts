import { legacyTarget } from '../dossiers/legacy-takeover.js';
import { agencyCode, agencyKinds } from '../units/agency-kinds.js';
import type { Directory, OldAddress } from './reference.js';
import type { StagedRow } from './store.js';

/** Why a dossier went where it went (docs/handover.md, "Who takes a dossier over"). */
export type Rule =
  | 'province_level'
  | 'commune_successor'
  | 'commune_split_by_address'
  | 'district_by_address'
  | 'district_whole'
  | 'review_commune_split'
  | 'review_district'
  | 'review_civil_status'
  | 'review_no_agency';

export type Decision =
  | { kind: 'hand_over'; rule: Rule; place: string; competent: string; desk: string; reason: string }
  | { kind: 'review'; rule: Rule; reviewAgency: string; reason: string; candidates: Array<{ code: string; name: string }> };

const RULE_TEXT: Record<Rule, string> = {
  province_level: 'Thủ tục thuộc thẩm quyền cấp tỉnh: chuyển cơ quan chuyên môn của tỉnh.',
  commune_successor: 'Xã/phường cũ được sắp xếp vào đơn vị mới này.',
  commune_split_by_address: 'Xã/phường cũ được chia cho nhiều đơn vị; xác định theo địa chỉ của người nộp.',
  district_by_address: 'Hồ sơ do cấp huyện cũ tiếp nhận: chuyển xã/phường nơi người nộp cư trú (Nghị định 120/2025/NĐ-CP).',
  district_whole: 'Huyện cũ được sắp xếp toàn bộ vào đơn vị mới này.',
  review_commune_split: 'Xã/phường cũ được chia cho nhiều đơn vị và địa chỉ không đủ để xác định: chờ tỉnh phân công.',
  review_district: 'Hồ sơ do cấp huyện cũ tiếp nhận và địa chỉ không đủ để xác định xã/phường: chờ tỉnh phân công.',
  review_civil_status:
    'Hồ sơ hộ tịch do cấp huyện cũ tiếp nhận, không xác định được nơi cư trú: Sở Tư pháp tiếp nhận, tỉnh phân công xã/phường trong 2 ngày làm việc (Nghị định 120/2025/NĐ-CP).',
  review_no_agency: 'Chưa có cơ quan có thẩm quyền trên hệ thống: chờ tỉnh phân công.',
};

/** The civil-status field of the catalog: its dossiers follow Decree 120/2025/NĐ-CP. */
export const CIVIL_STATUS_FIELD = 'civil-status';

const provinceAgency = (provinceCode: string, kind: string): string => agencyCode(provinceCode, agencyKinds().find((k) => k.kind === kind && k.level === 'province')!.suffix);

/** The place an export names for the matter (land, building), else the applicant's address. */
export function addressOf(record: Record<string, unknown>): OldAddress | undefined {
  const place = record.place as OldAddress | undefined;
  const applicant = record.applicant as { address?: OldAddress } | undefined;
  return place ?? applicant?.address;
}

/**
 * Who takes over one unfinished dossier of an old unit, or why the province must decide:
 *
 * - province-level procedure (the catalog in force decides): the province department of
 *   the procedure's competent kind;
 * - received by an old commune: the new commune that took it over; when it was split,
 *   the one the applicant's address lies in, else the review queue;
 * - received by an old district (or province) for a commune-level procedure: the commune
 *   where the applicant lives when the address pins it down, the single successor when
 *   the district went whole into one unit, else the review queue — owned by the province
 *   Department of Justice for civil status (Decree 120/2025/NĐ-CP: it takes them and the
 *   province assigns a commune within 2 working days), by the People's Committee otherwise.
 *
 * `agencies` says which agency codes exist in the province.
 */
export async function decide(row: StagedRow, directory: Directory, provinceCode: string, agencyExists: (code: string) => boolean): Promise<Decision> {
  const procedure = directory.procedureBySlug(row.procedureSlug)!;
  const handOver = (rule: Rule, place: string): Decision => {
    const target = legacyTarget(procedure, place, provinceCode);
    if (!agencyExists(target.competent) || !agencyExists(target.desk)) return review('review_no_agency', [{ code: place, name: place }]);
    return { kind: 'hand_over', rule, place: procedure.level === 'province' ? provinceCode : place, ...target, reason: RULE_TEXT[rule] };
  };
  const review = (rule: Rule, candidates: Array<{ code: string; name: string }>): Decision => ({
    kind: 'review',
    rule,
    reviewAgency: rule === 'review_civil_status' ? provinceAgency(provinceCode, 'dept_justice') : provinceAgency(provinceCode, 'peoples_committee'),
    reason: RULE_TEXT[rule],
    candidates,
  });
  if (procedure.level === 'province') return handOver('province_level', provinceCode);
  const former = await directory.former(row.oldUnitCode);
  const successors = former?.successors ?? [];
  const districtName = former?.unit.level === 'district' ? former.unit.name : (former?.district ?? null);
  const byAddress = (await directory.address(addressOf(row.record), districtName, former?.provinceCode)) ?? [];
  if (former?.unit.level === 'commune') {
    if (successors.length === 1) return handOver('commune_successor', successors[0]!.code);
    const narrowed = successors.filter((s) => byAddress.includes(s.code));
    if (narrowed.length === 1) return handOver('commune_split_by_address', narrowed[0]!.code);
    return review('review_commune_split', successors);
  }
  if (byAddress.length === 1) return handOver('district_by_address', byAddress[0]!);
  if (successors.length === 1) return handOver('district_whole', successors[0]!.code);
  const narrowed = successors.filter((s) => byAddress.includes(s.code));
  if (narrowed.length === 1) return handOver('district_by_address', narrowed[0]!.code);
  const candidates = narrowed.length > 1 ? narrowed : successors;
  return review(procedure.field === CIVIL_STATUS_FIELD ? 'review_civil_status' : 'review_district', candidates);
}
