import { Type } from '@sinclair/typebox';
import { staffWith } from '../../platform/auth/access.js';
import type { App } from '../../platform/http/fastify-types.js';
import { respondOnce } from '../../platform/http/idempotency.js';
import { manageHandover, readHandoverReports } from './policy.js';
import {
  Assigned,
  AssignBody,
  HandoverReport,
  ImportList,
  ImportParams,
  RejectList,
  RejectsQuery,
  ReportCsvQuery,
  ReviewPage,
  ReviewParams,
  ReviewQuery,
  Transfer,
  TransferBody,
  TransferList,
  TransferParams,
  TransferPlan,
} from './schemas.js';
import { assignReview, getTransfer, handoverReport, launchTransfer, listImports, listRejects, listReview, listTransfers, planTransfer, reportCsv, toTransfer } from './service.js';

const manage = staffWith(manageHandover, { provinceWide: true });
const report = staffWith(readHandoverReports, { provinceWide: true });
const tags = ['handover'];

/** Hand-over of the dossiers of the units that ended on 30 June 2025 (docs/handover.md). */
export async function handoverRoutes(app: App): Promise<void> {
  app.get('/handover/imports', {
    schema: { tags, summary: 'Imports of legacy exports (by file checksum), with their checkpoint and counts', response: { 200: ImportList } },
    config: { access: manage },
    handler: (request) => listImports(request.ctx),
  });

  app.get('/handover/imports/:id/rejects', {
    schema: { tags, summary: 'Rows an import refused, with every reason', params: ImportParams, querystring: RejectsQuery, response: { 200: RejectList } },
    config: { access: manage },
    handler: (request) => listRejects(request.ctx, request.params.id, request.query.limit, request.query.afterLine),
  });

  app.get('/handover/transfers/plan', {
    schema: { tags, summary: 'Dry run: what a transfer would do now, per old unit and per new agency (writes nothing)', response: { 200: TransferPlan } },
    config: { access: manage },
    handler: (request) => planTransfer(request.ctx),
  });

  app.post('/handover/transfers', {
    schema: {
      tags,
      summary: 'Start handing over every staged legacy dossier; follow the progress by id',
      description: 'Answers 202 at once; 409 while another transfer runs. With `extendWorkingDays` and `decision`, every due date moves on by that many working days, citing the decision.',
      body: TransferBody,
      response: { 202: Transfer },
    },
    config: { access: manage },
    handler: async (request, reply) => {
      const transfer = await launchTransfer(request.ctx, request.body, (error) => request.log.error({ err: error }, 'legacy transfer failed'));
      reply.code(202);
      return transfer;
    },
  });

  app.get('/handover/transfers', {
    schema: { tags, summary: 'Transfers, newest first', response: { 200: TransferList } },
    config: { access: manage },
    handler: async (request) => ({ items: (await listTransfers(request.ctx)).map(toTransfer) }),
  });

  app.get('/handover/transfers/:id', {
    schema: { tags, summary: 'Progress of a transfer', params: TransferParams, response: { 200: Transfer } },
    config: { access: manage },
    handler: async (request) => toTransfer(await getTransfer(request.ctx, request.params.id)),
  });

  app.get('/handover/review', {
    schema: { tags, summary: 'Legacy dossiers waiting for a province decision on who takes them over', querystring: ReviewQuery, response: { 200: ReviewPage } },
    config: { access: manage },
    handler: (request) => listReview(request.ctx, request.query),
  });

  app.post('/handover/review/:code/assign', {
    schema: { tags, summary: 'Assign a legacy dossier of the review queue to a new commune (with the reason; audited)', params: ReviewParams, body: AssignBody, response: { 200: Assigned } },
    config: { access: manage },
    handler: (request, reply) => respondOnce(request, reply, 200, (ctx) => assignReview(ctx, request.params.code, request.body)),
  });

  app.get('/handover/report', {
    schema: { tags, summary: 'Hand-over figures per old unit and per new agency: received, handed over, in review, finished, overdue', response: { 200: HandoverReport } },
    config: { access: report },
    handler: (request) => handoverReport(request.ctx),
  });

  app.get('/handover/report.csv', {
    schema: { tags, summary: 'The hand-over figures as CSV, per old unit or per new agency', querystring: ReportCsvQuery, response: { 200: Type.String({ description: 'text/csv; UTF-8 with BOM' }) } },
    config: { access: report },
    handler: async (request, reply) => {
      const csv = reportCsv(await handoverReport(request.ctx), request.query.by);
      reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="chuyen-giao-${request.query.by}.csv"`);
      return csv;
    },
  });
}
