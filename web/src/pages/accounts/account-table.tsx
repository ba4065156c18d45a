import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Account } from '../../api/types';
import { paths } from '../../app/paths';
import { AccountStatusTags } from './account-status-tags';
import { agencyNameIn } from '../../lib/format';

/** Accounts as rows; the name opens the account. Scrolls sideways on a phone. */
export function AccountTable({ accounts, loading }: { accounts: Account[]; loading: boolean }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'vi';
  return (
    <Table<Account>
      rowKey="id"
      dataSource={accounts}
      loading={loading}
      pagination={false}
      scroll={{ x: 900 }}
      columns={[
        { title: t('accounts.fullName'), key: 'name', render: (_v, a) => <Link to={paths.account(a.id)}>{a.fullName}</Link> },
        { title: t('accounts.username'), dataIndex: 'username' },
        {
          title: t('accounts.roles'),
          key: 'roles',
          render: (_v, a) =>
            a.kind === 'citizen' ? (
              t('accounts.kinds.citizen')
            ) : (
              <ul style={{ margin: 0, paddingInlineStart: 16 }}>
                {a.memberships.map((m) => (
                  <li key={`${m.role}@${m.agencyCode}`}>
                    {m.roleName[language]} — {agencyNameIn(m, language)}
                  </li>
                ))}
              </ul>
            ),
        },
        { title: t('accounts.status'), key: 'status', render: (_v, a) => <AccountStatusTags account={a} /> },
      ]}
    />
  );
}
