/**
 * The CSRF token of the current session (from the sign-in or session answer). It lives in
 * memory only: the session cookie is httpOnly, and the token is fetched again on reload.
 */
let csrfToken: string | undefined;

export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

export function getCsrfToken(): string | undefined {
  return csrfToken;
}

type Listener = () => void;
const passwordChangeListeners = new Set<Listener>();

/** Called when the server says a staff member must change the initial password first. */
export function onPasswordChangeRequired(listener: Listener): () => void {
  passwordChangeListeners.add(listener);
  return () => passwordChangeListeners.delete(listener);
}

export function notifyPasswordChangeRequired(): void {
  for (const listener of passwordChangeListeners) listener();
}

const sessionLostListeners = new Set<Listener>();

/** Called when a signed-in call is answered 401: the session ended (idle, expired, signed out elsewhere). */
export function onSessionLost(listener: Listener): () => void {
  sessionLostListeners.add(listener);
  return () => sessionLostListeners.delete(listener);
}

export function notifySessionLost(): void {
  for (const listener of sessionLostListeners) listener();
}
