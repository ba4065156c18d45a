import { Card, Col, Form, Grid, Input, Row, Segmented, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccount } from '../../../app/session';
import { ErrorResult } from '../../../components/error-result';
import { LoadingBlock } from '../../../components/loading-block';
import { PageTitle } from '../../../components/page-title';
import { AgencySelect } from '../../accounts/agency-select';
import { useAgencyStats } from '../shared/use-dossiers';
import { DashboardCharts } from './dashboard-charts';
import { DashboardFigures } from './dashboard-figures';
import { presetRange, type Preset } from './date-range';
import { agencyNameIn } from '../../../lib/format';

const PRESETS: readonly Preset[] = ['month', 'last7', 'last30', 'year'];

/** "Thống kê": an agency's dossiers for a period — leaders see their agencies, province supervisors any. */
export default function DashboardPage() {
  const { t, i18n } = useTranslation();
  const account = useAccount();
  // Five periods side by side are wider than a phone: there they stack.
  const narrow = Grid.useBreakpoint().sm === false;
  const own = (account?.memberships ?? []).filter((m) => m.role === 'leader' || m.role === 'supervisor');
  const provinceWide = own.some((m) => m.role === 'supervisor' && m.level === 'province');
  const [agency, setAgency] = useState<string | undefined>(own.find((m) => m.role === 'leader')?.agencyCode ?? own[0]?.agencyCode);
  const [preset, setPreset] = useState<Preset | 'custom'>('month');
  const [range, setRange] = useState(presetRange('month'));
  const stats = useAgencyStats(agency && range.from <= range.to ? { agency, ...range } : undefined);
  const choosePreset = (p: Preset) => {
    setPreset(p);
    setRange(presetRange(p));
  };
  return (
    <>
      <PageTitle>{t('dashboard.title')}</PageTitle>
      <Card style={{ marginBottom: 16 }}>
        <Form layout="vertical" component="div" name="dashboard-filters">
          <Row gutter={12}>
            <Col xs={24} lg={10}>
              <Form.Item label={t('dashboard.agency')} htmlFor="dashboard-agency">
                {provinceWide ? (
                  <AgencySelect id="dashboard-agency" value={agency} onChange={setAgency} known={own.map((m) => ({ code: m.agencyCode, name: agencyNameIn(m, i18n.language) }))} />
                ) : (
                  <Select id="dashboard-agency" value={agency} onChange={setAgency} options={[...new Map(own.map((m) => [m.agencyCode, { value: m.agencyCode, label: agencyNameIn(m, i18n.language) }])).values()]} />
                )}
              </Form.Item>
            </Col>
            <Col xs={24} lg={14}>
              <Form.Item label={t('dashboard.period')}>
                <Segmented aria-label={t('dashboard.period')} orientation={narrow ? 'vertical' : 'horizontal'} block={narrow} value={preset} onChange={(v) => v !== 'custom' && choosePreset(v as Preset)} options={[...PRESETS.map((p) => ({ value: p, label: t(`dashboard.presets.${p}`) })), { value: 'custom', label: t('dashboard.presets.custom'), disabled: true }]} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item label={t('dashboard.from')} htmlFor="dashboard-from">
                <Input id="dashboard-from" type="date" value={range.from} max={range.to} onChange={(e) => { setPreset('custom'); setRange({ ...range, from: e.target.value }); }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item label={t('dashboard.to')} htmlFor="dashboard-to">
                <Input id="dashboard-to" type="date" value={range.to} min={range.from} onChange={(e) => { setPreset('custom'); setRange({ ...range, to: e.target.value }); }} />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      {!agency ? null : stats.isPending ? (
        <LoadingBlock rows={6} />
      ) : stats.isError ? (
        <ErrorResult error={stats.error} onRetry={() => void stats.refetch()} />
      ) : (
        <div aria-busy={stats.isFetching}>
          <DashboardFigures stats={stats.data} />
          <DashboardCharts stats={stats.data} />
        </div>
      )}
    </>
  );
}
