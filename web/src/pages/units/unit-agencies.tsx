import { useQuery } from '@tanstack/react-query';
import { List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { listAgencies } from '../../api/units';
import { ErrorResult } from '../../components/error-result';
import { LoadingBlock } from '../../components/loading-block';

/** The agencies of a unit served by this deployment (none for other provinces). */
export function UnitAgencies({ unitCode }: { unitCode: string }) {
  const { t, i18n } = useTranslation();
  const agencies = useQuery({ queryKey: ['agencies', { unit: unitCode }], queryFn: () => listAgencies({ unit: unitCode, limit: 100 }) });
  if (agencies.isPending) return <LoadingBlock rows={2} />;
  if (agencies.isError) return <ErrorResult error={agencies.error} />;
  if (agencies.data.items.length === 0) return null;
  return (
    <section aria-labelledby="unit-agencies" style={{ marginTop: 24 }}>
      <Typography.Title level={2} id="unit-agencies" style={{ fontSize: 20 }}>
        {t('units.agencies')}
      </Typography.Title>
      <List
        bordered
        style={{ background: '#fff' }}
        dataSource={agencies.data.items}
        renderItem={(agency) => (
          <List.Item>
            <span>
              {i18n.language === 'en' ? agency.nameEn : agency.name}{' '}
              {agency.receivesDossiers && <Tag color="blue">{t('units.receivesDossiers')}</Tag>}
            </span>
          </List.Item>
        )}
      />
    </section>
  );
}
