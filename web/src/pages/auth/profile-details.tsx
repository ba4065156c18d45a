import { Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../api/types';
import { agencyNameIn, formatDateTime } from '../../lib/format';

/** The account as the server knows it; staff also see their roles and agencies. */
export function ProfileDetails({ account }: { account: Account }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'vi';
  const empty = t('common.none');
  return (
    <Descriptions bordered column={1} size="small" style={{ background: '#fff' }}>
      <Descriptions.Item label={t('profile.fullName')}>{account.fullName}</Descriptions.Item>
      <Descriptions.Item label={account.kind === 'citizen' ? t('profile.nationalId') : t('profile.username')}>{account.username}</Descriptions.Item>
      <Descriptions.Item label={t('profile.phone')}>{account.phone ?? empty}</Descriptions.Item>
      <Descriptions.Item label={t('profile.email')}>{account.email ?? empty}</Descriptions.Item>
      {account.kind === 'citizen' && (
        <Descriptions.Item label={t('profile.identity')}>
          {account.identityVerified ? <Tag color="green">{t('profile.verified')}</Tag> : <Tag>{t('profile.notVerified')}</Tag>}
        </Descriptions.Item>
      )}
      {account.kind === 'staff' && (
        <Descriptions.Item label={t('profile.roles')}>
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {account.memberships.map((m) => (
              <li key={`${m.role}@${m.agencyCode}`}>
                {m.roleName[language]} — {agencyNameIn(m, language)}
              </li>
            ))}
          </ul>
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('profile.createdAt')}>{formatDateTime(account.createdAt, i18n.language)}</Descriptions.Item>
    </Descriptions>
  );
}
