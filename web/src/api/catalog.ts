import { api, unwrap } from './client';
import type { paths } from './schema.gen';

type Json<R> = R extends { 200: { content: { 'application/json': infer B } } } ? B : never;
type Definition = paths['/api/v1/catalog/procedures']['post']['requestBody']['content']['application/json']['definition'];

export type CatalogField = Json<paths['/api/v1/catalog/fields']['get']['responses']>[number];
export type ProcedureQuery = paths['/api/v1/catalog/procedures']['get']['parameters']['query'];
export type ProcedurePage = Json<paths['/api/v1/catalog/procedures']['get']['responses']>;
export type ProcedureSummary = ProcedurePage['items'][number];
export type ProcedureLevel = ProcedureSummary['level'];
export type OnlineLevel = ProcedureSummary['onlineLevel'];
export type Fee = Definition['fees'][number];
export type ProcedureComponent = Definition['components'][number];
export type ComponentKind = ProcedureComponent['kind'];
export type ReusableSource = NonNullable<ProcedureComponent['reusableFrom']>;
export type FlowStep = Definition['flow'][number];
/** The form of what the agency itself establishes and the result states (a disability's severity…). */
export type FindingsForm = NonNullable<DetailBody['result']['findings']>;
type DetailBody = Json<paths['/api/v1/catalog/procedures/{slug}']['get']['responses']>;
/**
 * One procedure as the server sends it. The fee, component and flow arrays are the version's
 * own definition (server `views.ts`), which the OpenAPI document leaves as `unknown[]`; they
 * are typed here by the publishing schema.
 */
export type ProcedureDetail = Omit<DetailBody, 'fees' | 'components' | 'flow'> & {
  fees: Fee[];
  components: ProcedureComponent[];
  flow: FlowStep[];
};
export type ProcedurePlace = NonNullable<ProcedureDetail['place']>;
export type PlaceAgency = ProcedurePlace['receivingAgencies'][number];
/** An e-form: its JSON Schema and layout are read by `components/eform/eform-schema.ts`. */
export type CatalogForm = Json<paths['/api/v1/catalog/procedures/{slug}/forms/{formId}']['get']['responses']>;

export const LEVELS: readonly ProcedureLevel[] = ['commune', 'province'];
export const ONLINE_LEVELS: readonly OnlineLevel[] = ['full', 'partial'];

export function listFields(): Promise<CatalogField[]> {
  return unwrap(api.GET('/api/v1/catalog/fields'));
}

export function listProcedures(query: ProcedureQuery): Promise<ProcedurePage> {
  return unwrap(api.GET('/api/v1/catalog/procedures', { params: { query } }));
}

/** Everything to prepare; with `unit` (a commune code) also who decides and where to file. */
export async function getProcedure(slug: string, unit?: string): Promise<ProcedureDetail> {
  const body = await unwrap(api.GET('/api/v1/catalog/procedures/{slug}', { params: { path: { slug }, query: unit ? { unit } : {} } }));
  return body as ProcedureDetail;
}

export function getForm(slug: string, formId: string): Promise<CatalogForm> {
  return unwrap(api.GET('/api/v1/catalog/procedures/{slug}/forms/{formId}', { params: { path: { slug, formId } } }));
}
