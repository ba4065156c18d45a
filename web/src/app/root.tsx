import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, ScrollRestoration, useNavigate } from 'react-router-dom';
import { onPasswordChangeRequired, onSessionLost } from '../api/session-token';
import { paths } from './paths';
import { SESSION_KEY } from './session';

/**
 * The root of every screen: a skip link, scroll restoration, the hand-off to the
 * change-password screen whenever the server asks for it (403 password-change-required),
 * and a fresh session check when a call finds the session gone (401).
 */
export function Root() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  useEffect(
    () =>
      onPasswordChangeRequired(() => {
        void queryClient.invalidateQueries({ queryKey: SESSION_KEY });
        void navigate(paths.changePassword, { replace: true });
      }),
    [navigate, queryClient],
  );
  useEffect(() => onSessionLost(() => void queryClient.invalidateQueries({ queryKey: SESSION_KEY })), [queryClient]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <Outlet />
      <ScrollRestoration />
    </>
  );
}
