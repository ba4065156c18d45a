import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CalendarHoliday } from '../../api/calendar';
import { formatLocalDate, localized, weekdayOf } from '../catalog/format';

const KIND_COLORS: Record<string, string> = { 'public-holiday': 'red', compensatory: 'orange', 'day-off': 'blue' };
const KINDS = ['public-holiday', 'compensatory', 'day-off'] as const;
type Kind = (typeof KINDS)[number];
const isKind = (kind: string): kind is Kind => (KINDS as readonly string[]).includes(kind);

/** The days off of a year other than ordinary weekends, one line each, with the weekday. */
export function DaysOffList({ holidays }: { holidays: CalendarHoliday[] }) {
  const { t, i18n } = useTranslation();
  if (holidays.length === 0) return <Typography.Paragraph>{t('calendar.noDaysOff')}</Typography.Paragraph>;
  return (
    <ul className="calendar-days">
      {holidays.map((h) => (
        <li key={`${h.date}-${h.kind}`}>
          <span className="calendar-day-date">
            <time dateTime={h.date}>{formatLocalDate(h.date)}</time>
            <Typography.Text type="secondary" style={{ display: 'block' }}>
              {weekdayOf(h.date, i18n.language)}
            </Typography.Text>
          </span>
          <span>
            <span style={{ display: 'block' }}>{localized(h.name, i18n.language)}</span>
            {isKind(h.kind) && <Tag color={KIND_COLORS[h.kind]}>{t(`calendar.kinds.${h.kind}`)}</Tag>}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Saturdays worked to make up for a swapped weekday (làm bù). */
export function MakeUpDaysList({ days }: { days: { date: string; reason: { vi: string; en: string } }[] }) {
  const { t, i18n } = useTranslation();
  if (days.length === 0) return <Typography.Paragraph style={{ marginBottom: 0 }}>{t('calendar.noMakeUpDays')}</Typography.Paragraph>;
  return (
    <ul className="calendar-days">
      {days.map((d) => (
        <li key={d.date}>
          <span className="calendar-day-date">
            <time dateTime={d.date}>{formatLocalDate(d.date)}</time>
            <Typography.Text type="secondary" style={{ display: 'block' }}>
              {weekdayOf(d.date, i18n.language)}
            </Typography.Text>
          </span>
          <span>{localized(d.reason, i18n.language)}</span>
        </li>
      ))}
    </ul>
  );
}
