import type { ServiceContext } from '../../platform/context.js';
import { Problem } from '../../platform/errors.js';
import { foldText } from '../../platform/text.js';
import { listProcedures } from '../catalog/service.js';
import type { ListProceduresQuery } from '../catalog/schemas.js';
import { candidateNames } from '../units/former-names.js';
import { listUnits, resolveFormerAddress } from '../units/service.js';
import type { FormerUnit, ListUnitsQuery } from '../units/schemas.js';

/** The last day of the units that ended in the 2025 reorganisation. */
const LAST_OLD_DAY = '2025-06-30';

interface NameIndex {
  districts: Map<string, string[]>;
  communes: Map<string, Array<{ code: string; parent: string }>>;
}
import type { FormerUnitRef, ProcedureRef, Reference } from './validate.js';

/** A former unit with the current communes (or province) of this province that took it over. */
export interface Former {
  unit: FormerUnitRef;
  /** The old province it belonged to. */
  provinceCode: string;
  district: string | null;
  province: string | null;
  successors: Array<{ code: string; name: string; kind: 'full' | 'partial' }>;
}

/** Where an old address lies: a place as the export gives it (a code, names, or a line of text). */
export interface OldAddress {
  text?: string;
  communeCode?: string;
  commune?: string;
  district?: string;
  province?: string;
}

const COMMUNE_WORDS = /^(phường|xã|thị trấn|đặc khu|p\.?|x\.?|tt\.?)\s/i;
const DISTRICT_WORDS = /^(quận|huyện|thị xã|thành phố|q\.?|h\.?|tx\.?|tp\.?)\s*/i;

/**
 * The units and the catalog as the hand-over reads them, through the units and catalog
 * services, each answer kept for the run: an export names a few hundred units and
 * procedures a million times.
 */
export class Directory implements Reference {
  private readonly formers = new Map<string, Promise<Former | undefined>>();
  private readonly addresses = new Map<string, Promise<string[] | undefined>>();
  private readonly provinces = new Map<string, Promise<NameIndex>>();
  private constructor(
    private ctx: ServiceContext,
    private readonly bySlug: Map<string, ProcedureRef>,
    private readonly byCode: Map<string, ProcedureRef>,
  ) {}

  static async load(ctx: ServiceContext): Promise<Directory> {
    const page = await listProcedures(ctx, { limit: 10_000 } as ListProceduresQuery);
    const refs: ProcedureRef[] = page.items.map((p) => ({ slug: p.slug, code: p.code, name: p.name.vi, level: p.level, field: p.field.slug, competentAgencyKind: p.competentAgencyKind }));
    const byCode = new Map<string, ProcedureRef>();
    // National codes are matched with or without a province suffix (1.001193 and 1.001193.000.00.00.H29).
    for (const r of refs) if (r.code) for (const key of [r.code, r.code.split('.').slice(0, 2).join('.')]) if (!byCode.has(key)) byCode.set(key, r);
    return new Directory(ctx, new Map(refs.map((r) => [r.slug, r])), byCode);
  }

  /** Reads through another context from now on (a transaction's): PGlite has one connection. */
  bind(ctx: ServiceContext): this {
    this.ctx = ctx;
    return this;
  }

  procedure(ref: { code?: string | undefined; slug?: string | undefined }): ProcedureRef | undefined {
    if (ref.slug && this.bySlug.has(ref.slug)) return this.bySlug.get(ref.slug);
    if (ref.code) return this.byCode.get(ref.code) ?? this.byCode.get(ref.code.split('.').slice(0, 2).join('.'));
    return undefined;
  }

  procedureBySlug(slug: string): ProcedureRef | undefined {
    return this.bySlug.get(slug);
  }

  async formerUnit(code: string): Promise<FormerUnitRef | undefined> {
    return (await this.former(code))?.unit;
  }

  /** A unit that ended on 30 June 2025 and went (at least partly) into this province. */
  former(code: string): Promise<Former | undefined> {
    let found = this.formers.get(code);
    if (!found) {
      found = resolveFormerAddress(this.ctx, { oldCode: code }).then(
        (r) => this.describe(r.matches[0]),
        (error: unknown) => {
          if (error instanceof Problem && (error.status === 404 || error.status === 400)) return undefined;
          throw error;
        },
      );
      this.formers.set(code, found);
    }
    return found;
  }

  /** The former districts and communes of an old province, by folded full name. */
  private namesOfProvince(provinceCode: string): Promise<NameIndex> {
    let found = this.provinces.get(provinceCode);
    if (!found) {
      found = (async () => {
        const list = async (level: 'district' | 'commune') => (await listUnits(this.ctx, { level, province: provinceCode, at: LAST_OLD_DAY, limit: 100_000 } as ListUnitsQuery)).items;
        const index: NameIndex = { districts: new Map(), communes: new Map() };
        for (const d of await list('district')) index.districts.set(foldText(d.name), [...(index.districts.get(foldText(d.name)) ?? []), d.code]);
        for (const c of await list('commune')) index.communes.set(foldText(c.name), [...(index.communes.get(foldText(c.name)) ?? []), { code: c.code, parent: c.parentCode ?? '' }]);
        return index;
      })();
      this.provinces.set(provinceCode, found);
    }
    return found;
  }

  private describe(match: FormerUnit | undefined): Former | undefined {
    if (!match) return undefined;
    const successors = match.successors.filter((s) => (s.unit.level === 'province' ? s.unit.code : s.unit.provinceCode) === this.ctx.provinceCode);
    if (successors.length === 0) return undefined;
    return {
      unit: { code: match.unit.code, level: match.unit.level, name: match.unit.name },
      provinceCode: match.unit.provinceCode,
      district: match.district?.name ?? null,
      province: match.province?.name ?? null,
      successors: successors.map((s) => ({ code: s.unit.code, name: s.unit.name, kind: s.kind })),
    };
  }

  /**
   * The current communes of this province an old address may now belong to: by the old
   * commune's code, by its names (with the district of the receiving unit when the address
   * names none), or by the last parts of a written address ("…, Phường Đa Kao, Quận 1, TP.
   * Hồ Chí Minh"). Undefined when the address says nothing usable.
   */
  address(address: OldAddress | undefined, districtName: string | null, oldProvinceCode?: string): Promise<string[] | undefined> {
    if (!address) return Promise.resolve(undefined);
    const parts = namesOf(address, districtName);
    if (!parts) return Promise.resolve(undefined);
    // Keyed on the unit names only (not the street), so a million rows ask the units service a few hundred times.
    const key = 'code' in parts ? parts.code : [parts.commune, parts.district, parts.province].map((p) => (p ? foldText(p) : '')).join('|');
    let found = this.addresses.get(key);
    if (!found) {
      found = this.resolveAddress(parts, oldProvinceCode);
      this.addresses.set(key, found);
    }
    return found;
  }

  private async resolveAddress(parts: { code: string } | { commune: string; district?: string | undefined; province?: string | undefined }, oldProvinceCode?: string): Promise<string[] | undefined> {
    if ('code' in parts) {
      const former = await this.former(parts.code);
      return former?.unit.level === 'commune' ? former.successors.map((s) => s.code) : undefined;
    }
    // Most addresses lie in the old province of the unit that received the dossier: match
    // the names against its former communes here (the units service's name search answers
    // any province, but costs a query per spelling).
    if (oldProvinceCode) {
      const index = await this.namesOfProvince(oldProvinceCode);
      const districts = parts.district ? new Set(candidateNames(parts.district, 'district').flatMap((n) => index.districts.get(n) ?? [])) : undefined;
      const communes = [...new Set(candidateNames(parts.commune, 'commune').flatMap((n) => index.communes.get(n) ?? []))].filter((c) => !districts || districts.has(c.parent));
      if (communes.length === 1) {
        const former = await this.former(communes[0]!.code);
        return former?.successors.map((s) => s.code);
      }
      if (communes.length > 1) return undefined;
    }
    const query = Object.fromEntries(Object.entries(parts).filter(([, v]) => v)) as { commune: string };
    const matches = await resolveFormerAddress(this.ctx, query).then(
      (r) => r.matches,
      () => [] as FormerUnit[],
    );
    if (matches.length !== 1) return undefined;
    return this.describe(matches[0])?.successors.map((s) => s.code);
  }
}

/** The unit names (or the old commune code) an address gives, the street left out. */
function namesOf(address: OldAddress, districtName: string | null): { code: string } | { commune: string; district?: string | undefined; province?: string | undefined } | undefined {
  if (address.communeCode) return { code: address.communeCode };
  let { commune, district, province } = address;
  if (!commune && address.text) {
    const parts = address.text.split(',').map((p) => p.trim()).filter(Boolean);
    const at = parts.findIndex((p) => COMMUNE_WORDS.test(p));
    if (at >= 0) {
      commune = parts[at];
      district = parts.slice(at + 1).find((p) => DISTRICT_WORDS.test(p)) ?? district;
      const last = parts.at(-1);
      province = last !== commune && last !== district ? last : province;
    }
  }
  if (!commune) return undefined;
  return { commune, district: district ?? districtName ?? undefined, province };
}
