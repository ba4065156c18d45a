import { Type } from '@sinclair/typebox';
import { citizenOnly, staffWith } from '../../platform/auth/access.js';
import type { App } from '../../platform/http/fastify-types.js';
import { respondOnce } from '../../platform/http/idempotency.js';
import { createProcedure, createVersion, exportCatalog, importCatalog } from './admin-service.js';
import { manageCatalog, readCatalog } from './policy.js';
import {
  CatalogExport,
  FieldView,
  FormData,
  FormParams,
  FormValidation,
  FormView,
  ImportReport,
  ListProceduresQuery,
  NewVersion,
  Prefill,
  ProcedurePage,
  ProcedureParams,
  ProcedureQuery,
  ProcedureView,
  VersionCreated,
  VersionParams,
} from './schemas.js';
import { describeProcedure, getForm, getVersion, getVersionInForce, listProcedures, prefill, validateForm } from './service.js';
import { listFields } from './store.js';

const manage = { access: staffWith(manageCatalog, { provinceWide: true }) };

/** The public procedure catalog, its e-forms, and its administration. */
export async function catalogRoutes(app: App): Promise<void> {
  app.get('/catalog/fields', {
    schema: { tags: ['catalog'], summary: 'Fields (lĩnh vực) of procedures', response: { 200: Type.Array(FieldView) } },
    config: { access: readCatalog },
    handler: (request) => listFields(request.ctx.db),
  });

  app.get('/catalog/procedures', {
    schema: {
      tags: ['catalog'],
      summary: 'Procedures in force, filtered and searched',
      description: 'The search ignores diacritics and tolerates small typos: `khai sanh` finds Đăng ký khai sinh.',
      querystring: ListProceduresQuery,
      response: { 200: ProcedurePage },
    },
    config: { access: readCatalog },
    handler: (request) => listProcedures(request.ctx, request.query),
  });

  app.get('/catalog/procedures/:slug', {
    schema: {
      tags: ['catalog'],
      summary: 'One procedure: what to prepare, how long, how much, where to file',
      params: ProcedureParams,
      querystring: ProcedureQuery,
      response: { 200: ProcedureView },
    },
    config: { access: readCatalog },
    handler: async (request) => describeProcedure(request.ctx, await getVersionInForce(request.ctx, request.params.slug, request.query.at), request.query.unit),
  });

  app.get('/catalog/procedures/:slug/versions/:version', {
    schema: { tags: ['catalog'], summary: 'One version of a procedure', params: VersionParams, response: { 200: ProcedureView } },
    config: { access: readCatalog },
    handler: async (request) => describeProcedure(request.ctx, await getVersion(request.ctx, request.params.slug, request.params.version)),
  });

  app.get('/catalog/procedures/:slug/forms/:formId', {
    schema: { tags: ['catalog'], summary: 'An e-form: JSON Schema and layout', params: FormParams, response: { 200: FormView } },
    config: { access: readCatalog },
    handler: (request) => getForm(request.ctx, request.params.slug, request.params.formId),
  });

  app.post('/catalog/procedures/:slug/forms/:formId/validate', {
    schema: { tags: ['catalog'], summary: 'Check data entered in an e-form; 400 names each wrong field', params: FormParams, body: FormData, response: { 200: FormValidation } },
    config: { access: readCatalog },
    handler: (request) => validateForm(request.ctx, request.params.slug, request.params.formId, request.body),
  });

  app.get('/catalog/procedures/:slug/forms/:formId/prefill', {
    schema: { tags: ['catalog'], summary: "Values for an e-form from the citizen's account and the records the state holds", params: FormParams, response: { 200: Prefill } },
    config: { access: citizenOnly },
    handler: (request) => prefill(request.ctx, request.params.slug, request.params.formId),
  });

  app.post('/catalog/procedures', {
    schema: { tags: ['catalog'], summary: 'Publish a new procedure (version 1)', body: NewVersion, response: { 201: VersionCreated } },
    config: manage,
    handler: (request, reply) => respondOnce(request, reply, 201, (ctx) => createProcedure(ctx, request.body)),
  });

  app.post('/catalog/procedures/:slug/versions', {
    schema: { tags: ['catalog'], summary: 'Publish a new version of a procedure', params: ProcedureParams, body: NewVersion, response: { 201: VersionCreated } },
    config: manage,
    handler: (request, reply) => respondOnce(request, reply, 201, (ctx) => createVersion(ctx, request.params.slug, request.body)),
  });

  app.get('/catalog/export', {
    schema: { tags: ['catalog'], summary: 'The whole catalog with every version (the import format)', response: { 200: CatalogExport } },
    config: { access: readCatalog },
    handler: (request) => exportCatalog(request.ctx),
  });

  app.post('/catalog/import', {
    schema: { tags: ['catalog'], summary: 'Import a catalog export; all or nothing, re-importing changes nothing', body: CatalogExport, response: { 200: ImportReport } },
    config: manage,
    bodyLimit: 50 * 1024 * 1024,
    handler: (request) => importCatalog(request.ctx, request.body),
  });
}
