import createClient, { type Middleware } from 'openapi-fetch';
import i18n from '../i18n';
import { ApiError, toApiError } from './errors';
import type { paths } from './schema.gen';
import { getCsrfToken, notifyPasswordChangeRequired, notifySessionLost } from './session-token';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Adds the language and, on changes, the session's CSRF token to every request. */
const headers: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', i18n.language === 'en' ? 'en' : 'vi');
    const token = getCsrfToken();
    if (token && UNSAFE.has(request.method)) request.headers.set('X-CSRF-Token', token);
    return request;
  },
};

/** The one API client of the app, typed by the server's OpenAPI document. */
export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });
api.use(headers);

interface FetchResult<D> {
  data?: D;
  error?: unknown;
  response: Response;
}

/**
 * Waits for an API call and returns its data, or throws an ApiError carrying the problem's
 * message in both languages and its field errors. A `password-change-required` answer
 * also sends the user to the change-password screen; a 401 while signed in refreshes the
 * session, so the screen's guard sends the user to sign in again.
 */
export async function unwrap<D>(call: Promise<FetchResult<D>>): Promise<D> {
  let result: FetchResult<D>;
  try {
    result = await call;
  } catch {
    throw ApiError.network();
  }
  if (result.response.ok) return result.data as D;
  const error = toApiError(result.response.status, result.error);
  if (error.slug === 'password-change-required') notifyPasswordChangeRequired();
  // A 401 on anything but the session probe means the session ended under us.
  if (error.status === 401 && getCsrfToken() !== undefined && !result.response.url.endsWith('/auth/session')) notifySessionLost();
  throw error;
}

/** Headers for a request that creates something: one Idempotency-Key per user action. */
export function idempotent(key: string): { 'Idempotency-Key': string } {
  return { 'Idempotency-Key': key };
}
