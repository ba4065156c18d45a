import type { ServiceContext } from '../../platform/context.js';
import { invalidField, notFound, Problem } from '../../platform/errors.js';
import { decodeCursor, toPage, type PageOf } from '../../platform/http/pagination.js';
import { text } from '../../platform/i18n.js';
import { foldText } from '../../platform/text.js';
import { localDateOf } from '../../platform/calendar/local-date.js';
import { candidateNames, dayBefore, levelOfCode } from './former-names.js';
import type { FormerUnit, LinkedUnit, ListUnitsQuery, ResolveQuery, ResolveResult, Unit, UnitDetail, UnitLevel } from './schemas.js';
import * as store from './store.js';

const unitWord = text('đơn vị hành chính', 'administrative unit');

/** Units valid on a date (today by default), filtered and searched without regard to diacritics. */
export async function listUnits(ctx: ServiceContext, query: ListUnitsQuery): Promise<PageOf<Unit>> {
  const after = query.cursor ? (decodeCursor(query.cursor, ['number', 'string']) as [number, string]) : undefined;
  const filter = { search: query.q ? foldText(query.q) : undefined, level: query.level, provinceCode: query.province, at: query.at ?? localDateOf(ctx.now()) };
  const rows = await store.listUnits(ctx.db, filter, query.limit + 1, after);
  const page = toPage(rows, query.limit, (r) => [r.rank, r.code]);
  return { ...page, items: page.items.map(({ rank: _rank, ...unit }) => unit) };
}

/** One unit valid on a date, with its parent, province, and the units before and after it. */
export async function getUnit(ctx: ServiceContext, code: string, at?: string): Promise<UnitDetail> {
  const level = levelOfCode(code);
  const date = at ?? localDateOf(ctx.now());
  const unit = await store.findUnit(ctx.db, level, code, date);
  if (!unit) throw await missingUnit(ctx, level, code, date);
  const parentLevel: UnitLevel | undefined = level === 'commune' && unit.validTo ? 'district' : level === 'province' ? undefined : 'province';
  const [parent, province, predecessors, successors] = await Promise.all([
    parentLevel && unit.parentCode ? store.findUnit(ctx.db, parentLevel, unit.parentCode, date) : undefined,
    level === 'province' ? undefined : store.findUnit(ctx.db, 'province', unit.provinceCode, date),
    predecessorsOf(ctx, unit),
    successorsOf(ctx, [unit]).then((m) => m.get(unit.code) ?? []),
  ]);
  return { ...unit, parent: parent ?? null, province: province ?? null, predecessors, successors };
}

async function missingUnit(ctx: ServiceContext, level: UnitLevel, code: string, date: string): Promise<Problem> {
  const other = (await store.findUnitPeriods(ctx.db, level, code))[0];
  if (!other) return notFound(unitWord, code);
  const period = other.validTo ? `đến ${other.validTo}` : `từ ${other.validFrom}`;
  const periodEn = other.validTo ? `until ${other.validTo}` : `from ${other.validFrom}`;
  return new Problem(
    'not-found',
    text(
      `Mã ${code} không thuộc đơn vị nào vào ngày ${date}; đó là mã của ${other.name} (hiệu lực ${period}). Thêm ?at=<ngày> để xem đơn vị đó.`,
      `Code ${code} names no unit on ${date}; it was ${other.name} (valid ${periodEn}). Add ?at=<date> to see it.`,
    ),
    [],
    { validFrom: other.validFrom, validTo: other.validTo },
  );
}

async function predecessorsOf(ctx: ServiceContext, unit: Unit): Promise<LinkedUnit[]> {
  if (!unit.validFrom) return [];
  const rows = (await store.successionsInto(ctx.db, unit.level, unit.code)).filter((r) => r.effectiveDate === unit.validFrom);
  const eve = dayBefore(unit.validFrom);
  const linked: LinkedUnit[] = [];
  for (const level of ['province', 'district', 'commune'] as const) {
    const ofLevel = rows.filter((r) => r.oldLevel === level);
    const units = await store.findUnits(ctx.db, level, ofLevel.map((r) => r.oldCode), eve);
    for (const u of units) linked.push({ unit: u, kind: ofLevel.find((r) => r.oldCode === u.code)!.kind });
  }
  return linked;
}

/**
 * The units that took over each of `units` (all of one level and period). An old district's
 * successors are the new units that took over its communes; each is 'partial' unless the
 * district went whole into one unit.
 */
async function successorsOf(ctx: ServiceContext, units: Unit[]): Promise<Map<string, LinkedUnit[]>> {
  const result = new Map<string, LinkedUnit[]>();
  const ended = units.filter((u) => u.validTo);
  if (ended.length === 0) return result;
  const level = ended[0]!.level;
  const direct = await store.successionsFrom(ctx.db, level, ended.map((u) => u.code));
  const viaCommunes =
    level === 'district'
      ? await store.communesOfDistricts(ctx.db, ended.map((u) => u.code), ended[0]!.validTo!).then(async (communes) => {
          const rows = await store.successionsFrom(ctx.db, 'commune', communes.map((c) => c.code));
          const districtOf = new Map(communes.map((c) => [c.code, c.parentCode!]));
          return rows.map((r) => ({ ...r, oldCode: districtOf.get(r.oldCode)! }));
        })
      : [];
  const rows = [...direct, ...viaCommunes];
  const newLevel: UnitLevel = level === 'province' ? 'province' : 'commune';
  const byDate = new Map<string, string[]>();
  for (const r of rows) byDate.set(r.effectiveDate, [...(byDate.get(r.effectiveDate) ?? []), r.newCode]);
  const newUnits = new Map<string, Unit>();
  for (const [date, codes] of byDate) for (const u of await store.findUnits(ctx.db, newLevel, [...new Set(codes)], date)) newUnits.set(u.code, u);
  for (const old of ended) {
    const mine = rows.filter((r) => r.oldCode === old.code);
    const codes = [...new Set(mine.map((r) => r.newCode))];
    const wholeInOne = codes.length === 1;
    result.set(
      old.code,
      codes.flatMap((code) => {
        const unit = newUnits.get(code);
        if (!unit) return [];
        const kind = level === 'district' ? (wholeInOne ? 'full' : 'partial') : mine.find((r) => r.newCode === code)!.kind;
        return [{ unit, kind }];
      }),
    );
  }
  return result;
}

/**
 * Finds which current unit(s) an address from before the reorganisation now belongs to:
 * by the former unit's code, or by the names of its commune, district and province as
 * people write them ("P.1, Q.3, TP HCM").
 */
export async function resolveFormerAddress(ctx: ServiceContext, query: ResolveQuery): Promise<ResolveResult> {
  const today = localDateOf(ctx.now());
  let found: Unit[];
  if (query.oldCode) {
    found = (await store.findUnitPeriods(ctx.db, levelOfCode(query.oldCode), query.oldCode)).filter((u) => u.validTo && u.validTo < today).slice(0, 1);
  } else if (query.commune || query.district || query.province) {
    found = await findByNames(ctx, query, today);
  } else {
    throw invalidField('oldCode', text('Hãy nhập mã đơn vị cũ, hoặc tên xã/phường cũ (kèm quận/huyện, tỉnh nếu biết).', 'Give the former unit code, or the former commune name (with district and province if known).'), 'query');
  }
  if (found.length === 0) {
    const asked = query.oldCode ?? [query.commune, query.district, query.province].filter(Boolean).join(', ');
    throw new Problem('not-found', text(`Không tìm thấy đơn vị hành chính cũ nào khớp với «${asked}».`, `No former administrative unit matches '${asked}'.`));
  }
  return { matches: await describeFormer(ctx, found) };
}

async function findByNames(ctx: ServiceContext, query: ResolveQuery, today: string): Promise<Unit[]> {
  const provinces = query.province ? await store.findFormerUnitsByName(ctx.db, 'province', candidateNames(query.province, 'province'), today) : undefined;
  const inProvince = (u: Unit): boolean => !provinces || provinces.some((p) => p.code === u.provinceCode);
  const districts = query.district
    ? (await store.findFormerUnitsByName(ctx.db, 'district', candidateNames(query.district, 'district'), today)).filter(inProvince)
    : undefined;
  if (!query.commune) return districts ?? provinces ?? [];
  const communes = await store.findFormerUnitsByName(ctx.db, 'commune', candidateNames(query.commune, 'commune'), today);
  return communes.filter((c) => inProvince(c) && (!districts || districts.some((d) => d.code === c.parentCode)));
}

async function describeFormer(ctx: ServiceContext, units: Unit[]): Promise<FormerUnit[]> {
  const level = units[0]!.level;
  const successors = await successorsOf(ctx, units);
  const at = units[0]!.validTo!;
  const districts = level === 'commune' ? await store.findUnits(ctx.db, 'district', [...new Set(units.map((u) => u.parentCode!))], at) : [];
  const provinces = await store.findUnits(ctx.db, 'province', [...new Set(units.map((u) => u.provinceCode))], at);
  return units.map((unit) => ({
    unit,
    district: districts.find((d) => d.code === unit.parentCode) ?? null,
    province: level === 'province' ? null : (provinces.find((p) => p.code === unit.provinceCode) ?? null),
    successors: successors.get(unit.code) ?? [],
  }));
}

/** A unit valid today, or undefined; for other modules that only need its name and province. */
export async function findCurrentUnit(ctx: ServiceContext, code: string): Promise<Unit | undefined> {
  return store.findUnit(ctx.db, levelOfCode(code), code, localDateOf(ctx.now()));
}
