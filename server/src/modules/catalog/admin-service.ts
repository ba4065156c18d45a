import { createHash } from 'node:crypto';
import stringify from 'safe-stable-stringify';
import { actorLabel } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { localDateOf } from '../../platform/calendar/local-date.js';
import { withTransaction, type ServiceContext } from '../../platform/context.js';
import { inTransaction, type Database } from '../../platform/db/database.js';
import { conflict, invalidField, notFound, Problem, type FieldError } from '../../platform/errors.js';
import { text } from '../../platform/i18n.js';
import { foldText } from '../../platform/text.js';
import { agencyKinds } from '../units/agency-kinds.js';
import type { CatalogExport, ImportReport, NewVersion, ProcedureDefinition } from './schemas.js';
import { STARTER_EFFECTIVE_FROM, starterFields, starterProcedures, type FieldRow } from './starter-catalog.js';
import * as store from './store.js';
import { definitionProblems, linkCycle } from './validate-definition.js';

/** Loads the fields shipped in data/catalog/fields.json when they changed (at migrate time). */
export async function loadCatalogReferenceData(db: Database): Promise<boolean> {
  const fields = starterFields();
  const checksum = createHash('sha256').update(stringify(fields) ?? '').digest('hex');
  const loaded = await db.selectFrom('referenceData').select('checksum').where('name', '=', 'catalog-fields').executeTakeFirst();
  if (loaded?.checksum === checksum) return false;
  await inTransaction(db, async (trx) => {
    await store.upsertFields(trx, fields);
    await trx.insertInto('referenceData').values({ name: 'catalog-fields', checksum }).onConflict((oc) => oc.column('name').doUpdateSet({ checksum, loadedAt: new Date() })).execute();
  });
  return true;
}

function searchText(def: ProcedureDefinition, fields: Map<string, FieldRow>): string {
  return foldText([def.name.vi, def.name.en, def.code ?? '', fields.get(def.field)?.name.vi ?? '', def.result.name.vi].join(' '));
}

function toRow(ctx: ServiceContext, def: ProcedureDefinition, version: number, effectiveFrom: string, fields: Map<string, FieldRow>): store.VersionRow {
  return {
    provinceCode: ctx.provinceCode,
    slug: def.slug,
    version,
    effectiveFrom,
    code: def.code,
    name: def.name.vi,
    nameEn: def.name.en,
    field: def.field,
    level: def.level,
    competentAgencyKind: def.competentAgencyKind,
    onlineLevel: def.onlineLevel,
    definition: def,
    searchText: searchText(def, fields),
    createdAt: ctx.now(),
    createdBy: actorLabel(ctx.actor),
  };
}

interface Candidate {
  def: ProcedureDefinition;
  path: string;
}

/**
 * Validates definitions against each other and the catalog as it will be: references,
 * flows, forms; one national code per procedure; no cycle of linked procedures.
 */
async function checkDefinitions(ctx: ServiceContext, candidates: Candidate[]): Promise<void> {
  const [fields, latest] = await Promise.all([store.listFields(ctx.db), store.latestVersions(ctx.db, ctx.provinceCode)]);
  const bySlug = new Map(latest.map((r) => [r.slug, r.definition]));
  for (const c of candidates) bySlug.set(c.def.slug, c.def);
  const knownSlugs = new Set(bySlug.keys());
  const kinds = agencyKinds();
  const fieldSlugs = new Set([...fields.map((f) => f.slug)]);
  const errors: FieldError[] = candidates.flatMap((c) => definitionProblems(c.def, { fields: fieldSlugs, agencyKinds: kinds, knownSlugs, path: c.path }));
  const links = new Map([...bySlug].map(([slug, def]) => [slug, def.linkedProcedures]));
  for (const c of candidates) {
    const cycle = linkCycle(c.def.slug, links);
    if (cycle) errors.push({ field: `${c.path}/linkedProcedures`, in: 'body', message: text(`Liên thông tạo vòng lặp: ${cycle.join(' → ')}.`, `Linked procedures form a cycle: ${cycle.join(' → ')}.`) });
    const sameCode = c.def.code && [...bySlug].find(([slug, def]) => slug !== c.def.slug && def.code === c.def.code);
    if (sameCode) errors.push({ field: `${c.path}/code`, in: 'body', message: text(`Mã thủ tục ${c.def.code} đã dùng cho «${sameCode[1].name.vi}».`, `Code ${c.def.code} is already used by '${sameCode[1].name.en}'.`) });
  }
  if (errors.length > 0) throw new Problem('validation-failed', text(`Định nghĩa thủ tục có ${errors.length} lỗi.`, `The procedure definition has ${errors.length} problem(s).`), errors);
}

function checkEffectiveDate(ctx: ServiceContext, effectiveFrom: string, notBefore?: string): void {
  const today = localDateOf(ctx.now());
  if (effectiveFrom < today) {
    throw invalidField('effectiveFrom', text(`Ngày có hiệu lực không được trước hôm nay (${today}): phiên bản đã công bố không được sửa lùi.`, `The effective date cannot be before today (${today}): published versions are never changed retroactively.`));
  }
  if (notBefore && effectiveFrom < notBefore) {
    throw invalidField('effectiveFrom', text(`Ngày có hiệu lực phải từ ${notBefore} (ngày hiệu lực của phiên bản mới nhất) trở đi.`, `The effective date must be on or after ${notBefore}, the latest version's.`));
  }
}

/** Creates a new procedure (version 1). */
export async function createProcedure(ctx: ServiceContext, input: NewVersion): Promise<{ slug: string; version: number; effectiveFrom: string }> {
  checkEffectiveDate(ctx, input.effectiveFrom);
  return withTransaction(ctx, async (tx) => {
    if ((await store.allVersions(tx.db, tx.provinceCode, input.definition.slug)).length > 0) {
      throw conflict(text(`Đã có thủ tục «${input.definition.slug}»; hãy tạo phiên bản mới.`, `Procedure '${input.definition.slug}' exists; create a new version instead.`), { field: 'definition/slug' });
    }
    await checkDefinitions(tx, [{ def: input.definition, path: 'definition' }]);
    const fields = new Map((await store.listFields(tx.db)).map((f) => [f.slug, f]));
    await store.insertVersion(tx.db, toRow(tx, input.definition, 1, input.effectiveFrom, fields));
    await recordAudit(tx, { action: 'procedure.created', entityType: 'procedure', entityId: input.definition.slug, after: { version: 1, effectiveFrom: input.effectiveFrom, name: input.definition.name.vi } });
    return { slug: input.definition.slug, version: 1, effectiveFrom: input.effectiveFrom };
  });
}

/** Adds a version to a procedure; earlier versions stay as they were. */
export async function createVersion(ctx: ServiceContext, slug: string, input: NewVersion): Promise<{ slug: string; version: number; effectiveFrom: string }> {
  if (input.definition.slug !== slug) throw invalidField('definition/slug', text(`Mã định danh phải là «${slug}».`, `The slug must be '${slug}'.`));
  return withTransaction(ctx, async (tx) => {
    await store.lockProcedure(tx.db, tx.provinceCode, slug);
    const versions = await store.allVersions(tx.db, tx.provinceCode, slug);
    const latest = versions.at(-1);
    if (!latest) throw notFound(text('thủ tục hành chính', 'administrative procedure'), slug);
    checkEffectiveDate(tx, input.effectiveFrom, latest.effectiveFrom);
    await checkDefinitions(tx, [{ def: input.definition, path: 'definition' }]);
    const fields = new Map((await store.listFields(tx.db)).map((f) => [f.slug, f]));
    const version = latest.version + 1;
    await store.insertVersion(tx.db, toRow(tx, input.definition, version, input.effectiveFrom, fields));
    await recordAudit(tx, {
      action: 'procedure.version_created',
      entityType: 'procedure',
      entityId: slug,
      before: { version: latest.version, effectiveFrom: latest.effectiveFrom },
      after: { version, effectiveFrom: input.effectiveFrom, name: input.definition.name.vi },
    });
    return { slug, version, effectiveFrom: input.effectiveFrom };
  });
}

/** The whole catalog of the province, every version, in the import format. */
export async function exportCatalog(ctx: ServiceContext): Promise<CatalogExport> {
  const [fields, versions] = await Promise.all([store.listFields(ctx.db), store.allVersions(ctx.db, ctx.provinceCode)]);
  const procedures = new Map<string, CatalogExport['procedures'][number]>();
  for (const v of versions) {
    const entry = procedures.get(v.slug) ?? { slug: v.slug, versions: [] };
    entry.versions.push({ version: v.version, effectiveFrom: v.effectiveFrom, definition: v.definition });
    procedures.set(v.slug, entry);
  }
  return { format: 'motcua.catalog', formatVersion: 1, fields, procedures: [...procedures.values()] };
}

/**
 * Imports a catalog export: versions already present and identical are skipped, new ones
 * added; a version that differs from the one stored, a gap in version numbers, or any
 * invalid definition refuses the whole import. All or nothing.
 */
export async function importCatalog(ctx: ServiceContext, data: CatalogExport): Promise<ImportReport> {
  return withTransaction(ctx, async (tx) => {
    const known = new Set((await store.listFields(tx.db)).map((f) => f.slug));
    await store.upsertFields(tx.db, data.fields.filter((f) => !known.has(f.slug)));
    const existing = await store.allVersions(tx.db, tx.provinceCode);
    const fields = new Map((await store.listFields(tx.db)).map((f) => [f.slug, f]));
    const candidates: Candidate[] = [];
    const rows: store.VersionRow[] = [];
    const errors: FieldError[] = [];
    let unchanged = 0;
    data.procedures.forEach((p, i) => {
      p.versions.forEach((v, j) => {
        const path = `procedures/${i}/versions/${j}`;
        if (v.version !== j + 1) errors.push({ field: `${path}/version`, in: 'body', message: text(`Phiên bản phải đánh số liên tục từ 1 (mong đợi ${j + 1}).`, `Versions must be numbered from 1 without gaps (expected ${j + 1}).`) });
        if (v.definition.slug !== p.slug) errors.push({ field: `${path}/definition/slug`, in: 'body', message: text(`Mã định danh phải là «${p.slug}».`, `The slug must be '${p.slug}'.`) });
        const stored = existing.find((e) => e.slug === p.slug && e.version === v.version);
        if (stored) {
          if (stored.effectiveFrom !== v.effectiveFrom || stringify(stored.definition) !== stringify(v.definition)) {
            errors.push({ field: path, in: 'body', message: text(`Phiên bản ${v.version} của «${p.slug}» khác với bản đã có; phiên bản đã công bố không được sửa.`, `Version ${v.version} of '${p.slug}' differs from the stored one; published versions never change.`) });
          } else unchanged += 1;
          return;
        }
        candidates.push({ def: v.definition, path: `${path}/definition` });
        rows.push(toRow(tx, v.definition, v.version, v.effectiveFrom, fields));
      });
    });
    if (errors.length > 0) throw new Problem('validation-failed', text(`Không nhập được danh mục: ${errors.length} lỗi.`, `The catalog cannot be imported: ${errors.length} problem(s).`), errors);
    if (candidates.length > 0) await checkDefinitions(tx, candidates);
    for (const row of rows) await store.insertVersion(tx.db, row);
    if (rows.length > 0) await recordAudit(tx, { action: 'catalog.imported', entityType: 'catalog', entityId: tx.provinceCode, after: { created: rows.length, unchanged } });
    return { created: rows.length, unchanged, procedures: data.procedures.length };
  });
}

/** Imports the starter catalog shipped in data/catalog into a province without procedures. */
export async function ensureStarterCatalog(ctx: ServiceContext): Promise<number> {
  if ((await store.latestVersions(ctx.db, ctx.provinceCode)).length > 0) return 0;
  const report = await importCatalog(ctx, {
    format: 'motcua.catalog',
    formatVersion: 1,
    fields: starterFields(),
    procedures: starterProcedures().map((definition) => ({ slug: definition.slug, versions: [{ version: 1, effectiveFrom: STARTER_EFFECTIVE_FROM, definition }] })),
  });
  return report.created;
}
