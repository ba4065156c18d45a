import { Type, type TSchema } from '@sinclair/typebox';
import { citizenOnly, publicAccess, signedIn, staffWith } from '../../platform/auth/access.js';
import type { App } from '../../platform/http/fastify-types.js';
import { respondOnce } from '../../platform/http/idempotency.js';
import { staffHolding } from '../accounts/staff-directory.js';
import { performAction, type ActionInput } from './action-service.js';
import { fileOnline, receiveAtCounter } from './intake-service.js';
import { configureWorkflow, receiveDossiers, workOnDossiers } from './policy.js';
import { inbox, inboxCounts, loadDossierView, lookup, searchDossiers } from './query-service.js';
import {
  AgencyDashboard,
  AgencyParams,
  AgencySettings,
  ApologyBody,
  AssignBody,
  CounterIntake,
  Dossier,
  DossierPage,
  DossierParams,
  InboxCounts,
  InboxQuery,
  LookupParams,
  LookupQuery,
  OnlineFiling,
  PaymentRequestBody,
  PublicLookup,
  RatingBody,
  SearchDossiersQuery,
  StatsQuery,
  SupplementBody,
  SupplementRequestBody,
  TransferBody,
  WithComment,
  WithReason,
} from './schemas.js';
import { getWorkflowSettings, setWorkflowSettings } from './settings-service.js';
import { dashboard } from './stats-service.js';
import { ACTIONS, type Action } from './workflow.js';

/** Each workflow action has a route of its own: its path, the body it takes. */
const ACTION_ROUTES: Array<{ action: Action; path: string; body: TSchema }> = [
  { action: 'accept', path: 'accept', body: WithComment },
  { action: 'reject', path: 'reject', body: WithReason },
  { action: 'assign', path: 'assign', body: AssignBody },
  { action: 'complete_step', path: 'complete-step', body: WithComment },
  { action: 'approve', path: 'approve', body: WithComment },
  { action: 'send_back', path: 'send-back', body: WithReason },
  { action: 'request_supplement', path: 'request-supplement', body: SupplementRequestBody },
  { action: 'supplement', path: 'supplement', body: SupplementBody },
  { action: 'request_payment', path: 'request-payment', body: PaymentRequestBody },
  { action: 'confirm_payment', path: 'confirm-payment', body: WithComment },
  { action: 'refuse', path: 'refuse', body: WithReason },
  { action: 'transfer', path: 'transfer', body: TransferBody },
  { action: 'apologize', path: 'apologize', body: ApologyBody },
  { action: 'return_result', path: 'return-result', body: WithComment },
  { action: 'withdraw', path: 'withdraw', body: WithComment },
  { action: 'rate', path: 'rate', body: RatingBody },
];

export const dossierActionPaths = ACTION_ROUTES.map((r) => r.path);

/** Intake, work queues, the dossier and its actions, the public lookup. */
export async function dossierRoutes(app: App): Promise<void> {
  app.post('/dossiers', {
    schema: { tags: ['dossiers'], summary: 'Receive a dossier at a one-stop desk (any desk of the province)', body: CounterIntake, response: { 201: Dossier } },
    config: { access: staffWith(receiveDossiers) },
    handler: (request, reply) => respondOnce(request, reply, 201, (ctx) => receiveAtCounter(ctx, request.body)),
  });

  app.post('/me/dossiers', {
    schema: { tags: ['dossiers'], summary: 'File a dossier online', body: OnlineFiling, response: { 201: Dossier } },
    config: { access: citizenOnly },
    handler: (request, reply) => respondOnce(request, reply, 201, (ctx) => fileOnline(ctx, request.body)),
  });

  app.get('/me/dossiers', {
    schema: { tags: ['dossiers'], summary: 'My dossiers, newest first', querystring: SearchDossiersQuery, response: { 200: DossierPage } },
    config: { access: citizenOnly },
    handler: (request) => searchDossiers(request.ctx, request.query),
  });

  app.get('/dossiers', {
    schema: { tags: ['dossiers'], summary: "Search the dossiers of one's agencies", querystring: SearchDossiersQuery, response: { 200: DossierPage } },
    config: { access: staffWith(workOnDossiers) },
    handler: (request) => searchDossiers(request.ctx, request.query),
  });

  app.get('/dossiers/inbox', {
    schema: { tags: ['dossiers'], summary: 'Dossiers waiting for me (my agencies × roles), soonest due first', querystring: InboxQuery, response: { 200: DossierPage } },
    config: { access: staffWith(workOnDossiers) },
    handler: (request) => inbox(request.ctx, request.query),
  });

  app.get('/dossiers/inbox/counts', {
    schema: { tags: ['dossiers'], summary: 'How many dossiers wait at each of my seats, by deadline colour', response: { 200: InboxCounts } },
    config: { access: staffWith(workOnDossiers) },
    handler: (request) => inboxCounts(request.ctx),
  });

  app.get('/dossiers/stats', {
    schema: { tags: ['dossiers'], summary: "An agency's dashboard: received, on time, late, by field, by day", querystring: StatsQuery, response: { 200: AgencyDashboard } },
    config: { access: staffWith(workOnDossiers) },
    handler: (request) => dashboard(request.ctx, request.query.agency, request.query.from, request.query.to),
  });

  app.get('/dossiers/:id', {
    schema: { tags: ['dossiers'], summary: 'One dossier with its history and the actions I may take now', params: DossierParams, response: { 200: Dossier } },
    config: { access: signedIn },
    handler: (request) => loadDossierView(request.ctx, request.params.id),
  });

  app.get('/dossiers/:id/assignees', {
    schema: {
      tags: ['dossiers'],
      summary: 'Who can be assigned to the current step',
      params: DossierParams,
      response: { 200: Type.Array(Type.Object({ id: Type.String(), fullName: Type.String(), username: Type.String() })) },
    },
    config: { access: staffWith(workOnDossiers) },
    handler: async (request) => {
      const dossier = await loadDossierView(request.ctx, request.params.id);
      if (!dossier.step) return [];
      return (await staffHolding(request.ctx, dossier.step.agencyCode, dossier.step.role as 'specialist')).map(({ id, fullName, username }) => ({ id, fullName, username }));
    },
  });

  for (const { action, path, body } of ACTION_ROUTES) {
    app.post(`/dossiers/:id/${path}`, {
      schema: {
        tags: ['dossiers'],
        summary: `${ACTIONS[action].en} (${ACTIONS[action].vi})`,
        description: 'Allowed only when the dossier lists this action in `allowedActions` for the caller; otherwise 409.',
        params: DossierParams,
        body,
        response: { 200: Dossier },
      },
      config: { access: signedIn },
      handler: (request, reply) => respondOnce(request, reply, 200, (ctx) => performAction(ctx, request.params.id, action, request.body as ActionInput)),
    });
  }

  app.get('/lookup/:code', {
    schema: {
      tags: ['dossiers'],
      summary: 'Look a dossier up by its code: status and due date; with the applicant’s ID number, its history',
      params: LookupParams,
      querystring: LookupQuery,
      response: { 200: PublicLookup },
    },
    config: { access: publicAccess, rateLimit: { max: 60, timeWindow: '1 minute' } },
    handler: (request) => lookup(request.ctx, request.params.code, request.query.nationalId),
  });

  app.get('/dossiers/settings/:agencyCode', {
    schema: { tags: ['dossiers'], summary: "An agency's workflow settings", params: AgencyParams, response: { 200: AgencySettings } },
    config: { access: staffWith(configureWorkflow) },
    handler: (request) => getWorkflowSettings(request.ctx, request.params.agencyCode),
  });

  app.put('/dossiers/settings/:agencyCode', {
    schema: { tags: ['dossiers'], summary: 'Switch assignment by workload for an agency', params: AgencyParams, body: AgencySettings, response: { 200: AgencySettings } },
    config: { access: staffWith(configureWorkflow) },
    handler: (request) => setWorkflowSettings(request.ctx, request.params.agencyCode, request.body),
  });
}
