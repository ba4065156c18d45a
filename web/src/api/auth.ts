import { api, idempotent, unwrap } from './client';
import { ApiError } from './errors';
import { setCsrfToken } from './session-token';
import type { Account, ChangePassword, Login, RegisterCitizen, SessionView } from './types';

/** The current session, or null when nobody is signed in. */
export async function fetchSession(): Promise<SessionView | null> {
  try {
    const view = await unwrap(api.GET('/api/v1/auth/session'));
    setCsrfToken(view.csrfToken);
    return view;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(undefined);
      return null;
    }
    throw error;
  }
}

export async function signIn(body: Login): Promise<SessionView> {
  const view = await unwrap(api.POST('/api/v1/auth/login', { body }));
  setCsrfToken(view.csrfToken);
  return view;
}

export async function signOut(): Promise<void> {
  await unwrap(api.POST('/api/v1/auth/logout'));
  setCsrfToken(undefined);
}

export function changePassword(body: ChangePassword): Promise<Account> {
  return unwrap(api.POST('/api/v1/auth/password', { body }));
}

export function registerCitizen(body: RegisterCitizen, idempotencyKey: string): Promise<Account> {
  return unwrap(api.POST('/api/v1/auth/register', { body, headers: idempotent(idempotencyKey) }));
}
