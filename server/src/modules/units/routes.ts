import type { App } from '../../platform/http/fastify-types.js';
import { getAgency, listAgencies } from './agency-service.js';
import { readUnits } from './policy.js';
import {
  Agency,
  AgencyPage,
  AgencyParams,
  ListAgenciesQuery,
  ListUnitsQuery,
  ResolveQuery,
  ResolveResult,
  UnitDetail,
  UnitPage,
  UnitParams,
  UnitQuery,
} from './schemas.js';
import { getUnit, listUnits, resolveFormerAddress } from './service.js';

export async function unitRoutes(app: App): Promise<void> {
  app.get('/units', {
    schema: {
      tags: ['units'],
      summary: 'List and search administrative units',
      description: 'Units valid on `at` (today by default). `q` ignores diacritics and case: `ba dinh` finds `Phường Ba Đình`.',
      querystring: ListUnitsQuery,
      response: { 200: UnitPage },
    },
    config: { access: readUnits },
    handler: (request) => listUnits(request.ctx, request.query),
  });

  app.get('/units/resolve', {
    schema: {
      tags: ['units'],
      summary: 'Find the current unit(s) a pre-2025 address belongs to',
      description: 'By the former unit code (`oldCode=00001`) or by names as written in an old address (`commune=Phúc Xá&district=Ba Đình&province=Hà Nội`).',
      querystring: ResolveQuery,
      response: { 200: ResolveResult },
    },
    config: { access: readUnits },
    handler: (request) => resolveFormerAddress(request.ctx, request.query),
  });

  app.get('/units/:code', {
    schema: {
      tags: ['units'],
      summary: 'One unit with its parent, province, predecessors and successors',
      params: UnitParams,
      querystring: UnitQuery,
      response: { 200: UnitDetail },
    },
    config: { access: readUnits },
    handler: (request) => getUnit(request.ctx, request.params.code, request.query.at),
  });

  app.get('/agencies', {
    schema: {
      tags: ['units'],
      summary: 'List the agencies of the province',
      querystring: ListAgenciesQuery,
      response: { 200: AgencyPage },
    },
    config: { access: readUnits },
    handler: (request) => listAgencies(request.ctx, request.query),
  });

  app.get('/agencies/:code', {
    schema: { tags: ['units'], summary: 'One agency', params: AgencyParams, response: { 200: Agency } },
    config: { access: readUnits },
    handler: (request) => getAgency(request.ctx, request.params.code),
  });
}
