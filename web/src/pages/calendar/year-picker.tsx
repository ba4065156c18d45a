import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FIRST_YEAR, LAST_YEAR } from '../../api/calendar';

/** Previous year, a list of years around this one, next year. */
export function YearPicker({ year, thisYear, onChange }: { year: number; thisYear: number; onChange: (year: number) => void }) {
  const { t } = useTranslation();
  const years = new Set<number>([year]);
  for (let y = thisYear - 5; y <= thisYear + 3; y++) years.add(y);
  const options = [...years].filter((y) => y >= FIRST_YEAR && y <= LAST_YEAR).sort((a, b) => a - b);
  return (
    <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
      <Button icon={<LeftOutlined aria-hidden />} disabled={year <= FIRST_YEAR} onClick={() => onChange(year - 1)} aria-label={t('calendar.previousYear', { year: year - 1 })} />
      <label htmlFor="calendar-year" className="visually-hidden">
        {t('calendar.year')}
      </label>
      <Select id="calendar-year" value={year} onChange={onChange} options={options.map((y) => ({ value: y, label: String(y) }))} style={{ width: 110 }} size="large" />
      <Button icon={<RightOutlined aria-hidden />} disabled={year >= LAST_YEAR} onClick={() => onChange(year + 1)} aria-label={t('calendar.nextYear', { year: year + 1 })} />
    </div>
  );
}
