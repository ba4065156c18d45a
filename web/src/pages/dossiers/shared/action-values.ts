import type { ProcedureComponent } from '../../../api/catalog';
import type { ActionBodies, DossierActionName, RatingLevel } from '../../../api/dossiers';
import { formDataOf } from '../../../components/eform/eform-values';
import { componentsOf, type ComponentChoices } from './intake-values';

/** What the action forms collect, whatever the action. */
export interface ActionValues {
  comment?: string;
  reason?: string;
  assigneeId?: string;
  missing?: string[];
  amount?: number;
  agencyCode?: string;
  /** `datetime-local` (YYYY-MM-DDTHH:mm), read as Vietnam time. */
  newDueAt?: string;
  level?: RatingLevel;
  criteria?: Record<string, number | undefined>;
  components?: ComponentChoices;
  /** What the agency established (the findings form), sent when `recordFindings` is on or when approving. */
  findings?: Record<string, unknown>;
  recordFindings?: boolean;
}

export type AnyActionRequest = { [A in DossierActionName]: { action: A; body: ActionBodies[A]; key: string } }[DossierActionName];

const text = (v: string | undefined): string | undefined => (v && v.trim() !== '' ? v.trim() : undefined);
const withComment = (v: ActionValues) => (text(v.comment) ? { comment: text(v.comment)! } : {});

/** A `datetime-local` value read in Vietnam (UTC+7, no daylight saving), as an instant. */
export function vietnamLocalToIso(local: string): string {
  return new Date(`${local.length === 16 ? `${local}:00` : local}+07:00`).toISOString();
}

/** The request body of an action from the form's values. */
export function requestOf(action: DossierActionName, v: ActionValues, key: string, procedureComponents: ProcedureComponent[]): AnyActionRequest {
  const reason = text(v.reason) ?? '';
  switch (action) {
    case 'reject':
      return { action, body: { reason }, key };
    case 'refuse':
      return { action, body: { reason }, key };
    case 'send_back':
      return { action, body: { reason }, key };
    case 'assign':
      return { action, body: { assigneeId: v.assigneeId ?? '', ...withComment(v) }, key };
    case 'request_supplement':
      return { action, body: { missing: (v.missing ?? []).map((m) => m.trim()).filter(Boolean), ...(text(v.reason) ? { reason } : {}) }, key };
    case 'supplement':
      return { action, body: { components: componentsOf(procedureComponents, v.components ?? {}), ...withComment(v) }, key };
    case 'request_payment':
      return { action, body: { amount: v.amount ?? 0, reason }, key };
    case 'transfer':
      return { action, body: { agencyCode: v.agencyCode ?? '', reason }, key };
    case 'apologize':
      return { action, body: { newDueAt: v.newDueAt ? vietnamLocalToIso(v.newDueAt) : '', reason }, key };
    case 'rate': {
      const criteria = Object.fromEntries(Object.entries(v.criteria ?? {}).filter((e): e is [string, number] => typeof e[1] === 'number'));
      return { action, body: { level: v.level ?? 'satisfied', ...(Object.keys(criteria).length > 0 ? { criteria } : {}), ...withComment(v) }, key };
    }
    case 'complete_step':
    case 'approve': {
      const findings = v.findings && (action === 'approve' || v.recordFindings) ? formDataOf(v.findings) : {};
      return { action, body: { ...withComment(v), ...(Object.keys(findings).length > 0 ? { findings } : {}) }, key };
    }
    default:
      return { action, body: withComment(v), key };
  }
}
