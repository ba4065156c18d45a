import { NodeIndexOutlined } from '@ant-design/icons';
import { useQueries } from '@tanstack/react-query';
import { Steps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FlowStep, ProcedureDetail } from '../../api/catalog';
import { listAgencies } from '../../api/units';
import { CatalogSection } from './catalog-section';
import { formatNumber, localized } from './format';

const NAMED = new Set(['service_center', 'competent']);

/** Names of the agency kinds a flow names besides the desk and the competent agency (a Sở…). */
function useAgencyKindNames(flow: FlowStep[]): Map<string, { vi: string; en: string }> {
  const kinds = [...new Set(flow.map((s) => s.agency).filter((a) => !NAMED.has(a)))];
  const results = useQueries({
    queries: kinds.map((kind) => ({
      queryKey: ['agencies', { kind, limit: 1 }],
      queryFn: () => listAgencies({ kind, limit: 1 }),
      staleTime: Infinity,
    })),
  });
  const names = new Map<string, { vi: string; en: string }>();
  kinds.forEach((kind, i) => {
    const agency = results[i]?.data?.items[0];
    if (agency) names.set(kind, { vi: agency.name, en: agency.nameEn });
  });
  return names;
}

/** How the dossier moves once received: each step, who acts and how many working hours it takes. */
export function ProcedureFlow({ procedure: p }: { procedure: ProcedureDetail }) {
  const { t, i18n } = useTranslation();
  const names = useAgencyKindNames(p.flow);
  const agencyName = (agency: string) => {
    if (agency === 'service_center') return t('catalog.detail.serviceCenter');
    if (agency === 'competent') return localized(p.competentAgencyKindName, i18n.language);
    const name = names.get(agency);
    return name ? localized(name, i18n.language) : t('catalog.detail.otherAgency');
  };
  const total = p.flow.reduce((sum, s) => sum + s.hours, 0);
  return (
    <CatalogSection id="procedure-flow" title={t('catalog.detail.flow')} icon={<NodeIndexOutlined />}>
      <Steps
        orientation="vertical"
        current={-1}
        items={p.flow.map((step) => ({
          key: step.key,
          status: 'process',
          title: localized(step.name, i18n.language),
          content: (
            <Typography.Text type="secondary">
              {t(`roles.${step.role}`)} · {agencyName(step.agency)} · {t('catalog.detail.hours', { hours: formatNumber(step.hours, i18n.language) })}
            </Typography.Text>
          ),
        }))}
      />
      <Typography.Paragraph style={{ margin: 0 }}>{t('catalog.detail.flowTotal', { hours: formatNumber(total, i18n.language) })}</Typography.Paragraph>
    </CatalogSection>
  );
}
