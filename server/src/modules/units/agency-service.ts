import type { ServiceContext } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { decodeCursor, toPage, type PageOf } from '../../platform/http/pagination.js';
import { text } from '../../platform/i18n.js';
import { foldText } from '../../platform/text.js';
import * as agencyStore from './agency-store.js';
import type { Agency, ListAgenciesQuery } from './schemas.js';

const agencyWord = text('cơ quan', 'agency');

export async function listAgencies(ctx: ServiceContext, query: ListAgenciesQuery): Promise<PageOf<Agency>> {
  const after = query.cursor ? String(decodeCursor(query.cursor, ['string'])[0]) : undefined;
  const filter = {
    search: query.q ? foldText(query.q) : undefined,
    unitCode: query.unit,
    kind: query.kind,
    level: query.level,
    receivesDossiers: query.receivesDossiers,
  };
  const rows = await agencyStore.listAgencies(ctx.db, ctx.provinceCode, filter, query.limit + 1, after);
  return toPage(rows, query.limit, (a) => [a.code]);
}

export async function getAgency(ctx: ServiceContext, code: string): Promise<Agency> {
  const [agency] = await agencyStore.findAgencies(ctx.db, ctx.provinceCode, [code]);
  if (!agency) throw notFound(agencyWord, code);
  return agency;
}

/** The agencies with these codes in the context's province, by code (unknown codes are absent). */
export async function findAgencies(ctx: ServiceContext, codes: string[]): Promise<Map<string, Agency>> {
  const agencies = await agencyStore.findAgencies(ctx.db, ctx.provinceCode, [...new Set(codes)]);
  return new Map(agencies.map((a) => [a.code, a]));
}

/** Codes of every agency serving one of these units. */
export function agencyCodesOfUnits(ctx: ServiceContext, unitCodes: string[]): Promise<string[]> {
  return agencyStore.agencyCodesOfUnits(ctx.db, ctx.provinceCode, unitCodes);
}
