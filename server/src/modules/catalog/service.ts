import { workingCalendar } from '../../platform/calendar/service.js';
import { localDateOf } from '../../platform/calendar/local-date.js';
import type { ServiceContext } from '../../platform/context.js';
import { notFound, Problem, unauthenticated } from '../../platform/errors.js';
import { decodeCursor, toPage, type PageOf } from '../../platform/http/pagination.js';
import { text } from '../../platform/i18n.js';
import { ownProfile } from '../accounts/personal-records.js';
import { getAgency } from '../units/agency-service.js';
import { agencyKinds } from '../units/agency-kinds.js';
import { validateFormData } from './forms.js';
import { placeFor } from './place.js';
import { prefillForm } from './prefill.js';
import { searchScore, searchWords } from './search.js';
import { dueDateFor } from './processing-time.js';
import type { FormDefinition, ListProceduresQuery, ProcedureSummary, ProcedureView } from './schemas.js';
import * as store from './store.js';
import type { FieldRow } from './starter-catalog.js';
import { toSummary, toView } from './views.js';

const procedureWord = text('thủ tục hành chính', 'administrative procedure');

export async function fieldsMap(ctx: ServiceContext): Promise<Map<string, FieldRow>> {
  return new Map((await store.listFields(ctx.db)).map((f) => [f.slug, f]));
}

/** The public catalog: procedures in force today, filtered and searched (typos tolerated). */
export async function listProcedures(ctx: ServiceContext, query: ListProceduresQuery): Promise<PageOf<ProcedureSummary>> {
  let { level, agencyKind } = query;
  if (query.agency) {
    const agency = await getAgency(ctx, query.agency);
    level = agency.level;
    agencyKind = agency.kind;
  }
  const date = localDateOf(ctx.now());
  const filter = { field: query.field, level, agencyKind, onlineLevel: query.onlineLevel };
  const fields = await fieldsMap(ctx);
  const words = query.q ? searchWords(query.q) : [];
  if (words.length === 0) {
    const after = query.cursor ? String(decodeCursor(query.cursor, ['string'])[0]) : undefined;
    const rows = await store.listInForce(ctx.db, ctx.provinceCode, date, filter, query.limit + 1, after);
    const page = toPage(rows, query.limit, (r) => [r.slug]);
    return { items: page.items.map((r) => toSummary(r, fields)), nextCursor: page.nextCursor };
  }
  // A province's catalog is a few hundred procedures: rank them all here, then page.
  const ranked = (await store.searchCandidates(ctx.db, ctx.provinceCode, date, filter))
    .map((c) => ({ slug: c.slug, score: searchScore(words, searchWords(c.name), searchWords(c.searchText)) }))
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score || (a.slug < b.slug ? -1 : 1));
  const after = query.cursor ? (decodeCursor(query.cursor, ['number', 'string']) as [number, string]) : undefined;
  const rest = after ? ranked.filter((r) => r.score < after[0] || (r.score === after[0] && r.slug > after[1])) : ranked;
  const page = toPage(rest.slice(0, query.limit + 1), query.limit, (r) => [r.score, r.slug]);
  const rows = new Map((await store.findInForceBySlugs(ctx.db, ctx.provinceCode, date, page.items.map((r) => r.slug))).map((r) => [r.slug, r]));
  return { items: page.items.map((r) => toSummary(rows.get(r.slug)!, fields)), nextCursor: page.nextCursor };
}

/** The version of a procedure in force on a date (today by default); 404 when there is none. */
export async function getVersionInForce(ctx: ServiceContext, slug: string, at?: string): Promise<store.VersionRow> {
  const row = await store.findInForce(ctx.db, ctx.provinceCode, slug, at ?? localDateOf(ctx.now()));
  if (!row) throw notFound(procedureWord, slug);
  return row;
}

/** A given version of a procedure; 404 when it does not exist. */
export async function getVersion(ctx: ServiceContext, slug: string, version: number): Promise<store.VersionRow> {
  const row = await store.findVersion(ctx.db, ctx.provinceCode, slug, version);
  if (!row) throw notFound(procedureWord, `${slug} v${version}`);
  return row;
}

/**
 * One procedure with everything a person needs to prepare: components, forms, time, fees,
 * legal basis, flow; with a commune, also who decides and where to file; and the due date
 * if a complete dossier were received now.
 */
export async function describeProcedure(ctx: ServiceContext, row: store.VersionRow, unitCode?: string): Promise<ProcedureView> {
  const [fields, versions, latest, calendar] = await Promise.all([
    fieldsMap(ctx),
    store.allVersions(ctx.db, ctx.provinceCode, row.slug),
    store.latestVersions(ctx.db, ctx.provinceCode),
    workingCalendar(ctx),
  ]);
  const linked = row.definition.linkedProcedures.flatMap((slug) => {
    const other = latest.find((l) => l.slug === slug);
    return other ? [{ slug, name: other.definition.name }] : [];
  });
  return toView(row, {
    fields,
    kinds: agencyKinds(),
    linked,
    versions: versions.map((v) => ({ version: v.version, effectiveFrom: v.effectiveFrom })),
    place: unitCode ? await placeFor(ctx, row, unitCode) : null,
    dueIfReceivedNow: dueDateFor(calendar, ctx.now(), row.definition.processingTime),
  });
}

function formOf(row: store.VersionRow, formId: string): FormDefinition {
  const form = row.definition.forms.find((f) => f.id === formId);
  if (!form) throw notFound(text('biểu mẫu', 'form'), `${row.slug}/${formId}`);
  return form;
}

export async function getForm(ctx: ServiceContext, slug: string, formId: string, at?: string) {
  const row = await getVersionInForce(ctx, slug, at);
  const form = formOf(row, formId);
  return { id: form.id, title: form.title, source: form.source ?? null, schema: form.schema, ui: form.ui ?? {}, procedure: { slug: row.slug, version: row.version } };
}

/**
 * Checks data entered in a procedure's e-form against the version's schema; a 400 names
 * every wrong field in Vietnamese and English. Dossier intake calls it with the version
 * the dossier is filed under.
 */
export function checkFormData(row: store.VersionRow, formId: string, data: unknown): void {
  const form = formOf(row, formId);
  const errors = validateFormData(`${row.provinceCode}/${row.slug}/${row.version}/${formId}`, form, data);
  if (errors.length > 0) {
    throw new Problem('validation-failed', text(`Tờ khai «${form.title.vi}» có ${errors.length} trường chưa hợp lệ.`, `The form '${form.title.en}' has ${errors.length} invalid field(s).`), errors);
  }
}

/**
 * Checks what the agency established against the procedure's findings form; errors name
 * `findings/<field>`. Nothing to check when the procedure has no such form.
 */
export function checkFindings(row: store.VersionRow, data: Record<string, unknown>): void {
  const form = row.definition.result.template?.findings;
  if (!form) return;
  const errors = validateFormData(`${row.provinceCode}/${row.slug}/${row.version}/findings`, form, data).map((e) => ({ ...e, field: `findings/${e.field}` }));
  if (errors.length > 0) {
    throw new Problem('validation-failed', text(`Kết luận «${form.title.vi}» có ${errors.length} trường chưa hợp lệ.`, `The findings '${form.title.en}' have ${errors.length} invalid field(s).`), errors);
  }
}

export async function validateForm(ctx: ServiceContext, slug: string, formId: string, data: unknown): Promise<{ valid: true }> {
  checkFormData(await getVersionInForce(ctx, slug), formId, data);
  return { valid: true };
}

/** Prefills a form for the signed-in citizen from their account and the records the state holds. */
export async function prefill(ctx: ServiceContext, slug: string, formId: string) {
  if (ctx.actor.kind !== 'citizen') throw unauthenticated();
  const form = formOf(await getVersionInForce(ctx, slug), formId);
  return prefillForm(form, await ownProfile(ctx));
}

