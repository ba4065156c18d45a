import { Type, type Static } from '@sinclair/typebox';
import { Page, PageQuery } from '../../platform/http/pagination.js';
import { AgencyCode, Email, LocalDate, NationalId, PersonName, Phone, PlainText, SearchQuery, StringEnum, Timestamp, UnitCode, Uuid } from '../../platform/http/schema-types.js';
import { RETURN_CHANNELS, STATUS_LIST } from './statuses.js';
import { ACTIONS } from './workflow.js';

const Sha256 = Type.String({ pattern: '^[0-9a-f]{64}$', title: 'Mã tệp (SHA-256)', 'x-title-en': 'File (SHA-256)' });
const Comment = PlainText({ maxLength: 2000, title: 'Ghi chú', 'x-title-en': 'Comment' });
const Reason = PlainText({ minLength: 5, maxLength: 2000, title: 'Lý do', 'x-title-en': 'Reason' });
const Slug = Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 100, title: 'Thủ tục', 'x-title-en': 'Procedure' });
const TaxCode = Type.String({ pattern: '^[0-9]{10}([0-9]{3})?$', title: 'Mã số thuế', 'x-title-en': 'Tax code', 'x-error': { vi: 'Mã số thuế gồm 10 hoặc 13 chữ số.', en: 'A tax code has 10 or 13 digits.' } });
const Address = PlainText({ minLength: 5, maxLength: 300, title: 'Địa chỉ', 'x-title-en': 'Address' });

export const DossierStatus = StringEnum(STATUS_LIST, { title: 'Trạng thái', 'x-title-en': 'Status' });
export const ReturnChannel = StringEnum(RETURN_CHANNELS, { title: 'Nơi nhận kết quả', 'x-title-en': 'Where to collect the result' });
export const ActionName = StringEnum(Object.keys(ACTIONS) as Array<keyof typeof ACTIONS>);

export const PersonApplicant = Type.Object(
  {
    type: Type.Literal('person'),
    fullName: PersonName(),
    nationalId: NationalId(),
    dateOfBirth: Type.Optional(LocalDate({ title: 'Ngày sinh', 'x-title-en': 'Date of birth' })),
    phone: Type.Optional(Phone()),
    email: Type.Optional(Email()),
    address: Type.Optional(Address),
  },
  { additionalProperties: false },
);

export const OrganisationApplicant = Type.Object(
  {
    type: Type.Literal('organisation'),
    orgName: PlainText({ minLength: 2, maxLength: 300, title: 'Tên tổ chức', 'x-title-en': 'Organisation name' }),
    taxCode: TaxCode,
    representative: Type.Object({ fullName: PersonName(), nationalId: NationalId() }, { additionalProperties: false }),
    phone: Type.Optional(Phone()),
    email: Type.Optional(Email()),
    address: Type.Optional(Address),
  },
  { additionalProperties: false },
);

export const Applicant = Type.Union([PersonApplicant, OrganisationApplicant], { title: 'Người nộp hồ sơ', 'x-title-en': 'Applicant' });
export type Applicant = Static<typeof Applicant>;

/** Someone filing for the applicant (a relative, a lawyer…), who may need an authorisation component. */
export const Submitter = Type.Object(
  {
    fullName: PersonName(),
    nationalId: NationalId(),
    relationship: PlainText({ minLength: 2, maxLength: 100, title: 'Quan hệ với người nộp', 'x-title-en': 'Relationship to the applicant' }),
    phone: Type.Optional(Phone()),
  },
  { additionalProperties: false },
);

export const ComponentInput = Type.Object(
  {
    key: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 100, title: 'Thành phần hồ sơ', 'x-title-en': 'Component' }),
    /** Paper shown or handed in at the desk. */
    paper: Type.Optional(Type.Boolean()),
    /** Uploaded or scanned files (SHA-256 of files uploaded with POST /api/v1/files). */
    files: Type.Optional(Type.Array(Sha256, { maxItems: 20 })),
    /** Satisfied from a record the state already holds (personal data store). */
    fromRecord: Type.Optional(Type.String({ pattern: '^(scan\\.)?[a-z0-9-]{2,60}$', description: 'A record of the applicant’s data store: a type such as `identity`, or `scan.<component key>` for a scan digitised earlier' })),
  },
  { additionalProperties: false },
);
export type ComponentInput = Static<typeof ComponentInput>;

export const FeeChoice = Type.Object(
  { index: Type.Integer({ minimum: 0, maximum: 29 }), quantity: Type.Integer({ minimum: 1, maximum: 1000, title: 'Số lượng', 'x-title-en': 'Quantity' }) },
  { additionalProperties: false },
);

const intakeFields = {
  procedure: Slug,
  applicant: Applicant,
  submitter: Type.Optional(Submitter),
  placeUnitCode: Type.Optional(UnitCode({ title: 'Xã/phường có thẩm quyền', 'x-title-en': 'Commune deciding', description: 'The commune whose agency decides a commune-level procedure' })),
  formData: Type.Optional(Type.Record(Type.String(), Type.Unknown(), { title: 'Tờ khai', 'x-title-en': 'Application form' })),
  components: Type.Array(ComponentInput, { maxItems: 60, title: 'Thành phần hồ sơ', 'x-title-en': 'Components' }),
  returnChannel: ReturnChannel,
  postalAddress: Type.Optional(Address),
  fees: Type.Optional(Type.Array(FeeChoice, { maxItems: 30, title: 'Phí, lệ phí áp dụng', 'x-title-en': 'Fees that apply' })),
};

/** Counter intake by a one-stop officer (in person, or a dossier that came by post). */
export const CounterIntake = Type.Object(
  {
    ...intakeFields,
    channel: Type.Optional(StringEnum(['in_person', 'post'] as const, { title: 'Hình thức nộp', 'x-title-en': 'How it arrived' })),
    receivingAgencyCode: Type.Optional(AgencyCode({ description: 'The desk receiving it, when the officer works at several' })),
    paidAtCounter: Type.Optional(Type.Boolean({ description: 'The fees were paid at the desk' })),
  },
  { additionalProperties: false },
);
export type CounterIntake = Static<typeof CounterIntake>;

/** Online filing by a citizen. */
export const OnlineFiling = Type.Object(
  {
    ...intakeFields,
    receivingAgencyCode: Type.Optional(AgencyCode({ description: 'The desk to handle it; by default the service center of the commune deciding' })),
  },
  { additionalProperties: false },
);
export type OnlineFiling = Static<typeof OnlineFiling>;

const Localized = Type.Object({ vi: Type.String(), en: Type.String() });

export const DossierEvent = Type.Object({
  seq: Type.Integer(),
  occurredAt: Timestamp(),
  actorName: Type.String(),
  action: Type.String(),
  actionName: Localized,
  fromStatus: Type.Union([DossierStatus, Type.Null()]),
  toStatus: DossierStatus,
  stepKey: Type.Union([Type.String(), Type.Null()]),
  agencyCode: Type.Union([Type.String(), Type.Null()]),
  comment: Type.Union([Type.String(), Type.Null()]),
  data: Type.Record(Type.String(), Type.Unknown()),
});

const AgencyRef = Type.Object({ code: Type.String(), name: Type.String(), nameEn: Type.String() });

export const DossierSummary = Type.Object({
  id: Uuid(),
  code: Type.String(),
  procedure: Type.Object({ slug: Type.String(), version: Type.Integer(), code: Type.Union([Type.String(), Type.Null()]), name: Type.String() }),
  applicantName: Type.String(),
  channel: StringEnum(['in_person', 'online', 'post'] as const),
  status: DossierStatus,
  statusName: Localized,
  portalStatus: Type.Integer({ description: 'TrangThaiHoSo of the National Public Service Portal (1–10)' }),
  step: Type.Union([Type.Object({ key: Type.String(), name: Localized, role: Type.String(), agencyCode: Type.String() }), Type.Null()]),
  currentAgencyCode: Type.String(),
  assigneeId: Type.Union([Type.String(), Type.Null()]),
  submittedAt: Timestamp(),
  receivedAt: Type.Union([Timestamp(), Type.Null()]),
  dueAt: Type.Union([Timestamp(), Type.Null()]),
  deadline: StringEnum(['on_time', 'due_soon', 'overdue', 'paused', 'finished', 'not_started'] as const, { description: 'Colour of the deadline: due_soon is within one working day' }),
  workingDaysLeft: Type.Union([Type.Integer(), Type.Null()]),
});
export type DossierSummary = Static<typeof DossierSummary>;

const RatingLevel = StringEnum(['not_satisfied', 'satisfied', 'very_satisfied'] as const, { title: 'Mức độ hài lòng', 'x-title-en': 'Satisfaction' });

/** A component as the dossier records it (store.ts ComponentState). */
const ComponentView = Type.Object({
  key: Type.String(),
  name: Localized,
  required: Type.Boolean(),
  paper: Type.Boolean(),
  files: Type.Array(Type.String()),
  fromRecord: Type.Union([Type.String(), Type.Null()]),
  eform: Type.Boolean({ description: 'Provided as the electronic form filled in with the dossier' }),
});

const RatingView = Type.Object({ level: RatingLevel, criteria: Type.Record(Type.String(), Type.Integer()), comment: Type.Union([Type.String(), Type.Null()]), at: Timestamp() });

export const Dossier = Type.Intersect([
  DossierSummary,
  Type.Object({
    applicant: Type.Unknown(),
    submitter: Type.Union([Type.Unknown(), Type.Null()]),
    formId: Type.Union([Type.String(), Type.Null()]),
    formData: Type.Record(Type.String(), Type.Unknown()),
    findings: Type.Record(Type.String(), Type.Unknown(), { description: "What the agency established, by the procedure's findings form" }),
    components: Type.Array(ComponentView),
    steps: Type.Array(Type.Object({ key: Type.String(), name: Localized, role: Type.String(), agencyCode: Type.String() })),
    stepIndex: Type.Integer(),
    receivingAgency: AgencyRef,
    competentAgency: AgencyRef,
    placeUnitCode: Type.String(),
    returnChannel: ReturnChannel,
    postalAddress: Type.Union([Type.String(), Type.Null()]),
    fees: Type.Array(Type.Object({ name: Localized, amount: Type.Integer(), quantity: Type.Integer(), total: Type.Integer() })),
    feeTotal: Type.Integer(),
    paidAt: Type.Union([Timestamp(), Type.Null()]),
    originalDueAt: Type.Union([Timestamp(), Type.Null()]),
    finishedAt: Type.Union([Timestamp(), Type.Null()]),
    returnedAt: Type.Union([Timestamp(), Type.Null()]),
    supplementCount: Type.Integer(),
    rating: Type.Union([RatingView, Type.Null()]),
    history: Type.Array(DossierEvent),
    allowedActions: Type.Array(Type.Object({ action: ActionName, name: Localized })),
    version: Type.Integer({ description: 'Changes with every action' }),
  }),
]);
export type Dossier = Static<typeof Dossier>;

export const DossierPage = Page(DossierSummary);
export const DossierParams = Type.Object({ id: Uuid({ title: 'Mã hồ sơ (nội bộ)', 'x-title-en': 'Dossier id' }) });
export const DocumentFileParams = Type.Object({ id: Uuid({ title: 'Mã hồ sơ (nội bộ)', 'x-title-en': 'Dossier id' }), documentId: Uuid({ title: 'Mã văn bản', 'x-title-en': 'Document id' }) });

export const ComponentParams = Type.Object({
  id: Uuid({ title: 'Mã hồ sơ (nội bộ)', 'x-title-en': 'Dossier id' }),
  key: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 100, title: 'Thành phần hồ sơ', 'x-title-en': 'Component' }),
});
export const DigitiseBody = Type.Object(
  { files: Type.Array(Sha256, { minItems: 1, maxItems: 20, title: 'Bản quét', 'x-title-en': 'Scans' }) },
  { additionalProperties: false },
);

export const InboxQuery = Type.Object({
  agency: Type.Optional(AgencyCode()),
  deadline: Type.Optional(StringEnum(['on_time', 'due_soon', 'overdue'] as const, { title: 'Thời hạn', 'x-title-en': 'Deadline' })),
  status: Type.Optional(DossierStatus),
  mine: Type.Optional(Type.Boolean({ description: 'Only dossiers assigned to me' })),
  q: Type.Optional(SearchQuery()),
  ...PageQuery,
});
export type InboxQuery = Static<typeof InboxQuery>;

export const SearchDossiersQuery = Type.Object({
  q: Type.Optional(SearchQuery()),
  code: Type.Optional(Type.String({ minLength: 1, maxLength: 60, title: 'Mã hồ sơ', 'x-title-en': 'Dossier code', description: 'Exactly this dossier code, as printed (spaces ignored, any letter case)' })),
  status: Type.Optional(DossierStatus),
  procedure: Type.Optional(Slug),
  agency: Type.Optional(AgencyCode()),
  from: Type.Optional(LocalDate({ title: 'Từ ngày', 'x-title-en': 'From' })),
  to: Type.Optional(LocalDate({ title: 'Đến ngày', 'x-title-en': 'To' })),
  ...PageQuery,
});
export type SearchDossiersQuery = Static<typeof SearchDossiersQuery>;

export const InboxCounts = Type.Array(
  Type.Object({
    agencyCode: Type.String(),
    agencyName: Type.String(),
    agencyNameEn: Type.String(),
    role: Type.String(),
    total: Type.Integer(),
    onTime: Type.Integer(),
    dueSoon: Type.Integer(),
    overdue: Type.Integer(),
    paused: Type.Integer(),
  }),
);

export const WithComment = Type.Object({ comment: Type.Optional(Comment) }, { additionalProperties: false });
/** Completing a step or approving: what the agency established, by the procedure's findings form (its schema checks the values). */
export const WithFindings = Type.Object(
  {
    comment: Type.Optional(Comment),
    findings: Type.Optional(Type.Record(Type.String(), Type.Unknown(), { title: 'Kết luận của cơ quan', 'x-title-en': "The agency's findings", description: "Values for the procedure's `result.template.findings` form" })),
  },
  { additionalProperties: false },
);
export const WithReason = Type.Object({ reason: Reason }, { additionalProperties: false });
export const AssignBody = Type.Object({ assigneeId: Uuid({ title: 'Người được phân công', 'x-title-en': 'Assignee' }), comment: Type.Optional(Comment) }, { additionalProperties: false });
export const SupplementRequestBody = Type.Object(
  {
    missing: Type.Array(PlainText({ minLength: 2, maxLength: 500 }), { minItems: 1, maxItems: 30, title: 'Giấy tờ cần bổ sung', 'x-title-en': 'What is missing' }),
    reason: Type.Optional(Reason),
  },
  { additionalProperties: false },
);
export const SupplementBody = Type.Object(
  { components: Type.Array(ComponentInput, { minItems: 1, maxItems: 60, title: 'Thành phần bổ sung', 'x-title-en': 'Components supplied' }), comment: Type.Optional(Comment) },
  { additionalProperties: false },
);
export const PaymentRequestBody = Type.Object(
  { amount: Type.Integer({ minimum: 1, maximum: 10_000_000_000, title: 'Số tiền (đồng)', 'x-title-en': 'Amount (VND)' }), reason: Reason },
  { additionalProperties: false },
);
export const TransferBody = Type.Object({ agencyCode: AgencyCode({ title: 'Cơ quan nhận', 'x-title-en': 'Receiving agency' }), reason: Reason }, { additionalProperties: false });
export const ApologyBody = Type.Object(
  { newDueAt: Timestamp({ title: 'Ngày hẹn trả mới', 'x-title-en': 'New return date' }), reason: Reason },
  { additionalProperties: false },
);
export const RatingBody = Type.Object(
  {
    level: RatingLevel,
    criteria: Type.Optional(Type.Record(Type.String({ pattern: '^[a-z_]{2,40}$' }), Type.Integer({ minimum: 0, maximum: 2 }), { maxProperties: 20 })),
    comment: Type.Optional(Comment),
  },
  { additionalProperties: false },
);

// Any code a receipt carries: ours (<desk>-<YYMMDD>-<NNNN>) and those of the old systems taken over in 2025 (docs/handover.md).
export const LookupParams = Type.Object({ code: Type.String({ pattern: '^[0-9A-Za-z][0-9A-Za-z._-]{3,59}$', maxLength: 60, title: 'Mã hồ sơ', 'x-title-en': 'Dossier code' }) });
export const LookupQuery = Type.Object({ nationalId: Type.Optional(NationalId({ description: "The applicant's ID number: shows the whole dossier" })) });

export const PublicLookup = Type.Object({
  code: Type.String(),
  procedureName: Type.String(),
  status: DossierStatus,
  statusName: Localized,
  receivedAt: Type.Union([Timestamp(), Type.Null()]),
  dueAt: Type.Union([Timestamp(), Type.Null()]),
  receivingAgencyName: Type.String(),
  /** Present only when the applicant's ID number was given (or the applicant is signed in). */
  detail: Type.Union([
    Type.Object({
      applicantName: Type.String(),
      history: Type.Array(Type.Object({ occurredAt: Timestamp(), actionName: Localized, toStatus: DossierStatus, statusName: Localized, comment: Type.Union([Type.String(), Type.Null()]) })),
      returnChannel: ReturnChannel,
      feeTotal: Type.Integer(),
      paidAt: Type.Union([Timestamp(), Type.Null()]),
    }),
    Type.Null(),
  ]),
});

export const AgencySettings = Type.Object({ autoAssign: Type.Boolean({ title: 'Tự động phân công theo khối lượng công việc', 'x-title-en': 'Automatic assignment by workload' }) }, { additionalProperties: false });
export const AgencyParams = Type.Object({ agencyCode: AgencyCode() });

export const StatsQuery = Type.Object({
  agency: AgencyCode(),
  from: LocalDate({ title: 'Từ ngày', 'x-title-en': 'From' }),
  to: LocalDate({ title: 'Đến ngày', 'x-title-en': 'To' }),
});

export const AgencyDashboard = Type.Object({
  agencyCode: Type.String(),
  from: Type.String(),
  to: Type.String(),
  received: Type.Integer(),
  finished: Type.Integer(),
  onTime: Type.Integer({ description: 'Processing ended by the due date' }),
  late: Type.Integer(),
  inProgress: Type.Integer(),
  overdueNow: Type.Integer(),
  byField: Type.Array(Type.Object({ field: Type.String(), name: Localized, received: Type.Integer(), onTime: Type.Integer(), late: Type.Integer() })),
  byDay: Type.Array(Type.Object({ day: Type.String(), received: Type.Integer() })),
});
