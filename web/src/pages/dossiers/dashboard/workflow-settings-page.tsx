import { Card, Switch, Typography } from 'antd';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Membership } from '../../../api/types';
import { useAccount } from '../../../app/session';
import { ErrorResult } from '../../../components/error-result';
import { LoadingBlock } from '../../../components/loading-block';
import { PageTitle } from '../../../components/page-title';
import { ProblemAlert } from '../../../components/problem-alert';
import { useAgencySettings, useSaveAgencySettings } from '../shared/use-dossiers';
import { agencyNameIn } from '../../../lib/format';

function AgencySwitch({ membership }: { membership: Membership }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const settings = useAgencySettings(membership.agencyCode);
  const save = useSaveAgencySettings(membership.agencyCode);
  const id = `auto-assign-${membership.agencyCode}`;
  return (
    <Card style={{ marginBottom: 16 }} title={<h2 style={{ fontSize: 18, margin: 0, whiteSpace: 'normal' }}>{agencyNameIn(membership, i18n.language)}</h2>}>
      {settings.isPending ? (
        <LoadingBlock rows={1} />
      ) : settings.isError ? (
        <ErrorResult error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <>
          <ProblemAlert error={save.error} />
          <div style={{ display: 'flex', gap: 12, alignItems: 'center' }}>
            <Switch
              id={id}
              checked={settings.data.autoAssign}
              loading={save.isPending}
              onChange={(on) => save.mutate(on, { onSuccess: () => void message.success(on ? t('settings.turnedOn') : t('settings.turnedOff')) })}
              aria-describedby={`${id}-hint`}
            />
            <label htmlFor={id} style={{ fontSize: 17 }}>
              {t('settings.autoAssign')}
            </label>
          </div>
          <Typography.Paragraph type="secondary" id={`${id}-hint`} style={{ margin: '8px 0 0' }}>
            {settings.data.autoAssign ? t('settings.autoAssignOn') : t('settings.autoAssignOff')}
          </Typography.Paragraph>
        </>
      )}
    </Card>
  );
}

/** "Cài đặt phân công": leaders switch assignment by workload for their agencies. */
export default function WorkflowSettingsPage() {
  const { t } = useTranslation();
  const account = useAccount();
  const seats = [...new Map((account?.memberships ?? []).filter((m) => m.role === 'leader' || m.role === 'admin').map((m) => [m.agencyCode, m])).values()];
  return (
    <>
      <PageTitle>{t('settings.title')}</PageTitle>
      <Typography.Paragraph>{t('settings.intro')}</Typography.Paragraph>
      {seats.map((m) => (
        <AgencySwitch key={m.agencyCode} membership={m} />
      ))}
    </>
  );
}
