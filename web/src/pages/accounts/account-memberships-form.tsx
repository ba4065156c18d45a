import { App, Button, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Account, MembershipInput } from '../../api/types';
import { useAccount } from '../../app/session';
import { ProblemAlert } from '../../components/problem-alert';
import { applyFieldErrors } from '../../lib/form-errors';
import { communeOfAdmin } from './admin-scope';
import { MembershipsEditor } from './memberships-editor';
import { useReplaceMemberships } from './use-accounts';
import { agencyNameIn } from '../../lib/format';

/** Replaces all of the account's roles at once (the server audits the change). */
export function AccountMembershipsForm({ account }: { account: Account }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<{ memberships: MembershipInput[] }>();
  const admin = useAccount();
  const replace = useReplaceMemberships(account.id);
  const { message } = App.useApp();
  const known = account.memberships.map((m) => ({ code: m.agencyCode, name: agencyNameIn(m, i18n.language) }));
  return (
    <Form
      form={form}
      name="account-memberships"
      layout="vertical"
      initialValues={{ memberships: account.memberships.map((m) => ({ agencyCode: m.agencyCode, role: m.role })) }}
      onFinish={({ memberships }) =>
        replace.mutate(memberships, {
          onSuccess: () => void message.success(t('accounts.rolesSaved')),
          onError: (error) => applyFieldErrors(form, error, i18n.language, ['memberships']),
        })
      }
    >
      <ProblemAlert error={replace.isError && !form.getFieldsError().some((f) => f.errors.length > 0) ? replace.error : null} />
      <MembershipsEditor known={known} unit={communeOfAdmin(admin)} />
      <div>
        <Button type="primary" htmlType="submit" loading={replace.isPending}>
          {t('accounts.saveRoles')}
        </Button>
      </div>
    </Form>
  );
}
