import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AgencyDashboard } from '../../../api/dossiers';

/** The headline figures: received, finished on time, late, in progress, overdue now, and the on-time rate. */
export function DashboardFigures({ stats }: { stats: AgencyDashboard }) {
  const { t, i18n } = useTranslation();
  const ended = stats.onTime + stats.late;
  const rate = ended > 0 ? new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'vi-VN', { style: 'percent', maximumFractionDigits: 1 }).format(stats.onTime / ended) : '—';
  const figures = [
    { key: 'received', title: t('dashboard.received'), value: stats.received, color: '#1552a0' },
    { key: 'onTime', title: t('dashboard.onTime'), value: stats.onTime, color: '#15803d' },
    { key: 'late', title: t('dashboard.late'), value: stats.late, color: '#b91c1c' },
    { key: 'inProgress', title: t('dashboard.inProgress'), value: stats.inProgress, color: '#1f2937' },
    { key: 'overdueNow', title: t('dashboard.overdueNow'), value: stats.overdueNow, color: '#b91c1c' },
    { key: 'rate', title: t('dashboard.onTimeRate'), value: rate, color: '#15803d' },
  ];
  return (
    <section aria-label={t('dashboard.figures')}>
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
        {figures.map((f) => (
          <Col key={f.key} xs={12} md={8} xl={4}>
            <Card size="small">
              <Statistic title={f.title} value={f.value} styles={{ content: { color: f.color } }} />
            </Card>
          </Col>
        ))}
      </Row>
    </section>
  );
}
