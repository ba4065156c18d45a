import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CalendarYear } from '../../api/calendar';
import { formatLocalDate } from '../catalog/format';

/** The documents behind the year's days off (or why there are none: the Labour Code's defaults). */
export function CalendarSources({ data }: { data: CalendarYear }) {
  const { t } = useTranslation();
  const decisions = data.decisions;
  if (!decisions || decisions.sources.length === 0) return <Typography.Paragraph style={{ marginBottom: 0 }}>{t('calendar.lawDefaults')}</Typography.Paragraph>;
  return (
    <>
      <ul className="catalog-plain-list" lang="vi">
        {decisions.sources.map((s) => (
          <li key={s.document}>
            <strong>{s.document}</strong> — {s.issuer}, {formatLocalDate(s.date)}
            <Typography.Text type="secondary" style={{ display: 'block' }}>
              {s.about}
            </Typography.Text>
            {s.url && (
              <a href={s.url} target="_blank" rel="noopener noreferrer" aria-label={`${t('calendar.openSource')}: ${s.document}`}>
                {t('calendar.openSource')}
              </a>
            )}
          </li>
        ))}
      </ul>
      {decisions.verify && <Tag color="gold">{t('calendar.verify')}</Tag>}
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
        {t('calendar.lawNote')}
      </Typography.Paragraph>
    </>
  );
}
