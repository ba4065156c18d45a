import { Col, Collapse, Grid, Row, Table } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgencyDashboard } from '../../../api/dossiers';
import { EChart } from '../../../components/dossier/echart';
import { formatLocalDate } from '../../catalog/format';
import { PageSection } from '../shared/page-section';
import { localized } from '../../../lib/format';

/** By field (bars: received, on time, late) and by day (line: received), each with its figures as a table. */
export function DashboardCharts({ stats }: { stats: AgencyDashboard }) {
  const { t, i18n } = useTranslation();
  const name = (n: { vi: string; en: string }) => localized(n, i18n.language);
  // On a phone the three series names take two lines: the bars start below them.
  const narrow = Grid.useBreakpoint().md === false;
  const byField = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 8, bottom: 8, top: narrow ? 64 : 36, containLabel: true },
      xAxis: { type: 'category', data: stats.byField.map((f) => localized(f.name, i18n.language)), axisLabel: { interval: 0, overflow: 'break', width: 90 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: t('dashboard.received'), type: 'bar', data: stats.byField.map((f) => f.received), itemStyle: { color: '#1552a0' } },
        { name: t('dashboard.onTime'), type: 'bar', data: stats.byField.map((f) => f.onTime), itemStyle: { color: '#16a34a' } },
        { name: t('dashboard.late'), type: 'bar', data: stats.byField.map((f) => f.late), itemStyle: { color: '#dc2626' } },
      ],
    }),
    [stats, t, i18n.language, narrow],
  );
  const byDay = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 16, bottom: 8, top: 16, containLabel: true },
      xAxis: { type: 'category', data: stats.byDay.map((d) => formatLocalDate(d.day)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ name: t('dashboard.received'), type: 'line', smooth: true, areaStyle: { opacity: 0.15 }, data: stats.byDay.map((d) => d.received), itemStyle: { color: '#1552a0' } }],
    }),
    [stats, t],
  );
  return (
    <Row gutter={16}>
      <Col xs={24} xl={12}>
        <PageSection id="dashboard-by-field" title={t('dashboard.byField')}>
          <EChart option={byField} label={t('dashboard.byFieldChart')} />
          <Collapse
            size="small"
            items={[{ key: 'table', label: t('dashboard.asTable'), children: <Table size="small" pagination={false} rowKey="field" dataSource={stats.byField} columns={[{ title: t('dashboard.field'), key: 'name', render: (_v, f) => name(f.name) }, { title: t('dashboard.received'), dataIndex: 'received' }, { title: t('dashboard.onTime'), dataIndex: 'onTime' }, { title: t('dashboard.late'), dataIndex: 'late' }]} /> }]}
          />
        </PageSection>
      </Col>
      <Col xs={24} xl={12}>
        <PageSection id="dashboard-by-day" title={t('dashboard.byDay')}>
          <EChart option={byDay} label={t('dashboard.byDayChart')} />
          <Collapse
            size="small"
            items={[{ key: 'table', label: t('dashboard.asTable'), children: <Table size="small" pagination={false} rowKey="day" dataSource={stats.byDay} columns={[{ title: t('dashboard.day'), key: 'day', render: (_v, d) => formatLocalDate(d.day) }, { title: t('dashboard.received'), dataIndex: 'received' }]} /> }]}
          />
        </PageSection>
      </Col>
    </Row>
  );
}
