import { useQuery } from '@tanstack/react-query';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { FIRST_YEAR, getCalendarYear, LAST_YEAR } from '../../api/calendar';
import { ErrorResult } from '../../components/error-result';
import { LoadingBlock } from '../../components/loading-block';
import { PageTitle } from '../../components/page-title';
import { CatalogSection } from '../catalog/catalog-section';
import { vnToday } from '../catalog/format';
import { CalendarSources } from './calendar-sources';
import { DaysOffList, MakeUpDaysList } from './days-off-list';
import { DueDateTool } from './due-date-tool';
import { YearPicker } from './year-picker';
import '../catalog/catalog.css';
import './calendar.css';

/** "Lịch làm việc": a year's days off and make-up working days, and a due-date calculator. */
export default function WorkingCalendarPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const thisYear = Number(vnToday().slice(0, 4));
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked >= FIRST_YEAR && asked <= LAST_YEAR ? asked : thisYear;
  const calendar = useQuery({ queryKey: ['calendar', 'year', year], queryFn: () => getCalendarYear(year), staleTime: 10 * 60_000 });
  return (
    <>
      <PageTitle extra={<YearPicker year={year} thisYear={thisYear} onChange={(y) => setParams({ year: String(y) })} />}>
        {t('calendar.title', { year })}
      </PageTitle>
      <Typography.Paragraph style={{ fontSize: 17 }}>{t('calendar.intro')}</Typography.Paragraph>
      {calendar.isPending ? (
        <LoadingBlock rows={6} />
      ) : calendar.isError ? (
        <ErrorResult error={calendar.error} onRetry={() => void calendar.refetch()} />
      ) : (
        <>
          <CatalogSection id="calendar-days-off" title={t('calendar.daysOff', { year })}>
            <DaysOffList holidays={calendar.data.holidays} />
          </CatalogSection>
          <CatalogSection id="calendar-make-up" title={t('calendar.makeUpDays')}>
            <MakeUpDaysList days={calendar.data.makeUpWorkingDays} />
          </CatalogSection>
          <CatalogSection id="calendar-sources" title={t('calendar.sources')}>
            <CalendarSources data={calendar.data} />
          </CatalogSection>
        </>
      )}
      <CatalogSection id="calendar-due" title={t('calendar.due.title')}>
        <DueDateTool />
      </CatalogSection>
    </>
  );
}
