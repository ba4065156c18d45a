import { api, idempotent, unwrap } from './client';
import type { paths } from './schema.gen';

type Json<R> = R extends { 200: { content: { 'application/json': infer B } } } ? B : R extends { 201: { content: { 'application/json': infer B } } } ? B : never;
type Get<P extends keyof paths> = paths[P] extends { get: { responses: infer R } } ? Json<R> : never;
type PostBody<P extends keyof paths> = paths[P] extends { post: { requestBody?: { content: { 'application/json': infer B } } } } ? B : never;
type GetQuery<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } } ? NonNullable<Q> : never;

export type DossierPage = Get<'/api/v1/dossiers'>;
export type DossierSummary = DossierPage['items'][number];
export type DossierStatus = DossierSummary['status'];
export type Deadline = DossierSummary['deadline'];
export type SearchQuery = GetQuery<'/api/v1/dossiers'>;
export type InboxQuery = GetQuery<'/api/v1/dossiers/inbox'>;
export type InboxDeadline = NonNullable<InboxQuery['deadline']>;
export type InboxSeat = Get<'/api/v1/dossiers/inbox/counts'>[number];
export type AgencyDashboard = Get<'/api/v1/dossiers/stats'>;
export type StatsQuery = GetQuery<'/api/v1/dossiers/stats'>;
export type Assignee = Get<'/api/v1/dossiers/{id}/assignees'>[number];
export type PublicLookup = Get<'/api/v1/lookup/{code}'>;
export type LookupEvent = NonNullable<PublicLookup['detail']>['history'][number];
export type MyRecords = Get<'/api/v1/me/records'>;
export type PersonalRecord = MyRecords['records'][number];
export type Prefill = Get<'/api/v1/catalog/procedures/{slug}/forms/{formId}/prefill'>;
export type AgencySettings = Get<'/api/v1/dossiers/settings/{agencyCode}'>;

export type CounterIntake = PostBody<'/api/v1/dossiers'>;
export type OnlineFiling = PostBody<'/api/v1/me/dossiers'>;
export type ApplicantInput = CounterIntake['applicant'];
export type PersonApplicant = Extract<ApplicantInput, { type: 'person' }>;
export type OrganisationApplicant = Extract<ApplicantInput, { type: 'organisation' }>;
export type SubmitterInput = NonNullable<CounterIntake['submitter']>;
export type ComponentInput = CounterIntake['components'][number];
export type FeeChoice = NonNullable<CounterIntake['fees']>[number];
export type ReturnChannel = CounterIntake['returnChannel'];

type DossierBody = Get<'/api/v1/dossiers/{id}'>;
export type DossierEvent = DossierBody['history'][number];
export type DossierActionName = DossierBody['allowedActions'][number]['action'];

/** A component as the dossier records it. */
export type DossierComponent = DossierBody['components'][number];

export type DossierRating = NonNullable<DossierBody['rating']>;

/**
 * One dossier as the server sends it. The applicant and submitter are stored as given and
 * left `unknown` in the OpenAPI document; they are typed here by the intake schema (server
 * `schemas.ts`).
 */
export type Dossier = Omit<DossierBody, 'applicant' | 'submitter'> & {
  applicant: ApplicantInput;
  submitter: SubmitterInput | null;
};

export const RETURN_CHANNELS: readonly ReturnChannel[] = ['receiving_desk', 'competent_desk', 'post', 'online'];
export const STATUSES: readonly DossierStatus[] = ['submitted', 'received', 'processing', 'supplement_requested', 'awaiting_payment', 'processed', 'returned', 'rejected', 'withdrawn', 'stopped'];
export const INBOX_DEADLINES: readonly InboxDeadline[] = ['overdue', 'due_soon', 'on_time'];
export const RATING_LEVELS = ['not_satisfied', 'satisfied', 'very_satisfied'] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];

/** Each action's route and the body it takes. */
const ACTION_PATHS = {
  accept: '/api/v1/dossiers/{id}/accept',
  reject: '/api/v1/dossiers/{id}/reject',
  assign: '/api/v1/dossiers/{id}/assign',
  complete_step: '/api/v1/dossiers/{id}/complete-step',
  approve: '/api/v1/dossiers/{id}/approve',
  send_back: '/api/v1/dossiers/{id}/send-back',
  request_supplement: '/api/v1/dossiers/{id}/request-supplement',
  supplement: '/api/v1/dossiers/{id}/supplement',
  request_payment: '/api/v1/dossiers/{id}/request-payment',
  confirm_payment: '/api/v1/dossiers/{id}/confirm-payment',
  refuse: '/api/v1/dossiers/{id}/refuse',
  transfer: '/api/v1/dossiers/{id}/transfer',
  apologize: '/api/v1/dossiers/{id}/apologize',
  return_result: '/api/v1/dossiers/{id}/return-result',
  withdraw: '/api/v1/dossiers/{id}/withdraw',
  rate: '/api/v1/dossiers/{id}/rate',
} as const satisfies Record<DossierActionName, keyof paths>;

export type ActionBodies = { [A in DossierActionName]: PostBody<(typeof ACTION_PATHS)[A]> };

export function fileOnline(body: OnlineFiling, idempotencyKey: string): Promise<Dossier> {
  return unwrap(api.POST('/api/v1/me/dossiers', { body, headers: idempotent(idempotencyKey) })) as Promise<Dossier>;
}

export function receiveAtCounter(body: CounterIntake, idempotencyKey: string): Promise<Dossier> {
  return unwrap(api.POST('/api/v1/dossiers', { body, headers: idempotent(idempotencyKey) })) as Promise<Dossier>;
}

export function listMyDossiers(query: SearchQuery): Promise<DossierPage> {
  return unwrap(api.GET('/api/v1/me/dossiers', { params: { query } }));
}

export function searchDossiers(query: SearchQuery): Promise<DossierPage> {
  return unwrap(api.GET('/api/v1/dossiers', { params: { query } }));
}

export function listInbox(query: InboxQuery): Promise<DossierPage> {
  return unwrap(api.GET('/api/v1/dossiers/inbox', { params: { query } }));
}

export function inboxCounts(): Promise<InboxSeat[]> {
  return unwrap(api.GET('/api/v1/dossiers/inbox/counts'));
}

export function agencyStats(query: StatsQuery): Promise<AgencyDashboard> {
  return unwrap(api.GET('/api/v1/dossiers/stats', { params: { query } }));
}

export function getDossier(id: string): Promise<Dossier> {
  return unwrap(api.GET('/api/v1/dossiers/{id}', { params: { path: { id } } })) as Promise<Dossier>;
}

export function listAssignees(id: string): Promise<Assignee[]> {
  return unwrap(api.GET('/api/v1/dossiers/{id}/assignees', { params: { path: { id } } }));
}

/**
 * Takes one workflow action. Every action route has the same shape (dossier id in, the
 * dossier out); the body type follows the action through `ActionBodies`.
 */
export function performAction<A extends DossierActionName>(id: string, action: A, body: ActionBodies[A], idempotencyKey: string): Promise<Dossier> {
  const path = ACTION_PATHS[action] as (typeof ACTION_PATHS)['accept'];
  return unwrap(api.POST(path, { params: { path: { id } }, body: body as ActionBodies['accept'], headers: idempotent(idempotencyKey) })) as Promise<Dossier>;
}

export function lookupDossier(code: string, nationalId?: string): Promise<PublicLookup> {
  return unwrap(api.GET('/api/v1/lookup/{code}', { params: { path: { code }, query: nationalId ? { nationalId } : {} } }));
}

export function getAgencySettings(agencyCode: string): Promise<AgencySettings> {
  return unwrap(api.GET('/api/v1/dossiers/settings/{agencyCode}', { params: { path: { agencyCode } } }));
}

export function putAgencySettings(agencyCode: string, body: AgencySettings): Promise<AgencySettings> {
  return unwrap(api.PUT('/api/v1/dossiers/settings/{agencyCode}', { params: { path: { agencyCode } }, body }));
}

/** What the state holds about the signed-in citizen (account data and records). */
export function getMyRecords(): Promise<MyRecords> {
  return unwrap(api.GET('/api/v1/me/records'));
}

/** Values for a procedure's e-form from the citizen's account and records, with the source of each. */
export function getPrefill(slug: string, formId: string): Promise<Prefill> {
  return unwrap(api.GET('/api/v1/catalog/procedures/{slug}/forms/{formId}/prefill', { params: { path: { slug, formId } } }));
}

/** Checks e-form data on the server; throws an ApiError naming each wrong field. */
export async function validateFormData(slug: string, formId: string, data: Record<string, unknown>): Promise<void> {
  await unwrap(api.POST('/api/v1/catalog/procedures/{slug}/forms/{formId}/validate', { params: { path: { slug, formId } }, body: data }));
}

/** The signed receipt (PDF, issued by the server on first request); typed by the route so it cannot drift. */
const RECEIPT_PDF = '/api/v1/dossiers/{id}/receipt.pdf' satisfies keyof paths;

export function receiptPdfUrl(id: string): string {
  return RECEIPT_PDF.replace('{id}', encodeURIComponent(id));
}

/**
 * Số hóa: attaches the officer's scans (uploaded first, by their SHA-256) to a paper
 * component; the scan also goes to the applicant's data store for reuse.
 */
export function digitiseComponent(id: string, key: string, files: string[], idempotencyKey: string): Promise<Dossier> {
  return unwrap(api.POST('/api/v1/dossiers/{id}/components/{key}/digitise', { params: { path: { id, key } }, body: { files }, headers: idempotent(idempotencyKey) })) as Promise<Dossier>;
}
