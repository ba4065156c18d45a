import { Type, type TSchema } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';
import { citizenOnly, publicAccess, signedIn, staffWith } from '../../platform/auth/access.js';
import type { App } from '../../platform/http/fastify-types.js';
import { respondOnce } from '../../platform/http/idempotency.js';
import { staffHolding } from '../accounts/staff-directory.js';
import type { IssuedDocument } from '../signing/document-service.js';
import { IssuedDocument as IssuedDocumentSchema } from '../signing/schemas.js';
import type { SigningSettings } from '../signing/settings.js';
import { performAction, type ActionInput } from './action-service.js';
import { digitiseComponent } from './digitise-service.js';
import { currentControlSlip, dossierDocumentFile, dossierDocuments, ensureReceipt } from './documents.js';
import { fileOnline, receiveAtCounter } from './intake-service.js';
import { configureWorkflow, receiveDossiers, workOnDossiers } from './policy.js';
import { inbox, inboxCounts, loadDossierView, lookup, searchDossiers } from './query-service.js';
import {
  AgencyDashboard,
  AgencyParams,
  AgencySettings,
  ApologyBody,
  AssignBody,
  ComponentParams,
  CounterIntake,
  DigitiseBody,
  Dossier,
  DossierPage,
  DocumentFileParams,
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
  WithFindings,
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
  { action: 'complete_step', path: 'complete-step', body: WithFindings },
  { action: 'approve', path: 'approve', body: WithFindings },
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
export async function dossierRoutes(app: App, signing: SigningSettings): Promise<void> {
  const sendPdf = async (reply: FastifyReply, file: { document: IssuedDocument; content: NodeJS.ReadableStream }) =>
    reply
      .type('application/pdf')
      .header('content-disposition', `inline; filename="${file.document.kind}-${file.document.id}.pdf"`)
      .header('cache-control', 'private, max-age=3600')
      .send(file.content);

  app.get('/dossiers/:id/documents', {
    schema: { tags: ['dossiers'], summary: 'The signed documents of a dossier (receipt, slips, result)', params: DossierParams, response: { 200: Type.Array(IssuedDocumentSchema) } },
    config: { access: signedIn },
    handler: (request) => dossierDocuments(request.ctx, signing, request.params.id),
  });

  app.get('/dossiers/:id/documents/:documentId', {
    schema: { tags: ['dossiers'], summary: 'A signed document of a dossier, as PDF', params: DocumentFileParams, produces: ['application/pdf'] },
    config: { access: signedIn },
    handler: async (request, reply) => sendPdf(reply, await dossierDocumentFile(request.ctx, signing, request.params.id, request.params.documentId)),
  });

  app.get('/dossiers/:id/receipt.pdf', {
    schema: { tags: ['dossiers'], summary: 'The signed receipt and appointment slip (issued now if not yet)', params: DossierParams, produces: ['application/pdf'] },
    config: { access: signedIn },
    handler: async (request, reply) => {
      const receipt = await ensureReceipt(request.ctx, signing, request.params.id);
      return sendPdf(reply, await dossierDocumentFile(request.ctx, signing, request.params.id, receipt.id));
    },
  });

  app.get('/dossiers/:id/control-slip.pdf', {
    schema: { tags: ['dossiers'], summary: 'The processing control slip as the dossier stands now, signed', params: DossierParams, produces: ['application/pdf'] },
    config: { access: staffWith(workOnDossiers) },
    handler: async (request, reply) => {
      const slip = await currentControlSlip(request.ctx, signing, request.params.id);
      return sendPdf(reply, await dossierDocumentFile(request.ctx, signing, request.params.id, slip.id));
    },
  });

  app.post('/dossiers/:id/components/:key/digitise', {
    schema: {
      tags: ['dossiers'],
      summary: 'Digitise a paper component: attach its scan, which goes to the applicant’s data store for reuse',
      params: ComponentParams,
      body: DigitiseBody,
      response: { 200: Dossier },
    },
    config: { access: staffWith(workOnDossiers) },
    handler: (request, reply) => respondOnce(request, reply, 200, (ctx) => digitiseComponent(ctx, request.params.id, request.params.key, request.body.files)),
  });

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
