import { WalletOutlined } from '@ant-design/icons';
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Fee } from '../../api/catalog';
import { CatalogSection } from './catalog-section';
import { formatMoney, localized } from './format';

function FeeItem({ fee }: { fee: Fee }) {
  const { t, i18n } = useTranslation();
  const amount = fee.amount === 0 ? t('catalog.detail.free') : formatMoney(fee.amount, i18n.language);
  return (
    <li>
      <Typography.Text strong style={{ display: 'block', fontSize: 17 }}>
        {localized(fee.name, i18n.language)}
      </Typography.Text>
      <div className="catalog-item-details" style={{ marginLeft: 0 }}>
        <Typography.Text style={{ fontSize: 17 }}>{fee.per && fee.amount > 0 ? t('catalog.detail.feePer', { amount, per: localized(fee.per, i18n.language) }) : amount}</Typography.Text>
        {fee.verify && (
          <Tag color="gold" title={t('catalog.detail.indicativeHint')}>
            {t('catalog.detail.indicative')}
          </Tag>
        )}
        {fee.channel !== 'any' && <Tag>{t(`catalog.detail.channels.${fee.channel}`)}</Tag>}
      </div>
      {fee.exemptions && (
        <Typography.Paragraph style={{ margin: '6px 0 0' }}>
          {t('catalog.detail.exemptions')}: {localized(fee.exemptions, i18n.language)}
        </Typography.Paragraph>
      )}
      {fee.basis && (
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
          {t('catalog.detail.basis', { basis: fee.basis })}
        </Typography.Paragraph>
      )}
    </li>
  );
}

/** Fees and charges, each with who is exempt; amounts set by each province are marked as indicative. */
export function ProcedureFees({ fees }: { fees: Fee[] }) {
  const { t } = useTranslation();
  return (
    <CatalogSection id="procedure-fees" title={t('catalog.detail.fees')} icon={<WalletOutlined />}>
      {fees.length === 0 ? (
        <Typography.Paragraph style={{ marginBottom: 0 }}>{t('catalog.detail.noFees')}</Typography.Paragraph>
      ) : (
        <>
          <ul className="catalog-checklist">
            {fees.map((fee) => (
              <FeeItem key={`${fee.name.vi}-${fee.channel}`} fee={fee} />
            ))}
          </ul>
          {fees.some((f) => f.verify) && (
            <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
              {t('catalog.detail.indicativeHint')}
            </Typography.Paragraph>
          )}
        </>
      )}
    </CatalogSection>
  );
}
