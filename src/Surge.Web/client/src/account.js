// Who is signed in: GET /api/account at start-up, changed by the History page's forms and the nav's Sign out.
import { call, postForm } from './api.js';

let current = null; // {email} or null
let known = false;
const listeners = new Set();

export const account = () => current;
export const accountKnown = () => known;

export function setAccount(value) {
  current = value && value.email ? { email: value.email } : null;
  known = true;
  for (const fn of listeners) fn(current);
}

/** Calls fn(account) on every change; returns the unsubscribe function. */
export function onAccount(fn) {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** Asks the server (200 {email} signed in; 401 signed out; anything else: treated as signed out). */
export async function refreshAccount() {
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
