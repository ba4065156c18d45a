import type { Rule } from 'antd/es/form';
import type { TFunction } from 'i18next';

/** The checks the server makes on people's details (server `schema-types.ts`), made before sending. */
export const nationalIdRules = (t: TFunction, required = true): Rule[] => [
  ...(required ? [{ required: true, whitespace: true, message: t('intake.rules.nationalIdRequired') }] : []),
  { pattern: /^[0-9]{12}$/, message: t('intake.rules.nationalId') },
];

export const nameRules = (t: TFunction): Rule[] => [
  { required: true, whitespace: true, message: t('intake.rules.nameRequired') },
  { min: 2, max: 100, message: t('intake.rules.nameLength') },
  { pattern: /^\p{L}[\p{L}\p{M} .'-]*$/u, message: t('intake.rules.name') },
];

export const phoneRules = (t: TFunction): Rule[] => [{ pattern: /^(0|\+84)[0-9]{9}$/, message: t('intake.rules.phone') }];

export const emailRules = (t: TFunction): Rule[] => [{ type: 'email', max: 254, message: t('intake.rules.email') }];

export const addressRules = (t: TFunction): Rule[] => [{ min: 5, max: 300, message: t('intake.rules.address') }];
