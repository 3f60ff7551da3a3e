// Every call to the server: same-origin credentials, RFC 9457 problem details turned into ProblemError.
import { h } from './dom.js';
import { NDJSON, readProgressStream } from './ndjson.js';

/** A non-2xx answer: `problem` holds title, detail, field, errors, ... as the server sent them. */
export class ProblemError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.name = 'ProblemError';
    this.status = status;
    this.problem = problem ?? {};
    /** The Retry-After header of the answer (a 429's), null when it had none. */
    this.retryAfter = null;
  }
}

async function problemOf(res) {
  const type = res.headers.get('content-type') || '';
  let problem;
  try {
    if (type.includes('json')) problem = await res.json();
    else {
      const text = (await res.text()).trim();
      problem = { title: res.statusText || `HTTP ${res.status}`, detail: text.length < 400 ? text : '' };
    }
  } catch {
    problem = { title: res.statusText || `HTTP ${res.status}` };
  }
  if (!problem.title) problem.title = res.statusText || `HTTP ${res.status}`;
  if (res.status === 404 && !problem.detail) problem.detail = `${res.url.replace(location.origin, '')} is not available on this server`;
  return new ProblemError(res.status, problem);
}

/** fetch() with the answers every caller treats alike: no answer and a non-2xx status become ProblemErrors. */
async function fetchOk(url, init) {
  let res;
  try {
    res = await fetch(url, init);
  } catch (error) {
    if (error?.name === 'AbortError') throw error;
    throw new ProblemError(0, { title: 'No answer from the server', detail: String(error?.message ?? error) });
  }
  if (!res.ok) {
    const error = await problemOf(res);
    error.retryAfter = res.headers.get('retry-after');
    throw error;
  }
  return res;
}

/**
 * fetch with credentials and problem handling. `json` is sent as application/json; `as` is
 * 'json' (default), 'text', 'blob' or 'none'.
 * @param {string} url
 * @param {Record<string, any>} [options]
 */
export async function call(url, { method = 'GET', json, body, headers = {}, signal, as = 'json' } = {}) {
  const init = { method, headers: { ...headers }, signal, credentials: 'same-origin' };
  if (json !== undefined) {
    init.body = JSON.stringify(json);
    init.headers['Content-Type'] = 'application/json';
  } else if (body !== undefined) {
    init.body = body;
  }
  const res = await fetchOk(url, init);
  if (as === 'none' || res.status === 204) return null;
  if (as === 'text') return res.text();
  if (as === 'blob') return res.blob();
  return res.json();
}

/**
 * POSTs `json` asking for a streamed answer (application/x-ndjson, a power search's): `onProgress` gets every progress
 * line as it arrives and the result line's value is returned; a problem, before the answer or as its last line, is
 * thrown as a ProblemError. A server that answers plain JSON is read as call() reads it.
 * @param {string} url
 * @param {Record<string, any>} [options]
 */
export async function callWithProgress(url, { json, signal, onProgress } = {}) {
  const init = {
    method: 'POST', body: JSON.stringify(json), signal, credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: `${NDJSON}, application/json` },
  };
  const res = await fetchOk(url, init);
  if (!(res.headers.get('content-type') || '').includes(NDJSON) || !res.body) return res.json();
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  const chunks = {
    async* [Symbol.asyncIterator]() {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        yield value;
      }
    },
  };
  return readProgressStream(chunks, { onProgress, toError: (problem) => new ProblemError(problem.status ?? 0, problem) });
}

/** The antiforgery token: {token, field, header}; asked anew before each post (it is bound to the signed-in user). */
export async function antiforgery() {
  return call('/api/antiforgery');
}

/**
 * Posts a form (FormData) with the antiforgery field and header added.
 * @param {string} url
 * @param {FormData | HTMLFormElement} form
 * @param {Record<string, any>} [options]
 */
export async function postForm(url, form, { as = 'json', signal } = {}) {
  const af = await antiforgery();
  const data = form instanceof FormData ? form : new FormData(form);
  data.set(af.field, af.token);
  return call(url, { method: 'POST', body: data, headers: { [af.header]: af.token }, as, signal });
}

/** A box that shows a problem: title, detail, the field it names and per-field errors. */
export function problemBox(error, { testid = 'problem' } = {}) {
  const p = error instanceof ProblemError ? error.problem : { title: 'Error', detail: String(error?.message ?? error) };
  const errors = p.errors && typeof p.errors === 'object' ? Object.entries(p.errors) : [];
  return h('div', { class: 'problem', role: 'alert', 'data-testid': testid },
    h('strong', { class: 'problem-title' }, p.title || 'Error'),
    error?.status ? h('span', { class: 'problem-status' }, ` (${error.status})`) : null,
    p.detail ? h('div', { class: 'problem-detail' }, plainDetail(p.detail)) : null,
    p.field ? h('div', { class: 'problem-field' }, 'Field: ', h('code', null, p.field)) : null,
    errors.length
      ? h('ul', { class: 'problem-errors' }, errors.map(([field, messages]) =>
        h('li', null, field ? h('code', null, field) : null, field ? ': ' : '', [].concat(messages).join(' '))))
      : null);
}

/** The detail without the "request.json:1:200: " prefix: that place is in the JSON the page sent, not in anything the user sees. */
export const plainDetail = (detail) => String(detail ?? '').replace(/^request\.(json|yaml):\d+(:\d+)?:\s*/, '');

/**
 * A 429 answer: says so in `status` and calls `retry` after the server's Retry-After (1.5 s when it gives none,
 * 10 s at most). Returns whether `error` was one.
 */
export function retryWhenRateLimited(error, status, retry) {
  if (error?.status !== 429) return false;
  status.textContent = 'the server is busy; trying again…';
  const wait = Number(error.retryAfter) > 0 ? Number(error.retryAfter) * 1000 : 1500;
  setTimeout(retry, Math.min(wait, 10000));
  return true;
}
