// History page: sign in / register, upload a Strong or Hevy export, look at an athlete's imported log.
import { h, replace, uid } from '../dom.js';
import { fmt, fmtPct, fmtEntered, count, plural } from '../format.js';
import { call, antiforgery, postForm, problemBox, ProblemError, retryWhenRateLimited } from '../api.js';
import { account, accountKnown, onAccount, setAccount } from '../account.js';
import { muscleIds, muscleName } from '../model.js';
import { latestWins } from '../debounce.js';
import { lineChart as drawLineChart } from '../charts.js';
import { weeklySetsSeries, sessionResponseSeries, oneRmSeries, fitnessFatigueSeries, dateText, dateTimeText } from '../history-charts.js';

export function historyPage() {
  const root = h('section', { class: 'page history-page', 'data-testid': 'history-page', 'aria-labelledby': 'history-h' });
  const body = h('div', { class: 'history-body' });
  root.append(
    h('div', { class: 'page-head' },
      h('h1', { id: 'history-h' }, 'History'),
      h('p', { class: 'lede' }, 'Import your Strong or Hevy log: weekly hard sets per muscle, the predicted hormone response of each session and where your training takes each muscle.')),
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

/**
 * The athlete's profile (GET/PUT /api/athletes/{id}/profile): sex, age, body mass, body fat, training status and
 * resting testosterone; saving stores the fields and redraws the predictions (onSaved) with them. A strength
 * responsiveness fitted to the log is shown with a reset (POST …/profile/reset-fit).
 */
function profilePanel(athlete, onSaved) {
  const url = `/api/athletes/${encodeURIComponent(athlete.id)}/profile`;
  const status = h('span', { class: 'status', role: 'status', 'data-testid': 'profile-status' }, 'loading the profile…');
  const problem = h('div', { class: 'problem-slot', 'aria-live': 'assertive' });
  const ids = { sex: uid('p-sex'), age: uid('p-age'), mass: uid('p-mass'), fat: uid('p-fat'), status: uid('p-status'), t: uid('p-t') };
  const sex = h('select', { id: ids.sex, name: 'sex', 'data-testid': 'profile-sex' }, h('option', { value: 'male' }, 'male'), h('option', { value: 'female' }, 'female'));
  const num = (id, testid, min, max, step, placeholder) => h('input', { id, type: 'number', min, max, step, required: !placeholder, placeholder, inputmode: 'decimal', 'data-testid': testid });
  const age = num(ids.age, 'profile-age', 15, 100, 1);
  const mass = num(ids.mass, 'profile-mass', 30, 250, 0.1);
  const fat = num(ids.fat, 'profile-fat', 3, 60, 0.1);
  const training = h('select', { id: ids.status, 'data-testid': 'profile-training' },
    ['untrained', 'trained', 'elite'].map((v) => h('option', { value: v }, v)));
  const testosterone = num(ids.t, 'profile-testosterone', 0.1, 150, 0.1, 'model default');
  const save = h('button', { type: 'submit', class: 'primary', 'data-testid': 'profile-save', disabled: true }, 'Save and predict again');
  // What `surge fit --db --store` fitted to this log (strength responsiveness, 1 = the population's average), with a
  // reset as `surge athlete --reset-fit` (POST …/profile/reset-fit).
  const fittedText = h('span', { 'data-testid': 'profile-fitted' });
  const resetFit = h('button', { type: 'button', 'data-testid': 'profile-reset-fit' }, 'Reset to the average');
  const fittedRow = h('p', { class: 'hint', hidden: true }, fittedText, ' ', resetFit);
  const field = (id, label, control, unit) => h('div', { class: 'field' }, h('label', { for: id }, label, unit ? h('span', { class: 'unit' }, ` (${unit})`) : null), control);
  const form = h('form', { class: 'panel profile', 'data-testid': 'profile-form', 'aria-labelledby': 'profile-h' },
    h('h2', { id: 'profile-h' }, `Profile of ${athlete.name}`),
    h('p', { class: 'hint' }, 'Every prediction of this history (hormones, growth, readiness) uses it. Resting testosterone left empty: the model’s value for the sex and age.'),
    h('div', { class: 'upload-grid' },
      field(ids.sex, 'Sex', sex), field(ids.age, 'Age', age, 'years'), field(ids.mass, 'Body mass', mass, 'kg'),
      field(ids.fat, 'Body fat', fat, '%'), field(ids.status, 'Training status', training),
      field(ids.t, 'Resting testosterone', testosterone, 'nmol/L')),
    fittedRow, problem, h('div', { class: 'toolbar' }, save, status));
  const show = (p) => {
    sex.value = p.sex ?? 'male';
    age.value = p.age != null ? String(p.age) : '';
    mass.value = p.body_mass_kg != null ? String(Math.round(p.body_mass_kg * 10) / 10) : '';
    fat.value = p.body_fat_pct != null ? String(Math.round(p.body_fat_pct * 10) / 10) : '';
    training.value = p.training_status ?? 'untrained';
    testosterone.value = p.resting_testosterone_nmol_per_l != null ? String(Math.round(p.resting_testosterone_nmol_per_l * 100) / 100) : '';
    form.dataset.sex = sex.value;
    const fitted = p.strength_responsiveness;
    // The acute response factors fitted to the person's samples (surge fit --samples --store), 1 = the average.
    const factors = [['GH', p.gh_response], ['cortisol', p.cortisol_response], ['lactate', p.lactate_response], ['lactate clearance', p.lactate_clearance]]
      .filter(([, v]) => v != null).map(([name, v]) => `${name} × ${fmt(v)}`);
    fittedRow.hidden = fitted == null && factors.length === 0;
    fittedText.textContent = [
      fitted == null ? '' : `Strength responsiveness ${fmt(fitted)} × the average, fitted to this log (surge fit --db --store).`,
      factors.length === 0 ? '' : `Own acute response ${factors.join(', ')}, fitted to blood samples (surge fit --samples --store).`,
      'The predictions use them.',
    ].filter((t) => t).join(' ');
  };
  resetFit.addEventListener('click', async () => {
    resetFit.disabled = true;
    replace(problem);
    status.textContent = 'resetting…';
    try {
      const af = await antiforgery();
      const stored = await call(`${url}/reset-fit`, { method: 'POST', headers: { [af.header]: af.token } });
      show(stored);
      status.textContent = 'fitted values cleared; predictions updated';
      onSaved(stored);
    } catch (e) {
      status.textContent = '';
      replace(problem, problemBox(e, { testid: 'profile-problem' }));
    } finally {
      resetFit.disabled = false;
    }
  });
  call(url).then((p) => { show(p); save.disabled = false; status.textContent = ''; form.dataset.state = 'idle'; })
    .catch((e) => { status.textContent = ''; replace(problem, problemBox(e, { testid: 'profile-problem' })); });
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    if (!form.reportValidity()) return; // out-of-range values are refused here: the server would answer 400
    const body = {
      sex: sex.value, age: Number(age.value), body_mass: `${mass.value} kg`, body_fat: `${fat.value} %`, training_status: training.value,
    };
    if (testosterone.value.trim() !== '') body.resting_testosterone = `${testosterone.value} nmol/L`;
    save.disabled = true;
    replace(problem);
    status.textContent = 'saving…';
    try {
      const af = await antiforgery();
      const stored = await call(url, { method: 'PUT', json: body, headers: { [af.header]: af.token } });
      show(stored);
      status.textContent = 'saved; predictions updated';
      onSaved(stored);
    } catch (e) {
      status.textContent = '';
      replace(problem, problemBox(e, { testid: 'profile-problem' }));
    } finally {
      save.disabled = false;
    }
  });
  return form;
}

/** "Close my account": DELETE /api/account (every athlete, workout and mapping, then the account), after a confirmation. */
function closeAccount(who) {
  const result = h('span', { 'aria-live': 'polite' });
  const confirmBox = h('span', { class: 'confirm', hidden: true },
    ' Delete the account ', h('strong', null, who.email), ' and every log stored for it? This cannot be undone. ',
    h('button', { type: 'button', class: 'danger', 'data-testid': 'close-account-confirm', onclick: async (ev) => {
      ev.currentTarget.disabled = true;
      try {
        const af = await antiforgery();
        await call('/api/account', { method: 'DELETE', headers: { [af.header]: af.token }, as: 'none' });
        setAccount(null);
      } catch (e) {
        confirmBox.hidden = true;
        replace(result, problemBox(e, { testid: 'close-account-problem' }));
      }
    } }, 'Yes, close it'),
    ' ',
    h('button', { type: 'button', 'data-testid': 'close-account-cancel', onclick: () => { confirmBox.hidden = true; } }, 'Cancel'));
  const open = h('button', { type: 'button', class: 'danger-outline', 'data-testid': 'close-account', onclick: () => {
    confirmBox.hidden = false;
    confirmBox.querySelector('button')?.focus();
  } }, 'Close my account');
  return h('section', { class: 'panel danger-zone', 'aria-labelledby': 'close-account-h' },
    h('h2', { id: 'close-account-h' }, 'Your account'),
    h('p', { class: 'muted' }, 'Your logs are yours: closing the account deletes it with every athlete, workout, import record and exercise mapping stored for it.'),
    open, confirmBox, result);
}

function importSummary(s) {
  const skipped = Object.entries(s.skipped ?? {});
  return h('div', { class: 'panel import-summary', 'data-testid': 'import-summary' },
    h('h2', null, `Imported into “${s.athlete?.name ?? 'default'}”`),
    h('dl', { class: 'facts' },
      fact('Workouts', h('span', { 'data-testid': 'import-workouts' }, String(s.workouts)),
        s.added != null ? ` (${s.added} new, ${s.already_present ?? 0} already there)` : null),
      fact('Sets', h('span', { 'data-testid': 'import-sets' }, String(s.sets)), s.warm_ups != null ? `, of which ${s.warm_ups} warm-ups` : null),
      fact('Dates', `${s.first ?? '–'} to ${s.last ?? '–'}`),
      s.layout ? fact('File layout', s.layout) : null),
    skipped.length
      ? h('div', null, h('h3', null, 'Skipped rows'), h('ul', { 'data-testid': 'import-skipped' }, skipped.map(([reason, n]) => h('li', null, `${reason}: ${plural(n, 'row')}`))))
      : h('p', { class: 'muted' }, 'No rows skipped.'),
    (s.unmatched ?? []).length
      ? h('div', null, h('h3', null, 'Exercise names not in the catalogue'),
        h('p', { class: 'muted' }, 'These sets are stored but left out of the analysis.'),
        h('ul', { 'data-testid': 'import-unmatched' }, s.unmatched.map((u) => h('li', null, h('strong', null, u.name), ` (${plural(u.sets, 'set')})`,
          u.suggestions?.length ? ` — closest: ${u.suggestions.join(', ')}` : ''))))
      : null,
    (s.warnings ?? []).length
      ? h('details', { class: 'note' }, h('summary', null, plural(s.warnings.length, 'warning')),
        h('ul', { 'data-testid': 'import-warnings' }, s.warnings.map((w) => h('li', null, w))))
      : null);
}

const fact = (term, ...value) => h('div', { class: 'fact' }, h('dt', null, term), h('dd', null, value));

const BAND_CLASS = { 'under 10': 'band-low', '10–20': 'band-mid', 'over 20': 'band-high' };
const bandOf = (sets) => (sets < 10 ? 'under 10' : sets <= 20 ? '10–20' : 'over 20');

// The history charts drawn last. A history is drawn anew on every load (another athlete, a saved profile, the demo
// again): the charts of the previous drawing are destroyed first, so that their uPlot instances, resize observers and
// colour-scheme rebuilders do not pile up.
let drawnCharts = [];

/** Destroys the history charts drawn last (nothing when there are none). */
export function destroyHistoryCharts() {
  for (const chart of drawnCharts) chart.destroy();
  drawnCharts = [];
}

/**
 * The history as charts: weekly hard sets per muscle with the band edges, each week's best estimated 1RM per
 * exercise, fitness, fatigue and form per day, and each session's predicted total T, GH and lactate peak over the
 * dates (each chart with its summary and its data as a table). The charts drawn before are destroyed first.
 */
function historyCharts(json) {
  destroyHistoryCharts();
  const lineChart = (...args) => {
    const chart = drawLineChart(...args);
    drawnCharts.push(chart);
    return chart;
  };
  const weekly = weeklySetsSeries(json);
  const form = fitnessFatigueSeries(json);
  const response = sessionResponseSeries(json);
  const strength = oneRmSeries(json);
  const holder = (testid) => h('div', { class: 'chart', 'data-testid': testid });
  const weeklyEl = holder('chart-weekly-sets');
  const els = weekly.x.length ? [weeklyEl] : [];
  if (weekly.x.length) {
    lineChart(weeklyEl, { title: 'Hard sets per week and muscle (dashed: 10 and 20 sets)', xLabel: 'week of', unit: 'sets', height: 260, time: true, xText: dateText })
      .update(weekly.x, weekly.series);
  }
  if (strength.x.length) {
    const el = holder('chart-e1rm');
    els.push(el);
    lineChart(el, { title: 'Estimated 1RM per exercise, best set of each week (kg)', xLabel: 'week of', unit: 'kg', height: 240, time: true, xText: dateText })
      .update(strength.x, strength.series);
  }
  if (form.x.length) {
    const el = holder('chart-fitness-fatigue');
    els.push(el);
    lineChart(el, { title: `Fitness, fatigue and form per day (${form.unit}; Banister's model, 42- and 7-day means of the daily hard sets)`, xLabel: 'day', unit: form.unit, height: 240, time: true, xText: dateText })
      .update(form.x, form.series);
  }
  if (response.x.length) {
    for (const [testid, title, unit, series, yValue] of [
      ['chart-session-t', 'Predicted total T peak per session (% change)', '%', response.testosterone, (v) => `${fmtPct(v)} %`],
      ['chart-session-gh', 'Predicted GH peak per session (µg/L)', 'µg/L', response.growthHormone, null],
      ['chart-session-lactate', 'Predicted lactate peak per session (mmol/L)', 'mmol/L', response.lactate, null],
    ]) {
      const el = holder(testid);
      els.push(el);
      lineChart(el, { title, xLabel: 'session', unit, height: 200, time: true, xText: dateTimeText, ...(yValue ? { yValue } : {}) }).update(response.x, series);
    }
  }
  return weekly.x.length || response.x.length || strength.x.length || form.x.length ? h('div', { class: 'charts history-charts', 'data-testid': 'history-charts' }, els) : null;
}

function historyView(athlete, json, onDelete) {
  const weeks = json.weeks ?? [];
  const muscles = muscleIds().filter((m) => weeks.some((w) => (w.hard_sets?.[m] ?? 0) > 0));
  const cols = muscles.length ? muscles : muscleIds();

  const weekly = h('table', { class: 'data weekly', 'data-testid': 'weekly-sets', 'data-count': String(weeks.length) },
    h('caption', null, 'Hard sets per week and muscle (working sets; 1 per primary muscle, ½ per secondary)'),
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Week of'), cols.map((m) => h('th', { scope: 'col', class: 'rot' }, h('span', null, muscleName(m)))))),
    h('tbody', null, weeks.map((w) => h('tr', { 'data-testid': 'weekly-sets-week', 'data-week': w.week_start },
      h('th', { scope: 'row' }, w.week_start),
      cols.map((m) => {
        const n = w.hard_sets?.[m] ?? 0;
        const band = w.bands?.[m] ?? bandOf(n);
        return h('td', { class: ['num', BAND_CLASS[band]], title: `${muscleName(m)}: ${fmt(n)} sets (${band})` }, n ? fmt(n) : '·');
      })))));
  const bandsLegend = h('p', { class: 'bands-legend' }, 'Bands: ',
    h('span', { class: 'band-low' }, 'under 10'), ' ', h('span', { class: 'band-mid' }, '10–20'), ' ', h('span', { class: 'band-high' }, 'over 20'),
    ' sets per week (the range the volume meta-analyses find productive is about 10–20).');

  const sessions = json.sessions ?? [];
  const sessionTable = h('table', { class: 'data', 'data-testid': 'history-sessions', 'data-count': String(sessions.length) },
    h('caption', null, 'Sessions and their predicted response'),
    h('thead', null, h('tr', null, ['Start', 'Workout', 'Sets', 'Total T peak change (%)', 'GH peak (µg/L)', 'Lactate peak (mmol/L)']
      .map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', null, sessions.map((s) => h('tr', null,
      h('td', null, String(s.start ?? '').replace('T', ' ').slice(0, 16)),
      h('td', null, s.title ?? ''),
      h('td', { class: 'num' }, String(s.sets ?? '')),
      h('td', { class: 'num' }, fmtPct(s.total_testosterone_peak_change_pct)),
      h('td', { class: 'num' }, fmt(s.growth_hormone_peak)),
      h('td', { class: 'num' }, fmt(s.lactate_peak))))));

  const projection = json.projection;
  const projectionTable = projection ? h('table', { class: 'data', 'data-testid': 'projection' },
    h('caption', null, `Projection: ${projection.weeks} more weeks like the recent ones` +
      (projection.basis_weeks?.length ? ` (weeks of ${projection.basis_weeks[0]} to ${projection.basis_weeks[projection.basis_weeks.length - 1]})` : '')),
    h('thead', null, h('tr', null, ['Muscle', 'Hard sets per week', `Size change in ${projection.weeks} weeks (%)`].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', null, muscleIds().filter((m) => projection.muscles?.[m]).map((m) => {
      const p = projection.muscles[m];
      return h('tr', null, h('th', { scope: 'row' }, muscleName(m)),
        h('td', { class: 'num' }, p.hard_sets_per_week != null ? fmt(p.hard_sets_per_week) : '–'),
        h('td', { class: 'num' }, fmtPct(p.size_change_pct)));
    }))) : null;

  const confirmBox = h('span', { class: 'confirm', hidden: true },
    ' Delete every workout of ', h('strong', null, athlete.name), '? ',
    h('button', { type: 'button', class: 'danger', 'data-testid': 'delete-athlete-confirm', onclick: async (ev) => {
      ev.currentTarget.disabled = true;
      try {
        await onDelete();
      } catch (e) {
        confirmBox.replaceWith(problemBox(e, { testid: 'delete-problem' }));
      }
    } }, 'Yes, delete'),
    ' ',
    h('button', { type: 'button', 'data-testid': 'delete-athlete-cancel', onclick: () => { confirmBox.hidden = true; } }, 'Cancel'));
  const del = h('button', { type: 'button', class: 'danger-outline', 'data-testid': 'delete-athlete', onclick: () => {
    confirmBox.hidden = false;
    confirmBox.querySelector('button')?.focus();
  } }, 'Delete this athlete’s data');

  const readiness = json.readiness;
  const ready = Object.entries(readiness?.muscles ?? {});
  const readinessTable = ready.length ? h('table', { class: 'data readiness', 'data-testid': 'readiness' },
    h('caption', null, `Readiness ${readiness.at ? `at ${String(readiness.at).replace('T', ' ').slice(0, 16)}` : `on ${readiness.date}`} (a day after the last workout): how far each muscle has recovered, 100 % = fully`),
    h('thead', null, h('tr', null, ['Muscle', 'Recovered (%)'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', null, ready.map(([m, r]) => h('tr', { 'data-muscle': m },
      h('th', { scope: 'row' }, muscleName(m)),
      h('td', { class: 'num' }, h('span', { class: 'meter', style: `--value:${Math.max(0, Math.min(100, r.recovered_pct))}%`, 'aria-hidden': 'true' }),
        ` ${count(r.recovered_pct)} %`))))) : null;
  const who = json.athlete;
  const profileLine = who ? h('p', { class: 'muted', 'data-testid': 'history-athlete' },
    `Predicted for: ${who.sex}, ${count(who.age)} years, ${fmtEntered(who.body_mass_kg)} kg, ${fmtEntered(who.body_fat_pct)} % body fat, ${who.training_status}`
    + (who.resting_testosterone_nmol_per_l != null ? `, resting testosterone ${fmt(who.resting_testosterone_nmol_per_l)} nmol/L` : '')
    + (who.strength_responsiveness != null ? `, strength responsiveness ${fmt(who.strength_responsiveness)} (fitted to the log)` : '')) : null;

  const unmatched = json.unmatched ?? [];
  return h('div', { class: 'history' },
    h('h2', null, athlete.name, h('span', { class: 'muted' }, ` — ${plural(json.workouts, 'workout')}, ${plural(json.sets, 'set')}, ${json.first ?? '–'} to ${json.last ?? '–'}`)),
    profileLine,
    historyCharts(json),
    weeks.length ? [h('div', { class: 'table-wrap' }, weekly), bandsLegend] : h('p', { class: 'muted' }, 'No weeks with working sets.'),
    readinessTable ? h('div', { class: 'table-wrap' }, readinessTable) : null,
    sessions.length ? h('div', { class: 'table-wrap' }, sessionTable) : null,
    projectionTable ? h('div', { class: 'table-wrap' }, projectionTable) : null,
    unmatched.length ? h('p', { class: 'note' }, `Left out (not in the catalogue): ${unmatched.map((u) => `${u.name} (${plural(u.sets, 'set')})`).join(', ')}`) : null,
    onDelete ? h('div', { class: 'danger-zone' }, del, confirmBox) : null);
}
