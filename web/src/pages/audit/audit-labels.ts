import type { TFunction } from 'i18next';

/** Actions the server records today (see recordAudit calls); others show as recorded. */
export const AUDIT_ACTIONS = [
  'account.created',
  'account.registered',
  'account.updated',
  'account.roles_changed',
  'account.role-granted',
  'account.password_reset',
  'account.unlocked',
  'auth.login',
  'auth.login_failed',
  'auth.locked',
  'auth.logout',
  'auth.password_changed',
  'agencies.provisioned',
] as const;

export const AUDIT_ENTITY_TYPES = ['account', 'login', 'province'] as const;

/** i18next reads dots as nesting, so `account.created` is looked up as `account_created`. */
const keyOf = (value: string) => value.replace(/[.-]/g, '_');

export function actionLabel(t: TFunction, action: string): string {
  return t(`audit.actions.${keyOf(action)}` as 'audit.actions.auth_login', { defaultValue: action });
}

export function entityTypeLabel(t: TFunction, type: string): string {
  return t(`audit.entityTypes.${keyOf(type)}` as 'audit.entityTypes.account', { defaultValue: type });
}

/** A recorded field's name in the user's language; unknown fields show as recorded. */
export function fieldLabel(t: TFunction, field: string): string {
  return t(`audit.fields.${keyOf(field)}` as 'audit.fields.status', { defaultValue: field });
}
