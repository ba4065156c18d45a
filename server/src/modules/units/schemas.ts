import { Type, type Static } from '@sinclair/typebox';
import { AgencyCode, LocalDate, PlainText, ProvinceCode, SearchQuery, StringEnum, UnitCode } from '../../platform/http/schema-types.js';
import { PageQuery, Page } from '../../platform/http/pagination.js';

export const UnitLevel = StringEnum(['province', 'district', 'commune'] as const, { title: 'Cấp đơn vị', 'x-title-en': 'Unit level' });
export type UnitLevel = Static<typeof UnitLevel>;

/** An administrative unit of one period: a code is a unit only together with its validity. */
export const Unit = Type.Object(
  {
    code: Type.String({ description: 'National statistics code (2 digits province, 3 district, 5 commune)' }),
    level: UnitLevel,
    name: Type.String({ description: 'Official name with its type, e.g. "Phường Ba Đình"' }),
    type: Type.String({ description: 'Tỉnh, Thành phố, Quận, Huyện, Thị xã, Phường, Xã, Thị trấn, Đặc khu…' }),
    provinceCode: Type.String(),
    parentCode: Type.Union([Type.String(), Type.Null()]),
    validFrom: Type.Union([Type.String({ format: 'date' }), Type.Null()], { description: 'null: in force before records begin' }),
    validTo: Type.Union([Type.String({ format: 'date' }), Type.Null()], { description: 'null: still in force' }),
  }
);
export type Unit = Static<typeof Unit>;

export const SuccessionKind = StringEnum(['full', 'partial'] as const, {
  description: 'full: the whole old unit went into the new one; partial: only part of it did',
});
export type SuccessionKind = Static<typeof SuccessionKind>;

export const LinkedUnit = Type.Object({ unit: Unit, kind: SuccessionKind });
export type LinkedUnit = Static<typeof LinkedUnit>;

export const UnitDetail = Type.Intersect([
  Unit,
  Type.Object({
    parent: Type.Union([Unit, Type.Null()]),
    province: Type.Union([Unit, Type.Null()]),
    predecessors: Type.Array(LinkedUnit, { description: 'Units of the earlier period this one took over' }),
    successors: Type.Array(LinkedUnit, { description: 'Units of the later period that took this one over' }),
  }),
]);
export type UnitDetail = Static<typeof UnitDetail>;

export const ListUnitsQuery = Type.Object({
  q: Type.Optional(SearchQuery()),
  level: Type.Optional(UnitLevel),
  province: Type.Optional(ProvinceCode()),
  at: Type.Optional(LocalDate({ title: 'Ngày hiệu lực', 'x-title-en': 'Valid on', description: 'Units valid on this date; today when omitted' })),
  ...PageQuery,
});
export type ListUnitsQuery = Static<typeof ListUnitsQuery>;

export const UnitPage = Page(Unit);

export const UnitParams = Type.Object({ code: UnitCode() });
export const UnitQuery = Type.Object({
  at: Type.Optional(LocalDate({ title: 'Ngày hiệu lực', 'x-title-en': 'Valid on' })),
});

export const ResolveQuery = Type.Object({
  oldCode: Type.Optional(UnitCode({ title: 'Mã đơn vị cũ', 'x-title-en': 'Former unit code' })),
  commune: Type.Optional(PlainText({ maxLength: 100, title: 'Xã/phường/thị trấn cũ', 'x-title-en': 'Former commune' })),
  district: Type.Optional(PlainText({ maxLength: 100, title: 'Quận/huyện cũ', 'x-title-en': 'Former district' })),
  province: Type.Optional(PlainText({ maxLength: 100, title: 'Tỉnh/thành phố cũ', 'x-title-en': 'Former province' })),
});
export type ResolveQuery = Static<typeof ResolveQuery>;

export const FormerUnit = Type.Object({
  unit: Unit,
  district: Type.Union([Unit, Type.Null()]),
  province: Type.Union([Unit, Type.Null()]),
  successors: Type.Array(LinkedUnit),
});
export type FormerUnit = Static<typeof FormerUnit>;

export const ResolveResult = Type.Object({
  matches: Type.Array(FormerUnit, { description: 'Every former unit the address can mean, each with the units that took it over' }),
});
export type ResolveResult = Static<typeof ResolveResult>;

export const AgencyLevel = StringEnum(['province', 'commune'] as const, { title: 'Cấp cơ quan', 'x-title-en': 'Agency level' });

export const Agency = Type.Object(
  {
    code: Type.String({ description: "'<unit code>.<suffix>', see docs/agency-codes.md" }),
    kind: Type.String({ description: 'peoples_committee, service_center, police, dept_justice, …' }),
    level: AgencyLevel,
    unitCode: Type.String(),
    unitName: Type.String(),
    name: Type.String(),
    nameEn: Type.String(),
    electronicId: Type.Union([Type.String(), Type.Null()], { description: 'Official electronic identifier (Decision 20/2020/QĐ-TTg) where known' }),
    receivesDossiers: Type.Boolean({ description: 'A one-stop desk that receives dossiers' }),
  }
);
export type Agency = Static<typeof Agency>;

export const ListAgenciesQuery = Type.Object({
  q: Type.Optional(SearchQuery()),
  unit: Type.Optional(UnitCode({ title: 'Đơn vị hành chính', 'x-title-en': 'Administrative unit' })),
  kind: Type.Optional(Type.String({ pattern: '^[a-z_]{2,40}$', title: 'Loại cơ quan', 'x-title-en': 'Agency kind' })),
  level: Type.Optional(AgencyLevel),
  receivesDossiers: Type.Optional(Type.Boolean()),
  ...PageQuery,
});
export type ListAgenciesQuery = Static<typeof ListAgenciesQuery>;

export const AgencyPage = Page(Agency);
export const AgencyParams = Type.Object({ code: AgencyCode() });
