import { KeyOutlined, StopOutlined, UnlockOutlined, CheckCircleOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/errors';
import type { Account } from '../../api/types';
import { useUnlockAccount, useUpdateAccount } from './use-accounts';
import { TemporaryPasswordModal } from './temporary-password-modal';

/** Disable or enable, lift a lockout, set a temporary password. */
export function AccountActions({ account }: { account: Account }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const update = useUpdateAccount(account.id);
  const unlock = useUnlockAccount(account.id);
  const [passwordOpen, setPasswordOpen] = useState(false);
  const failed = (error: unknown) => void message.error(isApiError(error) ? error.messageIn(i18n.language) : t('common.unexpectedError'));
  const disabling = account.status === 'active';
  return (
    <Space wrap>
      <Popconfirm
        title={disabling ? t('accounts.disableConfirm', { name: account.fullName }) : t('accounts.enableConfirm', { name: account.fullName })}
        okText={t('common.confirm')}
        cancelText={t('common.cancel')}
        onConfirm={() =>
          update.mutate(
            { status: disabling ? 'disabled' : 'active' },
            { onSuccess: () => void message.success(disabling ? t('accounts.disabled') : t('accounts.enabled')), onError: failed },
          )
        }
      >
        <Button danger={disabling} icon={disabling ? <StopOutlined aria-hidden /> : <CheckCircleOutlined aria-hidden />} loading={update.isPending}>
          {disabling ? t('accounts.disable') : t('accounts.enable')}
        </Button>
      </Popconfirm>
      {account.kind === 'staff' && (
        <Button icon={<KeyOutlined aria-hidden />} onClick={() => setPasswordOpen(true)}>
          {t('accounts.setTempPassword')}
        </Button>
      )}
      {account.lockedUntil && (
        <Button icon={<UnlockOutlined aria-hidden />} loading={unlock.isPending} onClick={() => unlock.mutate(undefined, { onSuccess: () => void message.success(t('accounts.unlocked')), onError: failed })}>
          {t('accounts.unlock')}
        </Button>
      )}
      <TemporaryPasswordModal
        account={account}
        open={passwordOpen}
        onClose={() => setPasswordOpen(false)}
        onDone={() => {
          setPasswordOpen(false);
          void message.success(t('accounts.tempPasswordSet'));
        }}
      />
    </Space>
  );
}
