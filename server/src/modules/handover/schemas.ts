import { Type, type Static } from '@sinclair/typebox';
import { AgencyCode, PlainText, SearchQuery, StringEnum, Timestamp, UnitCode, Uuid } from '../../platform/http/schema-types.js';
import { Page, PageQuery } from '../../platform/http/pagination.js';


const Localized = Type.Object({ vi: Type.String(), en: Type.String() });

/** An old dossier code as printed on an old receipt. */
export const LegacyCode = (options: Record<string, unknown> = {}) =>
  Type.String({ pattern: '^[0-9A-Za-z][0-9A-Za-z._-]{3,59}$', title: 'Mã hồ sơ cũ', 'x-title-en': 'Old dossier code', ...options });

export const ImportSummary = Type.Object({
  id: Uuid(),
  fileName: Type.String(),
  fileSha256: Type.String(),
  fileSize: Type.Integer(),
  format: StringEnum(['jsonl', 'csv'] as const),
  state: StringEnum(['running', 'completed'] as const, { description: 'running: not finished (or interrupted: run the import again to resume)' }),
  lineNumber: Type.Integer({ description: 'Lines read and committed (the checkpoint)' }),
  byteOffset: Type.Integer({ description: 'Bytes read and committed (the checkpoint)' }),
  accepted: Type.Integer(),
  unchanged: Type.Integer({ description: 'Rows already imported identically from another file' }),
  rejected: Type.Integer(),
  startedBy: Type.String(),
  startedAt: Timestamp(),
  finishedAt: Type.Union([Timestamp(), Type.Null()]),
});
export type ImportSummary = Static<typeof ImportSummary>;
export const ImportList = Type.Object({ items: Type.Array(ImportSummary) });

export const ImportParams = Type.Object({ id: Uuid() });
export const RejectsQuery = Type.Object({ afterLine: Type.Optional(Type.Integer({ minimum: 0, title: 'Sau dòng', 'x-title-en': 'After line' })), limit: PageQuery.limit });
export const RejectedRow = Type.Object({
  line: Type.Integer(),
  byteOffset: Type.Integer(),
  legacyCode: Type.Union([Type.String(), Type.Null()]),
  reasons: Type.Array(Type.Object({ field: Type.String(), message: Localized })),
  raw: Type.String({ description: 'The row as read (the first 4,000 characters)' }),
});
export const RejectList = Type.Object({ items: Type.Array(RejectedRow), nextAfterLine: Type.Union([Type.Integer(), Type.Null()]) });

export const TransferBody = Type.Object(
  {
    extendWorkingDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 60, title: 'Gia hạn (ngày làm việc)', 'x-title-en': 'Extension (working days)' })),
    decision: Type.Optional(PlainText({ minLength: 3, maxLength: 300, title: 'Quyết định gia hạn', 'x-title-en': 'Extension decision', description: 'Number and date of the decision that extends the due dates' })),
  },
  { additionalProperties: false },
);
export type TransferBody = Static<typeof TransferBody>;

export const Transfer = Type.Object({
  id: Uuid(),
  state: StringEnum(['running', 'completed', 'failed'] as const),
  options: Type.Unknown(),
  total: Type.Integer({ description: 'Dossiers staged when the transfer started' }),
  processed: Type.Integer(),
  handedOver: Type.Integer(),
  inReview: Type.Integer(),
  percent: Type.Number(),
  startedBy: Type.String(),
  startedAt: Timestamp(),
  updatedAt: Timestamp(),
  finishedAt: Type.Union([Timestamp(), Type.Null()]),
  lastError: Type.Union([Type.String(), Type.Null()]),
});
export type Transfer = Static<typeof Transfer>;
export const TransferList = Type.Object({ items: Type.Array(Transfer) });
export const TransferParams = Type.Object({ id: Uuid() });

export const TransferPlan = Type.Object({
  total: Type.Integer(),
  handOver: Type.Integer(),
  review: Type.Integer(),
  byRule: Type.Record(Type.String(), Type.Integer()),
  byOldUnit: Type.Array(Type.Object({ oldUnitCode: Type.String(), oldUnitName: Type.String(), handOver: Type.Integer(), review: Type.Integer(), targets: Type.Record(Type.String(), Type.Integer()) })),
  byNewUnit: Type.Array(Type.Object({ agencyCode: Type.String(), agencyName: Type.String(), handOver: Type.Integer(), review: Type.Integer() })),
});

export const ReviewQuery = Type.Object({
  reviewAgency: Type.Optional(AgencyCode({ title: 'Cơ quan xem xét', 'x-title-en': 'Reviewing agency' })),
  oldUnit: Type.Optional(UnitCode({ title: 'Đơn vị cũ', 'x-title-en': 'Former unit' })),
  procedure: Type.Optional(Type.String({ pattern: '^[a-z0-9-]{2,100}$', title: 'Thủ tục', 'x-title-en': 'Procedure' })),
  q: Type.Optional(SearchQuery()),
  ...PageQuery,
});
export type ReviewQuery = Static<typeof ReviewQuery>;

export const ReviewItem = Type.Object({
  legacyCode: Type.String(),
  oldUnit: Type.Object({ code: Type.String(), name: Type.String() }),
  oldAgencyName: Type.String(),
  procedure: Type.Object({ slug: Type.String(), name: Type.String(), level: StringEnum(['province', 'commune'] as const) }),
  applicantName: Type.String(),
  address: Type.Union([Type.String(), Type.Null()]),
  status: Type.String(),
  receivedAt: Type.Union([Timestamp(), Type.Null()]),
  dueAt: Type.Union([Timestamp(), Type.Null()]),
  reviewAgencyCode: Type.String({ description: "Who decides: the province Department of Justice for civil status (Decree 120/2025), else the province People's Committee" }),
  reviewDueAt: Type.Union([Timestamp(), Type.Null()], { description: 'Civil status: the province assigns a commune within 2 working days' }),
  rule: Type.String(),
  reason: Type.String(),
  candidates: Type.Array(Type.Object({ code: Type.String(), name: Type.String() }), { description: 'The new communes that took over the old unit' }),
});
export type ReviewItem = Static<typeof ReviewItem>;
export const ReviewPage = Page(ReviewItem);

export const ReviewParams = Type.Object({ code: LegacyCode() });
export const AssignBody = Type.Object(
  {
    unitCode: Type.Optional(UnitCode({ title: 'Xã/phường tiếp nhận', 'x-title-en': 'Commune taking it over', description: 'A current commune of the province (for commune-level procedures)' })),
    reason: PlainText({ minLength: 3, maxLength: 500, title: 'Lý do phân công', 'x-title-en': 'Reason' }),
    extendWorkingDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 60, title: 'Gia hạn (ngày làm việc)', 'x-title-en': 'Extension (working days)' })),
    decision: Type.Optional(PlainText({ minLength: 3, maxLength: 300, title: 'Quyết định gia hạn', 'x-title-en': 'Extension decision' })),
  },
  { additionalProperties: false },
);
export type AssignBody = Static<typeof AssignBody>;
export const Assigned = Type.Object({ legacyCode: Type.String(), dossierId: Uuid(), code: Type.String(), competentAgencyCode: Type.String(), dueAt: Type.Union([Timestamp(), Type.Null()]) });
export type Assigned = Static<typeof Assigned>;

export const OldUnitLine = Type.Object({
  oldUnitCode: Type.String(),
  oldUnitName: Type.String(),
  received: Type.Integer(),
  staged: Type.Integer(),
  handedOver: Type.Integer(),
  inReview: Type.Integer(),
  finished: Type.Integer({ description: 'Finished in the old system, or since the hand-over' }),
  overdue: Type.Integer({ description: 'Taken over, still open, past the due date now' }),
});
export type OldUnitLine = Static<typeof OldUnitLine>;
export const NewUnitLine = Type.Object({
  agencyCode: Type.String(),
  agencyName: Type.String(),
  unitCode: Type.String(),
  handedOver: Type.Integer(),
  inReview: Type.Integer(),
  finished: Type.Integer(),
  open: Type.Integer(),
  overdue: Type.Integer(),
});
export type NewUnitLine = Static<typeof NewUnitLine>;
export const HandoverReport = Type.Object({
  generatedAt: Timestamp(),
  totals: Type.Object({ received: Type.Integer(), staged: Type.Integer(), handedOver: Type.Integer(), inReview: Type.Integer(), finished: Type.Integer(), overdue: Type.Integer() }),
  byOldUnit: Type.Array(OldUnitLine),
  byNewUnit: Type.Array(NewUnitLine),
});
export type HandoverReport = Static<typeof HandoverReport>;
export const ReportCsvQuery = Type.Object({ by: StringEnum(['old_unit', 'new_unit'] as const, { title: 'Theo', 'x-title-en': 'By' }) });
