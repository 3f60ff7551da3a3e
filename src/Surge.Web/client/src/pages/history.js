// History page: sign in / register, upload a Strong or Hevy export, look at an athlete's imported log.
import { h, replace, uid, pageHead } from '../dom.js';
import { plural } from '../format.js';
import { call, antiforgery, postForm, problemBox, ProblemError, retryWhenRateLimited } from '../api.js';
import { account, accountKnown, onAccount, setAccount } from '../account.js';
import { latestWins } from '../debounce.js';
import { confirmAction } from '../widgets.js';
import { destroyHistoryCharts, historyView, importSummary } from './history-view.js';
import { profilePanel } from './history-profile.js';

export function historyPage() {
  const root = h('section', { class: 'page history-page', 'data-testid': 'history-page', 'aria-labelledby': 'history-h' });
  const body = h('div', { class: 'history-body' });
  root.append(
    pageHead('history', 'History', 'Import your Strong or Hevy log: weekly hard sets per muscle, the predicted hormone response of each session and where your training takes each muscle.'),
    body);

  let shownFor;
  const render = () => {
    const who = account();
    if (!accountKnown()) {
      replace(body, h('p', { class: 'muted' }, 'Checking whether you are signed in…'));
      return;
    }
    const key = who ? who.email : null;
    if (shownFor === key) return;
    shownFor = key;
    destroyHistoryCharts();
    replace(body, who ? signedIn(who) : signedOut());
  };
  onAccount(render);
  render();
  return { el: root, onShow: () => { shownFor = undefined; render(); } };
}

// ---------------------------------------------------------------- signed out: sign in and register

function signedOut() {
  // The demo: the shipped example log analysed on the server (GET /api/history/demo), for anyone; nothing is stored.
  const demoSlot = h('div', { class: 'history-view', 'data-testid': 'demo-view', 'aria-live': 'polite' });
  const demoButton = h('button', { type: 'button', 'data-testid': 'demo-log' }, 'Try it with a demo log');
  demoButton.addEventListener('click', async () => {
    demoButton.disabled = true;
    replace(demoSlot, h('p', { class: 'muted' }, 'Analysing the demo log…'));
    try {
      const json = await call('/api/history/demo');
      replace(demoSlot,
        h('p', { class: 'note', 'data-testid': 'demo-note' }, `The demo: ${json.demo?.file ?? 'an example log'}, ${plural(json.workouts, 'workout')} of a Strong export (weights in ${json.demo?.unit ?? 'kg'}), predicted for the default profile. Nothing is stored; sign in to import your own.`),
        historyView({ name: 'Demo log' }, json, null));
    } catch (e) {
      if (!retryWhenRateLimited(e, demoSlot, () => demoButton.click())) replace(demoSlot, problemBox(e, { testid: 'demo-problem' }));
    } finally {
      demoButton.disabled = false;
    }
  });
  return h('div', { class: 'auth' },
    h('p', { class: 'note', 'data-testid': 'signin-needed' }, 'Your imported logs are private: sign in, or register with an email and a password. ',
      'Or see what the page shows first: ', demoButton),
    demoSlot,
    h('div', { class: 'auth-forms' },
      authForm({ kind: 'signin', title: 'Sign in', action: '/account/login', submit: 'Sign in', autocomplete: 'current-password' }),
      authForm({ kind: 'register', title: 'Register', action: '/account/register', submit: 'Register', autocomplete: 'new-password' })));
}

function authForm({ kind, title, action, submit, autocomplete }) {
  const emailId = uid(`${kind}-email`);
  const passwordId = uid(`${kind}-password`);
  const hidden = h('input', { type: 'hidden', name: '__RequestVerificationToken', 'data-testid': `${kind}-token` });
  const email = h('input', { id: emailId, name: 'email', type: 'email', required: true, autocomplete: 'email', 'data-testid': `${kind}-email`, 'aria-describedby': `${emailId}-err` });
  const password = h('input', {
    id: passwordId, name: 'password', type: 'password', required: true, autocomplete, minlength: kind === 'register' ? 10 : null,
    'data-testid': `${kind}-password`, 'aria-describedby': `${passwordId}-err${kind === 'register' ? ` ${passwordId}-hint` : ''}`,
  });
  const emailErr = h('div', { class: 'field-error', id: `${emailId}-err` });
  const passwordErr = h('div', { class: 'field-error', id: `${passwordId}-err` });
  const problem = h('div', { class: 'problem-slot', 'aria-live': 'assertive' });
  const button = h('button', { type: 'submit', class: 'primary', 'data-testid': `${kind}-submit` }, submit);
  const form = h('form', { method: 'post', action, class: 'panel auth-form', 'data-testid': `${kind}-form`, 'aria-labelledby': `${kind}-title`, novalidate: false },
    h('h2', { id: `${kind}-title` }, title),
    hidden,
    h('div', { class: 'field' }, h('label', { for: emailId }, 'Email'), email, emailErr),
    h('div', { class: 'field' }, h('label', { for: passwordId }, 'Password'), password,
      kind === 'register' ? h('div', { class: 'hint', id: `${passwordId}-hint` }, 'at least 10 characters') : null, passwordErr),
    problem, button);

  // The antiforgery field is filled as soon as the form shows, and again right before posting.
  antiforgery().then((af) => { hidden.name = af.field; hidden.value = af.token; }).catch(() => {});

  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    replace(problem);
    replace(emailErr);
    replace(passwordErr);
    email.removeAttribute('aria-invalid');
    password.removeAttribute('aria-invalid');
    button.disabled = true;
    try {
      const af = await antiforgery();
      hidden.name = af.field;
      hidden.value = af.token;
      let result = await call(action, { method: 'POST', body: new FormData(form), headers: { [af.header]: af.token } });
      // Registering signs nobody in (its answer is the same whether or not the email had an account): sign in next.
      if (kind === 'register') {
        result = await call('/account/login', { method: 'POST', body: new FormData(form), headers: { [af.header]: af.token } });
      }
      setAccount(result);
    } catch (e) {
      const errors = e instanceof ProblemError && e.problem.errors ? e.problem.errors : {};
      for (const [field, messages] of Object.entries(errors)) {
        const text = [].concat(messages).join(' ');
        if (/email/i.test(field)) { replace(emailErr, text); email.setAttribute('aria-invalid', 'true'); }
        else if (/password/i.test(field)) { replace(passwordErr, text); password.setAttribute('aria-invalid', 'true'); }
      }
      replace(problem, problemBox(e, { testid: `${kind}-problem` }));
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

// ---------------------------------------------------------------- signed in: upload, athletes, history

function signedIn(who) {
  const importResult = h('div', { class: 'import-result', 'aria-live': 'polite' });
  const athletesEl = h('div', { class: 'athletes' });
  const historyEl = h('div', { class: 'history-view', 'data-testid': 'history-view' });
  const profileEl = h('div', { class: 'profile-slot' });
  let selected = null;

  // Upload form: multipart POST /api/import (file, format, unit, athlete + antiforgery field).
  const ids = { file: uid('file'), format: uid('format'), unit: uid('unit'), athlete: uid('athlete') };
  const button = h('button', { type: 'submit', class: 'primary', 'data-testid': 'upload-submit' }, 'Import');
  const form = h('form', { method: 'post', action: '/api/import', enctype: 'multipart/form-data', class: 'panel upload', 'data-testid': 'upload-form', 'aria-labelledby': 'upload-h' },
    h('h2', { id: 'upload-h' }, 'Import a log'),
    h('div', { class: 'upload-grid' },
      h('div', { class: 'field' }, h('label', { for: ids.file }, 'Export file (CSV)'),
        h('input', { id: ids.file, name: 'file', type: 'file', accept: '.csv,text/csv', required: true, 'data-testid': 'upload-file' })),
      h('div', { class: 'field' }, h('label', { for: ids.format }, 'App'),
        h('select', { id: ids.format, name: 'format', 'data-testid': 'upload-format' }, h('option', { value: 'strong' }, 'Strong'), h('option', { value: 'hevy' }, 'Hevy'))),
      h('div', { class: 'field' }, h('label', { for: ids.unit }, 'Weight unit'),
        h('select', { id: ids.unit, name: 'unit', 'data-testid': 'upload-unit' },
          h('option', { value: '' }, 'from the file'), h('option', { value: 'kg' }, 'kg'), h('option', { value: 'lb' }, 'lb'))),
      h('div', { class: 'field' }, h('label', { for: ids.athlete }, 'Athlete'),
        h('input', { id: ids.athlete, name: 'athlete', type: 'text', value: 'default', required: true, 'data-testid': 'upload-athlete' }))),
    button);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    if (!data.get('unit')) data.delete('unit');
    button.disabled = true;
    replace(importResult, h('p', { class: 'muted' }, 'Importing…'));
    try {
      const summary = await postForm('/api/import', data);
      replace(importResult, importSummary(summary));
      await loadAthletes(summary.athlete?.id ?? null);
    } catch (e) {
      replace(importResult, problemBox(e, { testid: 'import-problem' }));
    } finally {
      button.disabled = false;
    }
  });

  async function loadAthletes(select) {
    try {
      const json = await call('/api/athletes');
      const athletes = json.athletes ?? [];
      renderAthletes(athletes);
      const pick = athletes.find((a) => a.id === select) ?? (selected && athletes.find((a) => a.id === selected.id)) ?? athletes[0];
      if (pick) showAthlete(pick);
      else {
        selected = null;
        destroyHistoryCharts();
        replace(historyEl);
        replace(profileEl);
      }
    } catch (e) {
      replace(athletesEl, problemBox(e, { testid: 'athletes-problem' }));
    }
  }

  function renderAthletes(athletes) {
    // athlete-list holds the athletes' buttons, or the empty-history message when there are none (so it is never an empty box).
    const list = h('div', { class: 'athlete-list', 'data-testid': 'athlete-list', 'data-count': String(athletes.length) },
      athletes.length
        ? h('ul', { 'aria-label': 'Athletes' }, athletes.map((a) => h('li', null, h('button', {
          type: 'button', class: 'athlete', 'data-testid': 'athlete-item', 'data-id': String(a.id), 'aria-pressed': String(selected?.id === a.id),
          onclick: () => showAthlete(a),
        }, h('strong', null, a.name), h('span', { class: 'muted' }, ` ${plural(a.workouts, 'workout')}, ${plural(a.sets, 'set')}, ${a.first ?? '–'} to ${a.last ?? '–'}`)))))
        : h('p', { class: 'empty', 'data-testid': 'empty-history' }, 'No imported workouts yet: import a Strong or Hevy export above.'));
    replace(athletesEl, h('h2', null, 'Athletes'), list);
  }

  const loadHistory = latestWins((signal, athlete) => call(`/api/athletes/${encodeURIComponent(athlete.id)}/history`, { signal }), {
    onResult: (json) => replace(historyEl, historyView(selected, json, () => deleteAthlete(selected))),
    onError: (e) => replace(historyEl, problemBox(e, { testid: 'history-problem' })),
  });

  function showAthlete(a) {
    selected = a;
    for (const b of athletesEl.querySelectorAll('button.athlete')) b.setAttribute('aria-pressed', String(b.dataset.id === String(a.id)));
    destroyHistoryCharts();
    replace(historyEl, h('p', { class: 'muted' }, `Loading ${a.name}…`));
    replace(profileEl, profilePanel(a, () => { if (selected?.id === a.id) loadHistory(a); }));
    loadHistory(a);
  }

  async function deleteAthlete(a) {
    const af = await antiforgery();
    await call(`/api/athletes/${encodeURIComponent(a.id)}`, { method: 'DELETE', headers: { [af.header]: af.token }, as: 'none' });
    selected = null;
    replace(importResult, h('p', { class: 'note', 'data-testid': 'deleted' }, `Deleted the data of ${a.name}.`));
    destroyHistoryCharts();
    replace(historyEl);
    replace(profileEl);
    await loadAthletes(null);
  }

  loadAthletes(null);
  return h('div', { class: 'signed-in' },
    h('p', { class: 'muted' }, 'Signed in as ', h('strong', null, who.email), '.'),
    form, importResult, athletesEl, profileEl, historyEl, closeAccount(who));
}

/** "Close my account": DELETE /api/account (every athlete, workout and mapping, then the account), after a confirmation. */
function closeAccount(who) {
  const result = h('span', { 'aria-live': 'polite' });
  const { open, box } = confirmAction({
    testid: 'close-account', label: 'Close my account', confirm: 'Yes, close it',
    question: [' Delete the account ', h('strong', null, who.email), ' and every log stored for it? This cannot be undone. '],
    onConfirm: async () => {
      const af = await antiforgery();
      await call('/api/account', { method: 'DELETE', headers: { [af.header]: af.token }, as: 'none' });
      setAccount(null);
    },
    onError: (e) => {
      box.hidden = true;
      replace(result, problemBox(e, { testid: 'close-account-problem' }));
    },
  });
  return h('section', { class: 'panel danger-zone', 'aria-labelledby': 'close-account-h' },
    h('h2', { id: 'close-account-h' }, 'Your account'),
    h('p', { class: 'muted' }, 'Your logs are yours: closing the account deletes it with every athlete, workout, import record and exercise mapping stored for it.'),
    open, box, result);
}
