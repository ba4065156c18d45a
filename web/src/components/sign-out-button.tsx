import { LogoutOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { isApiError } from '../api/errors';
import { paths } from '../app/paths';
import { useSignOut } from '../app/session';

/** Ends the session and returns to the portal's home page. */
export function SignOutButton({ light = false, compact = false }: { light?: boolean; compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const { message } = App.useApp();
  return (
    <Button
      type="text"
      icon={<LogoutOutlined aria-hidden />}
      loading={signOut.isPending}
      style={light ? { color: '#fff' } : undefined}
      aria-label={compact ? t('auth.signOut') : undefined}
      onClick={() =>
        signOut.mutate(undefined, {
          onSuccess: () => void navigate(paths.home),
          onError: (error) => {
            // The session is gone on our side either way; say why the server did not confirm.
            void message.warning(isApiError(error) ? error.messageIn(i18n.language) : t('common.unexpectedError'));
            void navigate(paths.home);
          },
        })
      }
    >
      {compact ? null : t('auth.signOut')}
    </Button>
  );
}
