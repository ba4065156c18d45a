import { Type, type Static } from '@sinclair/typebox';
import { Page, PageQuery } from '../../platform/http/pagination.js';
import { AgencyCode, LocalDate, PlainText, SearchQuery, StringEnum, UnitCode } from '../../platform/http/schema-types.js';

const Slug = (options: Record<string, unknown> = {}) =>
  Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 100, title: 'Mã định danh', 'x-title-en': 'Slug', ...options });

/** A text people read, in Vietnamese and English (both required). */
export const Text = (maxLength = 500) =>
  Type.Object({ vi: PlainText({ minLength: 1, maxLength }), en: PlainText({ minLength: 1, maxLength }) }, { additionalProperties: false });

export const ProcedureLevel = StringEnum(['province', 'commune'] as const, { title: 'Cấp thực hiện', 'x-title-en': 'Level' });
export const OnlineLevel = StringEnum(['full', 'partial'] as const, { title: 'Mức độ dịch vụ công trực tuyến', 'x-title-en': 'Online service level' });
export const ApplicantType = StringEnum(['person', 'organisation'] as const);
export const ComponentKind = StringEnum(['original', 'certified_copy', 'copy', 'original_or_certified_copy', 'shown'] as const, {
  title: 'Loại giấy tờ',
  'x-title-en': 'Document kind',
});
export const ReusableSource = StringEnum(['population_db', 'civil_status_db', 'land_db', 'business_registry', 'personal_store'] as const);
export const FlowRole = StringEnum(['officer', 'specialist', 'leader', 'clerk'] as const, { title: 'Vai trò thực hiện', 'x-title-en': 'Acting role' });
export const FeeChannel = StringEnum(['any', 'in_person', 'online'] as const, { title: 'Hình thức nộp', 'x-title-en': 'Channel' });

export const LegalBasis = Type.Object(
  { number: PlainText({ minLength: 1, maxLength: 60 }), title: Text(400), articles: Type.Optional(PlainText({ maxLength: 300 })) },
  { additionalProperties: false },
);

export const ProcessingTime = Type.Union(
  [
    Type.Object(
      { kind: Type.Literal('same_day'), cutoffHour: Type.Number({ exclusiveMinimum: 0, exclusiveMaximum: 24, title: 'Giờ chốt nhận trong ngày', 'x-title-en': 'Same-day cut-off hour' }) },
      { additionalProperties: false },
    ),
    Type.Object(
      { kind: Type.Literal('working_days'), days: Type.Integer({ minimum: 1, maximum: 365, title: 'Số ngày làm việc', 'x-title-en': 'Working days' }) },
      { additionalProperties: false },
    ),
  ],
  { title: 'Thời hạn giải quyết', 'x-title-en': 'Statutory processing time' },
);
export type ProcessingTime = Static<typeof ProcessingTime>;

export const Fee = Type.Object(
  {
    name: Text(300),
    amount: Type.Integer({ minimum: 0, maximum: 10_000_000_000, title: 'Mức thu (đồng)', 'x-title-en': 'Amount (VND)' }),
    per: Type.Optional(Text(100)),
    channel: FeeChannel,
    basis: Type.Optional(PlainText({ maxLength: 500 })),
    exemptions: Type.Optional(Text(1000)),
    verify: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type Fee = Static<typeof Fee>;

export const Component = Type.Object(
  {
    key: Slug({ title: 'Mã thành phần', 'x-title-en': 'Component key' }),
    name: Text(500),
    kind: ComponentKind,
    copies: Type.Integer({ minimum: 0, maximum: 20, title: 'Số bản', 'x-title-en': 'Copies' }),
    required: Type.Boolean(),
    note: Type.Optional(Text(1000)),
    form: Type.Union([Slug(), Type.Null()]),
    reusableFrom: Type.Union([ReusableSource, Type.Null()]),
  },
  { additionalProperties: false },
);
export type Component = Static<typeof Component>;

export const FlowStep = Type.Object(
  {
    key: Slug({ title: 'Mã bước', 'x-title-en': 'Step key' }),
    name: Text(200),
    role: FlowRole,
    agency: Type.String({ pattern: '^[a-z_]{2,40}$', title: 'Cơ quan thực hiện', 'x-title-en': 'Acting agency', description: 'service_center, competent, or an agency kind' }),
    hours: Type.Number({ exclusiveMinimum: 0, maximum: 8 * 365, title: 'Thời gian (giờ làm việc)', 'x-title-en': 'Time (working hours)' }),
  },
  { additionalProperties: false },
);
export type FlowStep = Static<typeof FlowStep>;

export const FormUi = Type.Object(
  {
    order: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 300 })),
    groups: Type.Optional(Type.Array(Type.Object({ title: Text(200), fields: Type.Array(Type.String({ maxLength: 100 }), { maxItems: 300 }) }, { additionalProperties: false }), { maxItems: 50 })),
    widgets: Type.Optional(Type.Record(Type.String(), Type.String({ maxLength: 40 }))),
    prefill: Type.Optional(Type.Record(Type.String(), Type.String({ pattern: '^(applicant|record)\\.[A-Za-z0-9.-]+$', maxLength: 120 }))),
  },
  { additionalProperties: false },
);

export const FormDefinition = Type.Object(
  {
    id: Slug({ title: 'Mã biểu mẫu', 'x-title-en': 'Form id' }),
    title: Text(300),
    source: Type.Optional(PlainText({ maxLength: 500 })),
    schema: Type.Record(Type.String(), Type.Unknown(), { title: 'Lược đồ JSON Schema', 'x-title-en': 'JSON Schema' }),
    ui: Type.Optional(FormUi),
  },
  { additionalProperties: false },
);
export type FormDefinition = Static<typeof FormDefinition>;

/**
 * A paragraph of a result document: plain text (indented), or text set apart, e.g. the
 * centred bold "QUYẾT ĐỊNH:" of a decision or the italic "Căn cứ …" lines (Decree 30/2020/NĐ-CP, Annex I).
 */
export const TemplateParagraph = Type.Union([
  PlainText({ maxLength: 2000 }),
  Type.Object(
    {
      text: PlainText({ maxLength: 2000 }),
      align: Type.Optional(StringEnum(['left', 'center'] as const)),
      style: Type.Optional(StringEnum(['regular', 'bold', 'italic'] as const)),
    },
    { additionalProperties: false },
  ),
]);
export type TemplateParagraph = Static<typeof TemplateParagraph>;

/**
 * How the result document reads: a title (and the subject line of a decision), paragraphs
 * and labelled lines with placeholders ({{form.hoTen}}, {{form.ngaySinh|date}},
 * {{applicant.fullName}}, {{dossier.code}}, {{document.number}}, {{agency.name|upper}},
 * {{procedure.name}}, {{date}}, {{findings.mucDo}}), the signer's title and the recipients
 * ("Nơi nhận"), which of its values go into the person's data store for reuse
 * (`recordFields`), and the form of what the agency itself establishes and the result states
 * (`findings`: a disability's severity, what the criminal-record database holds), filled by
 * its staff before approval.
 */
export const ResultTemplate = Type.Object(
  {
    title: Text(200),
    subject: Type.Optional(PlainText({ maxLength: 400 })),
    // Đ is allowed: document symbols are Vietnamese abbreviations ("QĐ-UBND", Decree 30/2020/NĐ-CP Annex I).
    numberSeries: Type.Optional(Type.String({ pattern: '^[A-Z0-9Đ-]{1,16}$', title: 'Ký hiệu sổ', 'x-title-en': 'Number series' })),
    paragraphs: Type.Optional(Type.Array(TemplateParagraph, { maxItems: 20 })),
    lines: Type.Array(Type.Object({ label: PlainText({ minLength: 1, maxLength: 200 }), value: PlainText({ maxLength: 400 }) }, { additionalProperties: false }), { maxItems: 60 }),
    closing: Type.Optional(Type.Array(TemplateParagraph, { maxItems: 20 })),
    signerTitle: Type.Optional(PlainText({ maxLength: 200 })),
    recipients: Type.Optional(Type.Array(PlainText({ minLength: 1, maxLength: 300 }), { maxItems: 12 })),
    recordFields: Type.Optional(Type.Record(Type.String({ pattern: '^[A-Za-z][A-Za-z0-9]{0,40}$' }), PlainText({ maxLength: 200 }))),
    findings: Type.Optional(FormDefinition),
  },
  { additionalProperties: false },
);
export type ResultTemplate = Static<typeof ResultTemplate>;

/** A procedure as its administrators define it (data/catalog/FORMAT.md), with its forms embedded. */
export const ProcedureDefinition = Type.Object(
  {
    slug: Slug(),
    code: Type.Union([Type.String({ pattern: '^[0-9]\\.[0-9]{6}(\\.[0-9A-Z.]+)?$', maxLength: 40, title: 'Mã thủ tục', 'x-title-en': 'Procedure code' }), Type.Null()]),
    codeSource: Type.Optional(Type.Union([PlainText({ maxLength: 2000 }), Type.Null()])),
    name: Text(400),
    field: Slug({ title: 'Lĩnh vực', 'x-title-en': 'Field' }),
    level: ProcedureLevel,
    competentAgencyKind: Type.String({ pattern: '^[a-z_]{2,40}$', title: 'Loại cơ quan có thẩm quyền', 'x-title-en': 'Competent agency kind' }),
    applicantTypes: Type.Array(ApplicantType, { minItems: 1, maxItems: 2, uniqueItems: true }),
    legalBasis: Type.Array(LegalBasis, { minItems: 1, maxItems: 50, title: 'Căn cứ pháp lý', 'x-title-en': 'Legal basis' }),
    processingTime: ProcessingTime,
    processingTimeNote: Type.Optional(Text(1000)),
    fees: Type.Array(Fee, { maxItems: 30, title: 'Phí, lệ phí', 'x-title-en': 'Fees' }),
    components: Type.Array(Component, { minItems: 1, maxItems: 60, title: 'Thành phần hồ sơ', 'x-title-en': 'Components' }),
    result: Type.Object(
      { type: Slug({ title: 'Loại kết quả', 'x-title-en': 'Result type' }), name: Text(300), template: Type.Optional(ResultTemplate) },
      { additionalProperties: false },
    ),
    onlineLevel: OnlineLevel,
    flow: Type.Array(FlowStep, { minItems: 1, maxItems: 30, title: 'Quy trình xử lý', 'x-title-en': 'Processing flow' }),
    linkedProcedures: Type.Array(Slug(), { maxItems: 10, uniqueItems: true, title: 'Thủ tục liên thông', 'x-title-en': 'Linked procedures' }),
    verify: Type.Optional(Type.Array(Type.String({ maxLength: 2000 }), { maxItems: 50 })),
    forms: Type.Array(FormDefinition, { maxItems: 10, title: 'Biểu mẫu điện tử', 'x-title-en': 'E-forms' }),
  },
  { additionalProperties: false },
);
export type ProcedureDefinition = Static<typeof ProcedureDefinition>;

export const NewVersion = Type.Object(
  {
    effectiveFrom: LocalDate({ title: 'Ngày có hiệu lực', 'x-title-en': 'Effective from' }),
    definition: ProcedureDefinition,
  },
  { additionalProperties: false },
);
export type NewVersion = Static<typeof NewVersion>;

const LocalizedPair = Type.Object({ vi: Type.String(), en: Type.String() });

export const FieldView = Type.Object({ slug: Type.String(), name: LocalizedPair });
export type FieldView = Static<typeof FieldView>;

export const ProcedureSummary = Type.Object({
  slug: Type.String(),
  code: Type.Union([Type.String(), Type.Null()]),
  name: LocalizedPair,
  field: FieldView,
  level: ProcedureLevel,
  competentAgencyKind: Type.String(),
  onlineLevel: OnlineLevel,
  version: Type.Integer(),
  effectiveFrom: Type.String({ format: 'date' }),
  processingTime: ProcessingTime,
  processingTimeText: LocalizedPair,
  feeText: LocalizedPair,
});
export type ProcedureSummary = Static<typeof ProcedureSummary>;

export const ProcedurePage = Page(ProcedureSummary);

export const ListProceduresQuery = Type.Object({
  q: Type.Optional(SearchQuery()),
  field: Type.Optional(Slug({ title: 'Lĩnh vực', 'x-title-en': 'Field' })),
  level: Type.Optional(ProcedureLevel),
  agencyKind: Type.Optional(Type.String({ pattern: '^[a-z_]{2,40}$', title: 'Loại cơ quan', 'x-title-en': 'Agency kind' })),
  agency: Type.Optional(AgencyCode({ description: 'Procedures this agency is competent for' })),
  onlineLevel: Type.Optional(OnlineLevel),
  ...PageQuery,
});
export type ListProceduresQuery = Static<typeof ListProceduresQuery>;

export const ProcedureParams = Type.Object({ slug: Slug() });
export const VersionParams = Type.Object({ slug: Slug(), version: Type.Integer({ minimum: 1, title: 'Phiên bản', 'x-title-en': 'Version' }) });
export const FormParams = Type.Object({ slug: Slug(), formId: Slug({ title: 'Mã biểu mẫu', 'x-title-en': 'Form id' }) });

export const ProcedureQuery = Type.Object({
  unit: Type.Optional(UnitCode({ title: 'Xã/phường nơi cư trú', 'x-title-en': 'Commune of residence', description: 'Answer where to file and who decides for a person of this commune' })),
  at: Type.Optional(LocalDate({ title: 'Ngày áp dụng', 'x-title-en': 'On date', description: 'The version in force on this date; today when omitted' })),
});

const AgencyRef = Type.Object({ code: Type.String(), name: Type.String(), nameEn: Type.String(), unitCode: Type.String() });

export const ProcedureView = Type.Intersect([
  ProcedureSummary,
  Type.Object({
    codeSource: Type.Union([Type.String(), Type.Null()]),
    competentAgencyKindName: LocalizedPair,
    applicantTypes: Type.Array(ApplicantType),
    legalBasis: Type.Array(Type.Object({ number: Type.String(), title: LocalizedPair, articles: Type.Optional(Type.String()) })),
    processingTimeNote: Type.Union([LocalizedPair, Type.Null()]),
    fees: Type.Array(Type.Unknown()),
    components: Type.Array(Type.Unknown()),
    result: Type.Object({
      type: Type.String(),
      name: LocalizedPair,
      findings: Type.Union([FormDefinition, Type.Null()], { description: 'The form of what the agency establishes and the result states, filled by its staff before approval' }),
    }),
    flow: Type.Array(Type.Unknown()),
    forms: Type.Array(Type.Object({ id: Type.String(), title: LocalizedPair })),
    linkedProcedures: Type.Array(Type.Object({ slug: Type.String(), name: LocalizedPair })),
    verify: Type.Array(Type.String()),
    versions: Type.Array(Type.Object({ version: Type.Integer(), effectiveFrom: Type.String() })),
    /** Where to file and who decides, when a commune was given. */
    place: Type.Union([
      Type.Object({
        unit: Type.Object({ code: Type.String(), name: Type.String() }),
        competentAgency: Type.Union([AgencyRef, Type.Null()]),
        receivingAgencies: Type.Array(AgencyRef),
        boundaryFree: Type.Boolean({ description: 'Any service center of the province may receive it (Decree 118/2025 Arts. 14, 20)' }),
      }),
      Type.Null(),
    ]),
    /** The due date if a complete dossier were received now. */
    dueIfReceivedNow: Type.String({ format: 'date-time' }),
  }),
]);
export type ProcedureView = Static<typeof ProcedureView>;

export const FormView = Type.Object({
  id: Type.String(),
  title: LocalizedPair,
  source: Type.Union([Type.String(), Type.Null()]),
  schema: Type.Unknown(),
  ui: Type.Unknown(),
  procedure: Type.Object({ slug: Type.String(), version: Type.Integer() }),
});

export const FormData = Type.Record(Type.String(), Type.Unknown(), { title: 'Dữ liệu tờ khai', 'x-title-en': 'Form data' });
export const FormValidation = Type.Object({ valid: Type.Literal(true) });
export const Prefill = Type.Object({ values: Type.Record(Type.String(), Type.Unknown()), sources: Type.Record(Type.String(), Type.String()) });

export const VersionCreated = Type.Object({ slug: Type.String(), version: Type.Integer(), effectiveFrom: Type.String() });

export const CatalogExport = Type.Object(
  {
    format: Type.Literal('motcua.catalog'),
    formatVersion: Type.Literal(1),
    fields: Type.Array(Type.Object({ slug: Slug(), name: Text(200) }, { additionalProperties: false }), { maxItems: 200 }),
    procedures: Type.Array(
      Type.Object(
        {
          slug: Slug(),
          versions: Type.Array(
            Type.Object({ version: Type.Integer({ minimum: 1 }), effectiveFrom: LocalDate(), definition: ProcedureDefinition }, { additionalProperties: false }),
            { minItems: 1, maxItems: 200 },
          ),
        },
        { additionalProperties: false },
      ),
      { maxItems: 5000 },
    ),
  },
  { additionalProperties: false },
);
export type CatalogExport = Static<typeof CatalogExport>;

export const ImportReport = Type.Object({
  created: Type.Integer({ description: 'Versions added' }),
  unchanged: Type.Integer({ description: 'Versions already present, identical' }),
  procedures: Type.Integer(),
});
export type ImportReport = Static<typeof ImportReport>;
