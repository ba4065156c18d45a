import { InfoCircleOutlined } from '@ant-design/icons';
import { Collapse, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProcedureDetail } from '../../api/catalog';
import { formatLocalDate, vnToday } from './format';

/**
 * The version in force (and a newer one already published), then, folded away, the points of
 * this procedure still being checked against the law: shown for transparency, not hidden.
 */
export function ProcedureReview({ procedure: p }: { procedure: ProcedureDetail }) {
  const { t } = useTranslation();
  const today = vnToday();
  const upcoming = p.versions.filter((v) => v.version > p.version && v.effectiveFrom > today);
  return (
    <div className="catalog-section" style={{ padding: '0 4px' }}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('catalog.detail.version', { version: p.version, date: formatLocalDate(p.effectiveFrom) })}
        {upcoming.map((v) => (
          <span key={v.version}> {t('catalog.detail.upcomingVersion', { version: v.version, date: formatLocalDate(v.effectiveFrom) })}</span>
        ))}
      </Typography.Paragraph>
      {p.verify.length > 0 && (
        <Collapse
          size="small"
          ghost
          items={[
            {
              key: 'verify',
              label: (
                <Typography.Text type="secondary">
                  <InfoCircleOutlined aria-hidden /> {t('catalog.detail.underReview', { count: p.verify.length })}
                </Typography.Text>
              ),
              children: (
                <>
                  <Typography.Paragraph type="secondary">{t('catalog.detail.underReviewHint')}</Typography.Paragraph>
                  <ul className="catalog-plain-list" lang="vi">
                    {p.verify.map((note) => (
                      <li key={note}>
                        <Typography.Text type="secondary">{note}</Typography.Text>
                      </li>
                    ))}
                  </ul>
                </>
              ),
            },
          ]}
        />
      )}
    </div>
  );
}
