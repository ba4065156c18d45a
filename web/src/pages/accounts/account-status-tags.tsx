import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../api/types';

/** Active or disabled, plus a lockout or a pending password change when there is one. */
export function AccountStatusTags({ account }: { account: Account }) {
  const { t } = useTranslation();
  return (
    <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: 4 }}>
      {account.status === 'active' ? <Tag color="green">{t('accounts.statuses.active')}</Tag> : <Tag color="default">{t('accounts.statuses.disabled')}</Tag>}
      {account.lockedUntil && <Tag color="red">{t('accounts.locked')}</Tag>}
      {account.mustChangePassword && <Tag color="gold">{t('accounts.mustChangePassword')}</Tag>}
    </span>
  );
}
