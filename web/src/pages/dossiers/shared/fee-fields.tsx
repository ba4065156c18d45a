import { Checkbox, Form, InputNumber, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Fee } from '../../../api/catalog';
import { formatMoney, localized } from '../../catalog/format';
import { feeTotal, type IntakeValues } from './intake-values';

/** A fee applies to this channel: online filings may have their own (often lower) rates. */
export const feeApplies = (fee: Fee, channel: 'online' | 'in_person'): boolean => fee.channel === 'any' || fee.channel === channel;

/**
 * The fees that apply: a box per fee (with how many, when charged per copy or per page),
 * the amount, and the total. Fees are chosen by the person; the agency confirms them.
 */
export function FeeFields({ fees, channel }: { fees: Fee[]; channel: 'online' | 'in_person' }) {
  const { t, i18n } = useTranslation();
  const chosen = Form.useWatch<IntakeValues['fees']>('fees');
  const total = feeTotal(fees, chosen);
  const applicable = fees.map((fee, index) => ({ fee, index })).filter(({ fee }) => feeApplies(fee, channel));
  if (applicable.length === 0) return <Typography.Paragraph>{t('intake.noFees')}</Typography.Paragraph>;
  return (
    <div>
      <ul className="intake-list" aria-label={t('intake.fees')}>
        {applicable.map(({ fee, index }) => {
          const name = localized(fee.name, i18n.language);
          const amount = fee.amount === 0 ? t('intake.free') : formatMoney(fee.amount, i18n.language);
          const on = chosen?.[index]?.on === true;
          return (
            <li key={index}>
              <Form.Item name={['fees', index, 'on']} valuePropName="checked" style={{ marginBottom: 4 }}>
                <Checkbox>
                  {name} — <strong>{fee.per && fee.amount > 0 ? `${amount} / ${localized(fee.per, i18n.language)}` : amount}</strong>
                </Checkbox>
              </Form.Item>
              {fee.verify && <Tag color="gold">{t('intake.indicative')}</Tag>}
              {on && fee.amount > 0 && fee.per && (
                <Form.Item name={['fees', index, 'quantity']} label={t('intake.quantity', { per: localized(fee.per, i18n.language) })} initialValue={1} style={{ marginBottom: 4 }}>
                  <InputNumber min={1} max={1000} precision={0} inputMode="numeric" aria-label={t('intake.quantityOf', { fee: name })} />
                </Form.Item>
              )}
            </li>
          );
        })}
      </ul>
      <Typography.Paragraph strong style={{ fontSize: 18, margin: '8px 0 0' }} role="status" aria-live="polite">
        {t('intake.feeTotal', { total: formatMoney(total, i18n.language) })}
      </Typography.Paragraph>
    </div>
  );
}
