import { Type, type Static } from '@sinclair/typebox';
import { Page, PageQuery } from '../../platform/http/pagination.js';
import { AgencyCode, PlainText, StringEnum, Timestamp, Uuid } from '../../platform/http/schema-types.js';

const Method = StringEnum(['counter', 'bank_transfer'] as const);
const Localized = Type.Object({ vi: Type.String(), en: Type.String() });

export const PaymentInfo = Type.Object({
  dossierCode: Type.String(),
  procedureName: Type.String(),
  fees: Type.Array(Type.Object({ name: Localized, amount: Type.Integer(), quantity: Type.Integer(), total: Type.Integer() })),
  feeTotal: Type.Integer({ description: 'VND' }),
  paid: Type.Integer({ description: 'Paid so far, VND' }),
  outstanding: Type.Integer({ description: 'Still owed, VND' }),
  paidAt: Type.Union([Timestamp(), Type.Null()], { description: 'When the fees were settled' }),
  payments: Type.Array(Type.Object({ amount: Type.Integer(), method: Method, transactionId: Type.Union([Type.String(), Type.Null()]), paidAt: Timestamp() })),
  transfer: Type.Union(
    [
      Type.Object({
        bankBin: Type.String(),
        bankName: Type.String(),
        accountNumber: Type.String(),
        accountName: Type.String(),
        amount: Type.Integer(),
        content: Type.String({ description: 'Transfer content: the dossier code in letters and digits' }),
        vietQr: Type.String({ description: 'The VietQR (EMVCo) payload' }),
        vietQrImage: Type.String({ description: 'The VietQR code as a PNG data: URL' }),
      }),
      Type.Null(),
    ],
    { description: 'How to pay by bank transfer; null when nothing is owed or the desk has no account' },
  ),
});
export type PaymentInfo = Static<typeof PaymentInfo>;

/** The bank's (or its gateway's) credit notification, signed with the shared secret. */
export const BankNotification = Type.Object(
  {
    transactionId: Type.String({ minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9._:-]+$', title: 'Mã giao dịch', 'x-title-en': 'Transaction id' }),
    accountNumber: Type.String({ pattern: '^[0-9A-Za-z]{4,30}$', title: 'Số tài khoản nhận', 'x-title-en': 'Receiving account' }),
    amount: Type.Integer({ minimum: 1, maximum: 100_000_000_000, title: 'Số tiền', 'x-title-en': 'Amount' }),
    content: Type.String({ maxLength: 500, title: 'Nội dung chuyển khoản', 'x-title-en': 'Transfer content' }),
    paidAt: Timestamp({ title: 'Thời điểm giao dịch', 'x-title-en': 'Transaction time' }),
  },
  { additionalProperties: false },
);
export type BankNotification = Static<typeof BankNotification>;

export const NotificationOutcome = Type.Object({
  status: StringEnum(['recorded', 'duplicate', 'unmatched'] as const),
  dossierCode: Type.Union([Type.String(), Type.Null()]),
});

export const PaymentAccountBody = Type.Object(
  {
    bankBin: Type.String({ pattern: '^[0-9]{6}$', title: 'Ngân hàng (mã BIN)', 'x-title-en': 'Bank (BIN)', 'x-error': { vi: 'Mã BIN ngân hàng gồm 6 chữ số.', en: 'A bank BIN has 6 digits.' } }),
    accountNumber: Type.String({ pattern: '^[0-9A-Za-z]{4,30}$', title: 'Số tài khoản', 'x-title-en': 'Account number', 'x-error': { vi: 'Số tài khoản gồm 4–30 chữ số hoặc chữ cái.', en: 'An account number has 4–30 letters or digits.' } }),
    accountName: PlainText({ minLength: 2, maxLength: 100, title: 'Tên chủ tài khoản', 'x-title-en': 'Account holder' }),
  },
  { additionalProperties: false },
);
export type PaymentAccountBody = Static<typeof PaymentAccountBody>;

export const PaymentAccountView = Type.Object({
  agencyCode: Type.String(),
  account: Type.Union([
    Type.Object({ bankBin: Type.String(), bankName: Type.String(), accountNumber: Type.String(), accountName: Type.String(), updatedAt: Timestamp() }),
    Type.Null(),
  ]),
});
export type PaymentAccountView = Static<typeof PaymentAccountView>;

export const AgencyParams = Type.Object({ agencyCode: AgencyCode() });
export const Bank = Type.Object({ bin: Type.String(), shortName: Type.String(), name: Type.String() });

const UnmatchedState = StringEnum(['open', 'assigned', 'refunded'] as const, { title: 'Trạng thái', 'x-title-en': 'State' });

export const UnmatchedQuery = Type.Object({
  agencyCode: Type.Optional(AgencyCode({ title: 'Cơ quan nhận tiền', 'x-title-en': 'Receiving agency' })),
  state: Type.Optional(UnmatchedState),
  ...PageQuery,
});
export type UnmatchedQuery = Static<typeof UnmatchedQuery>;

/** A bank transfer no dossier took: why, and what the desk did with it (docs/payments.md). */
export const UnmatchedPayment = Type.Object({
  transactionId: Type.String(),
  accountNumber: Type.String(),
  amount: Type.Integer({ description: 'VND' }),
  content: Type.String({ description: 'The transfer content, as the bank sent it' }),
  paidAt: Timestamp({ description: "The bank's time of the transfer" }),
  receivedAt: Timestamp({ description: 'When the notification arrived' }),
  agencyCode: Type.Union([Type.String(), Type.Null()], { description: 'The agency whose account received it; null when none (or several) has that account number' }),
  reason: StringEnum(['no_dossier', 'other_account', 'dossier_closed', 'nothing_owed'] as const, {
    description:
      "no_dossier: the content names no dossier (or several); other_account: the named dossier's desk has another account (or none); dossier_closed: the named dossier was withdrawn, not accepted or stopped — refund it; nothing_owed: the named dossier owes no fee",
  }),
  namedDossierCode: Type.Union([Type.String(), Type.Null()], { description: 'The dossier the transfer content named, if one' }),
  state: UnmatchedState,
  dossierId: Type.Union([Uuid(), Type.Null()]),
  dossierCode: Type.Union([Type.String(), Type.Null()]),
  assignedBy: Type.Union([Type.String(), Type.Null()]),
  assignedAt: Type.Union([Timestamp(), Type.Null()]),
  refundedBy: Type.Union([Type.String(), Type.Null()]),
  refundedAt: Type.Union([Timestamp(), Type.Null()]),
  note: Type.Union([Type.String(), Type.Null()], { description: 'What the desk wrote when assigning it, or how it was refunded' }),
});
export type UnmatchedPayment = Static<typeof UnmatchedPayment>;
export const UnmatchedPage = Page(UnmatchedPayment);

export const UnmatchedParams = Type.Object({ transactionId: BankNotification.properties.transactionId });

export const AssignUnmatchedBody = Type.Object(
  {
    dossierId: Uuid({ title: 'Hồ sơ', 'x-title-en': 'Dossier' }),
    note: Type.Optional(PlainText({ maxLength: 500, title: 'Ghi chú', 'x-title-en': 'Note' })),
  },
  { additionalProperties: false },
);
export type AssignUnmatchedBody = Static<typeof AssignUnmatchedBody>;

export const RefundUnmatchedBody = Type.Object(
  {
    note: PlainText({ minLength: 1, maxLength: 500, title: 'Cách hoàn trả (số giao dịch hoàn tiền)', 'x-title-en': "How it was refunded (the refund's transaction number)" }),
  },
  { additionalProperties: false },
);
export type RefundUnmatchedBody = Static<typeof RefundUnmatchedBody>;

export const TransferDossierQuery = Type.Object({ code: Type.String({ minLength: 1, maxLength: 60, title: 'Mã hồ sơ', 'x-title-en': 'Dossier code' }) });

/** The dossier a code names, as the desk checks it before assigning a transfer to it. */
export const TransferDossier = Type.Object({
  id: Uuid(),
  code: Type.String(),
  procedureName: Type.String(),
  applicantName: Type.String(),
  status: Type.String(),
  statusName: Type.Object({ vi: Type.String(), en: Type.String() }),
  receivingAgencyCode: Type.String(),
});
export type TransferDossier = Static<typeof TransferDossier>;
