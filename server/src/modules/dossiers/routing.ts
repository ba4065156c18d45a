import type { Role } from '../../platform/auth/actor.js';
import type { LocalizedText } from '../../platform/i18n.js';
import { agencyCode, agencyKinds } from '../units/agency-kinds.js';
import type { ReturnChannel } from './statuses.js';
import type { ResolvedStep } from './workflow.js';

interface FlowStep {
  key: string;
  name: LocalizedText;
  role: Role | 'officer' | 'specialist' | 'leader' | 'clerk';
  agency: string;
}

const suffixOf = (kind: string, level: 'province' | 'commune'): string | undefined => agencyKinds().find((k) => k.kind === kind && k.level === level)?.suffix;

/**
 * The agency competent for a dossier: for a commune-level procedure, the agency of that
 * kind in the commune whose affairs it is (the applicant's, or the one the law lets them
 * choose); for a province-level one, the province's.
 */
export function competentAgencyFor(procedure: { level: 'province' | 'commune'; competentAgencyKind: string }, placeUnitCode: string, provinceCode: string): string {
  const suffix = suffixOf(procedure.competentAgencyKind, procedure.level);
  if (!suffix) throw new Error(`no agency kind ${procedure.competentAgencyKind} at ${procedure.level} level`);
  return agencyCode(procedure.level === 'province' ? provinceCode : placeUnitCode, suffix);
}

/** The service center (one-stop desk) of a province or commune. */
export function serviceCenterOfUnit(unitCode: string): string {
  return agencyCode(unitCode, suffixOf('service_center', unitCode.length === 2 ? 'province' : 'commune')!);
}

/** The service center of the unit an agency serves (the desk that returns its results). */
export const serviceCenterOf = (agency: string): string => serviceCenterOfUnit(agency.split('.')[0]!);

export interface Routing {
  provinceCode: string;
  receivingAgencyCode: string;
  competentAgencyCode: string;
  returnChannel: ReturnChannel;
}

/** Where the result is handed over: the receiving desk, or the competent agency's own desk. */
export function returnAgencyOf(routing: Routing): string {
  return routing.returnChannel === 'competent_desk' ? serviceCenterOf(routing.competentAgencyCode) : routing.receivingAgencyCode;
}

/**
 * The procedure's flow with the acting agency of each step resolved: `service_center` is
 * the receiving desk (the return desk for the last step), `competent` the competent agency,
 * an agency kind the agency of that kind beside the competent one (or the province's).
 */
export function resolveSteps(flow: FlowStep[], routing: Routing): ResolvedStep[] {
  const competentUnit = routing.competentAgencyCode.split('.')[0]!;
  const level = competentUnit.length === 2 ? 'province' : 'commune';
  return flow.map((step, index) => {
    let agency: string;
    if (step.agency === 'service_center') agency = index === flow.length - 1 ? returnAgencyOf(routing) : routing.receivingAgencyCode;
    else if (step.agency === 'competent') agency = routing.competentAgencyCode;
    else {
      const here = suffixOf(step.agency, level);
      agency = here ? agencyCode(competentUnit, here) : agencyCode(routing.provinceCode, suffixOf(step.agency, 'province') ?? step.agency);
    }
    return { key: step.key, name: step.name, role: step.role as Role, agencyCode: agency };
  });
}
