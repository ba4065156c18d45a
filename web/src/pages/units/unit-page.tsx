import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { paths } from '../../app/paths';
import { getUnit } from '../../api/units';
import type { LinkedUnit } from '../../api/types';
import { ErrorResult } from '../../components/error-result';
import { LoadingBlock } from '../../components/loading-block';
import { PageTitle } from '../../components/page-title';
import { formatDate } from '../../lib/format';
import { SuccessionTag } from './succession-tag';
import { UnitAgencies } from './unit-agencies';

function LinkedUnits({ title, units }: { title: string; units: LinkedUnit[] }) {
  if (units.length === 0) return null;
  return (
    <Card title={title} style={{ marginTop: 16 }}>
      <List
        dataSource={units}
        renderItem={(l) => (
          <List.Item>
            <span>
              <Link to={paths.unit(l.unit.code)}>{l.unit.name}</Link> <Typography.Text type="secondary">({l.unit.code})</Typography.Text> <SuccessionTag kind={l.kind} />
            </span>
          </List.Item>
        )}
      />
    </Card>
  );
}

/** One administrative unit: where it sits, what it took over, and its agencies. */
export default function UnitPage() {
  const { t, i18n } = useTranslation();
  const { code = '' } = useParams();
  const unit = useQuery({ queryKey: ['units', code], queryFn: () => getUnit(code) });
  if (unit.isPending) return <LoadingBlock />;
  if (unit.isError) return <ErrorResult error={unit.error} onRetry={() => void unit.refetch()} />;
  const u = unit.data;
  return (
    <>
      <PageTitle>{u.name}</PageTitle>
      <Descriptions bordered column={1} size="small" style={{ background: '#fff' }}>
        <Descriptions.Item label={t('units.codeLabel')}>{u.code}</Descriptions.Item>
        <Descriptions.Item label={t('units.type')}>{u.type}</Descriptions.Item>
        {u.province && <Descriptions.Item label={t('units.province')}>{u.province.name}</Descriptions.Item>}
        <Descriptions.Item label={t('units.validFrom')}>{u.validFrom ? formatDate(u.validFrom, i18n.language) : t('units.sinceRecords')}</Descriptions.Item>
        {u.validTo && <Descriptions.Item label={t('units.validTo')}>{formatDate(u.validTo, i18n.language)}</Descriptions.Item>}
      </Descriptions>
      <LinkedUnits title={t('units.predecessors')} units={u.predecessors} />
      <LinkedUnits title={t('units.successors')} units={u.successors} />
      <UnitAgencies unitCode={u.code} />
    </>
  );
}
