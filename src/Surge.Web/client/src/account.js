// Who is signed in: GET /api/account at start-up, changed by the History page's forms and the nav's Sign out.
// The sign-in cookie is HttpOnly (the page cannot see it), so the page remembers in localStorage that this browser
// signed in, and asks the server only then: a visitor who never signed in (or signed out) causes no 401, which the
// browser would log to the console as a failed request.
import { call, postForm } from './api.js';

const MARK = 'surge.signed-in';

/** true/false: whether this browser signed in last; null: storage unavailable (then the server is asked). */
function mark(value) {
  try {
    if (value === undefined) return localStorage.getItem(MARK) === '1';
    if (value) localStorage.setItem(MARK, '1');
    else localStorage.removeItem(MARK);
    return value;
  } catch {
    return null;
  }
}

let current = null; // {email} or null
let known = false;
const listeners = new Set();

export const account = () => current;
export const accountKnown = () => known;

export function setAccount(value) {
  current = value && value.email ? { email: value.email } : null;
  known = true;
  mark(Boolean(current));
  for (const fn of listeners) fn(current);
}

/** Calls fn(account) on every change; returns the unsubscribe function. */
export function onAccount(fn) {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/**
 * Asks the server when this browser signed in last (200 {email} signed in; 401 signed out, e.g. the cookie expired;
 * anything else: treated as signed out); otherwise signed out without asking.
 */
export async function refreshAccount() {
  if (mark() === false) {
    setAccount(null);
    return current;
  }
  try {
    setAccount(await call('/api/account'));
  } catch {
    setAccount(null);
  }
  return current;
}

/** POST /account/logout (form-encoded, with the antiforgery field and header). */
export async function signOut() {
  await postForm('/account/logout', new FormData(), { as: 'none' });
  setAccount(null);
}

// Signed in or out in another tab of this browser: follow.
window.addEventListener('storage', (e) => {
  if (e.key === MARK || e.key === null) refreshAccount();
});
