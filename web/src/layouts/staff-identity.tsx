import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Account } from '../api/types';
import { agencyNameIn } from '../lib/format';

/** Who is signed in: name, and each role with its agency. */
export function StaffIdentity({ account }: { account: Account }) {
  const { i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'vi';
  return (
    <div style={{ padding: '16px 16px 8px' }}>
      <Typography.Text strong style={{ fontSize: 17, display: 'block' }}>
        {account.fullName}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 6 }}>
        {account.username}
      </Typography.Text>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {account.memberships.map((m) => (
          <li key={`${m.role}@${m.agencyCode}`} style={{ marginBottom: 6 }}>
            <Tag color="blue" style={{ marginInlineEnd: 4 }}>
              {m.roleName[language]}
            </Tag>
            <Typography.Text style={{ fontSize: 14 }}>{agencyNameIn(m, language)}</Typography.Text>
          </li>
        ))}
      </ul>
    </div>
  );
}
