import { Grid, Segmented, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InboxSeat } from '../../../api/dossiers';
import type { Role } from '../../../api/types';
import { agencyNameIn } from '../../../lib/format';

export const ALL_SEATS = '*';

const roleName = (role: string, t: (k: `roles.${Role}`) => string): string => (['admin', 'officer', 'specialist', 'leader', 'clerk', 'supervisor'].includes(role) ? t(`roles.${role as Role}`) : role);

/**
 * One choice per seat (agency × role) with how many dossiers wait there; under it, how many
 * are overdue, due soon, on time or paused — each in words as well as colour.
 */
export function InboxSeats({ seats, value, onChange }: { seats: InboxSeat[]; value: string; onChange: (agency: string) => void }) {
  const { t, i18n } = useTranslation();
  const wide = Grid.useBreakpoint().md ?? true;
  const agencies = [...new Set(seats.map((s) => s.agencyCode))];
  const options = [
    ...(agencies.length > 1 ? [{ value: ALL_SEATS, label: t('inbox.allSeats', { count: seats.reduce((n, s) => n + s.total, 0) }) }] : []),
    ...seats.map((s) => ({ value: s.agencyCode, label: `${agencyNameIn(s, i18n.language)} — ${roleName(s.role, t)} (${s.total})` })),
  ];
  const shown = value === ALL_SEATS ? seats : seats.filter((s) => s.agencyCode === value);
  const sum = (k: 'overdue' | 'dueSoon' | 'onTime' | 'paused') => shown.reduce((n, s) => n + s[k], 0);
  return (
    <div style={{ marginBottom: 12 }}>
      {options.length > 1 && (
        <Segmented
          aria-label={t('inbox.seats')}
          value={value}
          onChange={(v) => onChange(String(v))}
          options={options}
          orientation={wide ? 'horizontal' : 'vertical'}
          block={!wide}
          style={{ marginBottom: 8, maxWidth: '100%', overflowX: 'auto' }}
        />
      )}
      <Space wrap size={4} aria-label={t('inbox.countsLabel')} role="group">
        <Tag color="red">{t('inbox.counts.overdue', { count: sum('overdue') })}</Tag>
        <Tag color="orange">{t('inbox.counts.dueSoon', { count: sum('dueSoon') })}</Tag>
        <Tag color="green">{t('inbox.counts.onTime', { count: sum('onTime') })}</Tag>
        <Tag>{t('inbox.counts.paused', { count: sum('paused') })}</Tag>
      </Space>
    </div>
  );
}
