import { App, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { paths } from '../../app/paths';
import { PageTitle } from '../../components/page-title';
import { AccountCreateForm } from './account-create-form';

/** Create a staff account, then open it. */
export default function AccountCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  return (
    <>
      <PageTitle>{t('accounts.createTitle')}</PageTitle>
      <Card>
        <AccountCreateForm
          onCreated={(account) => {
            void message.success(t('accounts.created', { username: account.username }));
            void navigate(paths.account(account.id));
          }}
        />
      </Card>
    </>
  );
}
