import type { components, paths } from './schema.gen';

/** The JSON body of a path's successful answer. */
type Ok<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  responses: infer R;
}
  ? R extends { 200: { content: { 'application/json': infer B } } }
    ? B
    : R extends { 201: { content: { 'application/json': infer B } } }
      ? B
      : never
  : never;

/** The JSON body a path accepts. */
type Body<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;

/** The query parameters of a path. */
type Query<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  parameters: { query?: infer Q };
}
  ? NonNullable<Q>
  : never;

export type SessionView = Ok<'/api/v1/auth/session', 'get'>;
export type Account = SessionView['account'];
export type Membership = Account['memberships'][number];
export type Role = Membership['role'];
export type AccountStatus = Account['status'];
export type AccountPage = Ok<'/api/v1/accounts', 'get'>;
export type AccountQuery = Query<'/api/v1/accounts', 'get'>;
export type CreateStaffAccount = Body<'/api/v1/accounts', 'post'>;
export type UpdateAccount = Body<'/api/v1/accounts/{id}', 'patch'>;
export type MembershipInput = CreateStaffAccount['memberships'][number];
export type RegisterCitizen = Body<'/api/v1/auth/register', 'post'>;
export type Login = Body<'/api/v1/auth/login', 'post'>;
export type ChangePassword = Body<'/api/v1/auth/password', 'post'>;

export type UnitPage = Ok<'/api/v1/units', 'get'>;
export type Unit = UnitPage['items'][number];
export type UnitQuery = Query<'/api/v1/units', 'get'>;
export type UnitDetail = Ok<'/api/v1/units/{code}', 'get'>;
export type ResolveQuery = Query<'/api/v1/units/resolve', 'get'>;
export type ResolveResult = Ok<'/api/v1/units/resolve', 'get'>;
export type FormerUnit = ResolveResult['matches'][number];
export type LinkedUnit = FormerUnit['successors'][number];
export type AgencyPage = Ok<'/api/v1/agencies', 'get'>;
export type Agency = AgencyPage['items'][number];
export type AgencyQuery = Query<'/api/v1/agencies', 'get'>;

export type AuditPage = Ok<'/api/v1/audit', 'get'>;
export type AuditEntry = AuditPage['items'][number];
export type AuditQuery = Query<'/api/v1/audit', 'get'>;

export type Problem = components['schemas']['Problem'];
export type LocalizedText = { vi: string; en: string };

/** The roles a staff account can hold, in the order the screens list them. */
export const ROLES: readonly Role[] = ['admin', 'officer', 'specialist', 'leader', 'clerk', 'supervisor'];
