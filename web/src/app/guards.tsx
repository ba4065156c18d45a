import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import type { Account } from '../api/types';
import { ErrorResult } from '../components/error-result';
import { Forbidden } from '../components/forbidden';
import { LoadingBlock } from '../components/loading-block';
import { paths } from './paths';
import { useSession } from './session';

/** Renders `children(account)` for a signed-in user; sends others to the sign-in page. */
function WithAccount({ children }: { children: (account: Account) => ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <LoadingBlock />;
  if (session.isError) return <ErrorResult error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`${paths.signIn}?next=${next}`} replace />;
  }
  return <>{children(session.data.account)}</>;
}

/** Any signed-in user; a staff member with a temporary password goes to change it first. */
export function RequireSignIn() {
  return (
    <WithAccount>
      {(account) => (account.kind === 'staff' && account.mustChangePassword ? <Navigate to={paths.changePassword} replace /> : <Outlet />)}
    </WithAccount>
  );
}

/** Signed-in staff only (the staff workspace). */
export function RequireStaff() {
  return (
    <WithAccount>
      {(account) => {
        if (account.kind !== 'staff') return <Forbidden />;
        if (account.mustChangePassword) return <Navigate to={paths.changePassword} replace />;
        return <Outlet />;
      }}
    </WithAccount>
  );
}

/** A screen that needs a permission; the server checks again on every call. */
export function RequirePermission({ allowed }: { allowed: (account: Account) => boolean }) {
  return <WithAccount>{(account) => (allowed(account) ? <Outlet /> : <Forbidden />)}</WithAccount>;
}

/** Signed in, whether or not the password must still be changed (the change-password screen). */
export function RequireSession() {
  return <WithAccount>{() => <Outlet />}</WithAccount>;
}
