import type { Rule } from 'antd/es/form';
import type { TFunction } from 'i18next';
import type { EField } from './eform-schema';
import { localized } from '../../lib/format';

/**
 * The checks a field's schema asks for, made on the device before anything is sent:
 * required, pattern, length, range, e-mail, a declaration that must be ticked. The server
 * checks again (and checks the conditional rules these cannot express).
 */
export function rulesFor(field: EField, t: TFunction, language: string): Rule[] {
  const label = localized(field.title, language);
  const rules: Rule[] = [];
  if (field.kind === 'boolean' && field.mustBeTrue) {
    rules.push({ validator: (_r, value: unknown) => (value === true ? Promise.resolve() : Promise.reject(new Error(t('eform.mustTick')))) });
    return rules;
  }
  if (field.required) {
    const message = field.kind === 'choice' || field.kind === 'multiChoice' ? t('eform.requiredChoice', { label }) : t('eform.required', { label });
    if (field.kind === 'list' || field.kind === 'multiChoice') {
      // Typed, or async-validator reads a list as a string and calls one chosen item "missing".
      rules.push({ required: true, type: 'array', min: Math.max(1, field.minItems ?? 1), message });
    } else {
      rules.push({ required: true, message, whitespace: field.kind === 'text' || field.kind === 'textarea' });
    }
  }
  if (field.pattern) {
    let pattern: RegExp | undefined;
    try {
      pattern = new RegExp(field.pattern, 'u');
    } catch {
      pattern = undefined;
    }
    if (pattern) rules.push({ pattern, message: field.description ? t('eform.patternHint', { label, hint: field.description }) : t('eform.pattern', { label }) });
  }
  if (field.maxLength !== undefined && (field.kind === 'text' || field.kind === 'textarea' || field.kind === 'email')) {
    rules.push({ max: field.maxLength, message: t('eform.maxLength', { label, max: field.maxLength }) });
  }
  if (field.minLength !== undefined && field.minLength > 1) rules.push({ min: field.minLength, message: t('eform.minLength', { label, min: field.minLength }) });
  if (field.kind === 'email') rules.push({ type: 'email', message: t('eform.email', { label }) });
  if (field.kind === 'integer' || field.kind === 'number') {
    rules.push({ type: 'number', ...(field.minimum !== undefined ? { min: field.minimum } : {}), ...(field.maximum !== undefined ? { max: field.maximum } : {}), message: t('eform.range', { label, min: field.minimum ?? '…', max: field.maximum ?? '…' }) });
  }
  if (field.kind === 'list' && field.maxItems !== undefined) rules.push({ type: 'array', max: field.maxItems, message: t('eform.maxItems', { label, max: field.maxItems }) });
  return rules;
}
