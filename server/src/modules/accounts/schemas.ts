import { Type, type Static } from '@sinclair/typebox';
import { ROLES } from '../../platform/auth/actor.js';
import { Page, PageQuery } from '../../platform/http/pagination.js';
import { AgencyCode, Email, StringEnum, LocalizedText, NationalId, PersonName, Phone, SearchQuery, Timestamp, Uuid } from '../../platform/http/schema-types.js';
import { text } from '../../platform/i18n.js';

export const Role = StringEnum(ROLES, { title: 'Vai trò', 'x-title-en': 'Role', description: 'admin, officer (one-stop), specialist, leader, clerk, supervisor' });

export const AccountKind = StringEnum(['staff', 'citizen'] as const, { title: 'Loại tài khoản', 'x-title-en': 'Account kind' });
export const AccountStatus = StringEnum(['active', 'disabled'] as const, { title: 'Trạng thái', 'x-title-en': 'Status' });

export const Username = Type.String({
  pattern: '^[a-z][a-z0-9._-]{2,39}$',
  title: 'Tên đăng nhập',
  'x-title-en': 'Username',
  'x-error': text(
    'Tên đăng nhập gồm 3–40 ký tự chữ thường không dấu, số, dấu chấm, gạch dưới hoặc gạch ngang, bắt đầu bằng chữ cái.',
    'A username has 3–40 lower-case letters without diacritics, digits, dots, underscores or hyphens, starting with a letter.',
  ),
});

export const Password = Type.String({ minLength: 1, maxLength: 200, title: 'Mật khẩu', 'x-title-en': 'Password' });
export const NewPassword = Type.String({ minLength: 1, maxLength: 200, title: 'Mật khẩu mới', 'x-title-en': 'New password' });

export const MembershipInput = Type.Object({ agencyCode: AgencyCode(), role: Role }, { additionalProperties: false });
export type MembershipInput = Static<typeof MembershipInput>;

export const MembershipView = Type.Object({
  agencyCode: Type.String(),
  agencyName: Type.String(),
  agencyNameEn: Type.String(),
  agencyKind: Type.String(),
  unitCode: Type.String(),
  unitName: Type.String(),
  level: StringEnum(['province', 'commune'] as const),
  role: Role,
  roleName: LocalizedText,
});
export type MembershipView = Static<typeof MembershipView>;

export const Account = Type.Object({
  id: Type.String({ format: 'uuid' }),
  kind: AccountKind,
  username: Type.String(),
  fullName: Type.String(),
  nationalId: Type.Union([Type.String(), Type.Null()]),
  phone: Type.Union([Type.String(), Type.Null()]),
  email: Type.Union([Type.String(), Type.Null()]),
  status: AccountStatus,
  mustChangePassword: Type.Boolean(),
  lockedUntil: Type.Union([Timestamp(), Type.Null()]),
  identityVerified: Type.Boolean({ description: 'Identity confirmed with the national digital identity (VNeID)' }),
  createdAt: Timestamp(),
  updatedAt: Timestamp(),
  memberships: Type.Array(MembershipView),
});
export type Account = Static<typeof Account>;

export const AccountPage = Page(Account);

export const ListAccountsQuery = Type.Object({
  q: Type.Optional(SearchQuery()),
  kind: Type.Optional(AccountKind),
  agency: Type.Optional(AgencyCode()),
  role: Type.Optional(Role),
  status: Type.Optional(AccountStatus),
  ...PageQuery,
});
export type ListAccountsQuery = Static<typeof ListAccountsQuery>;

export const AccountParams = Type.Object({ id: Uuid({ title: 'Mã tài khoản', 'x-title-en': 'Account id' }) });

export const CreateStaffAccount = Type.Object({
  username: Username,
  fullName: PersonName(),
  email: Type.Optional(Email()),
  phone: Type.Optional(Phone()),
  password: Type.String({ minLength: 1, maxLength: 200, title: 'Mật khẩu ban đầu', 'x-title-en': 'Initial password' }),
  memberships: Type.Array(MembershipInput, { minItems: 1, maxItems: 50, title: 'Vai trò tại cơ quan', 'x-title-en': 'Roles at agencies' }),
}, { additionalProperties: false });
export type CreateStaffAccount = Static<typeof CreateStaffAccount>;

export const UpdateAccount = Type.Object(
  {
    fullName: Type.Optional(PersonName()),
    email: Type.Optional(Type.Union([Email(), Type.Null()])),
    phone: Type.Optional(Type.Union([Phone(), Type.Null()])),
    status: Type.Optional(AccountStatus),
  },
  { minProperties: 1, additionalProperties: false },
);
export type UpdateAccount = Static<typeof UpdateAccount>;

export const ReplaceMemberships = Type.Object({
  memberships: Type.Array(MembershipInput, { maxItems: 50, title: 'Vai trò tại cơ quan', 'x-title-en': 'Roles at agencies' }),
}, { additionalProperties: false });
export type ReplaceMemberships = Static<typeof ReplaceMemberships>;

export const ResetPassword = Type.Object({ newPassword: NewPassword }, { additionalProperties: false });

export const RegisterCitizen = Type.Object({
  fullName: PersonName(),
  nationalId: NationalId(),
  phone: Phone(),
  email: Type.Optional(Email()),
  password: Password,
}, { additionalProperties: false });
export type RegisterCitizen = Static<typeof RegisterCitizen>;

export const Login = Type.Object({
  login: Type.String({
    minLength: 1,
    maxLength: 100,
    title: 'Tên đăng nhập hoặc số định danh',
    'x-title-en': 'Username or personal ID number',
  }),
  password: Password,
}, { additionalProperties: false });
export type Login = Static<typeof Login>;

export const SessionView = Type.Object({
  account: Account,
  csrfToken: Type.String({ description: 'Send it back in the X-CSRF-Token header on POST, PUT, PATCH and DELETE' }),
  expiresAt: Timestamp(),
});
export type SessionView = Static<typeof SessionView>;

export const ChangePassword = Type.Object({ currentPassword: Password, newPassword: NewPassword }, { additionalProperties: false });
export type ChangePassword = Static<typeof ChangePassword>;

export const Done = Type.Object({ ok: Type.Literal(true) });
