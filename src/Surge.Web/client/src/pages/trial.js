// Trial page: a virtual trial run on the server (POST /api/trial): design, arms from the example programs or the
// Program editor's program, cohort n and athlete, seed, outcomes -> per arm mean ± SD (n), contrasts with the
// difference [95 % CI], p and Hedges' g, and a plot of every subject's outcome per arm (paired lines for within).
import { h, replace, download } from '../dom.js';
import { fmtPct, fmtP, fmtFixed, count } from '../format.js';
import { call, problemBox, retryWhenRateLimited, ProblemError } from '../api.js';
import { MEASURES, MUSCLES, DAYS, clone, muscleName } from '../model.js';

const muscleLabel = (id) => { const w = muscleName(id); return w.charAt(0).toUpperCase() + w.slice(1); };
import { OKABE_ITO, seriesColor, subjectPlot } from '../charts.js';
import { inkOn } from '../palette.js';
import { programPresets } from '../presets.js';
import { editedProgram } from '../shared-program.js';
import { account, onAccount } from '../account.js';
import { readLink, trackState } from '../page-state.js';

const EDITED = 'edited';
const DEFAULT_ARMS = ['program-low-protein', 'program-adequate-protein'];

/** The outcome key's words: "muscle_size:quadriceps" -> "Quadriceps size". */
export function outcomeLabel(key) {
  const [measure, what] = String(key).split(/:(.*)/s);
  if (measure === 'muscle_size') return `${muscleLabel(what.split(':')[0])} size${what.includes(':') ? ` (${what.split(':')[1]})` : ''}`;
  if (measure === 'one_rm') return `1RM ${what}`;
  const m = MEASURES.find((x) => x.key === what);
  return `${m ? m.short : what} peak`;
}

/** The trial file's outcome object for a key. */
function outcomeDocument(key) {
  const [measure, what] = String(key).split(/:(.*)/s);
  if (measure === 'muscle_size') return { measure, group: what };
  if (measure === 'one_rm') return { measure, exercise: what };
  return { measure, hormone: what };
}


/** An arm's name in the trial file: 1–40 characters without commas or quotes, unique. */
function armNames(titles) {
  const used = new Set();
  return titles.map((t) => {
    const base = (String(t).replace(/[",\p{Cc}]/gu, '').trim() || 'arm').slice(0, 34);
    let name = base;
    for (let k = 2; used.has(name); k++) name = `${base} (${k})`;
    used.add(name);
    return name;
  });
}

/** Exercise names (lower case) of a program document. */
function exercisesOf(doc) {
  const names = new Set();
  const weeks = [doc?.week, ...(doc?.blocks ?? []).map((b) => b?.week)].filter(Boolean);
  for (const week of weeks) {
    for (const d of DAYS) {
      for (const e of week[d]?.exercises ?? []) if (e?.exercise) names.add(String(e.exercise).trim().toLowerCase());
    }
  }
  return names;
}

export function trialPage() {
  const presets = programPresets().filter((p) => p.doc && p.doc.weeks != null && p.doc.week);
  const fresh = () => ({
    v: 1,
    design: 'parallel',
    n: 10,
    weeks: 12,
    seed: 1,
    variability: 'population',
    athlete: { sex: 'male', age: 25, training_status: 'untrained' },
    arms: DEFAULT_ARMS.filter((id) => presets.some((p) => p.id === id)).map((source) => ({ source })),
    outcomes: ['muscle_size:quadriceps', 'one_rm:back squat'],
  });
  const valid = (v) => v?.v === 1 && Array.isArray(v.arms) && Array.isArray(v.outcomes) && v.athlete && typeof v.n === 'number';
  const linked = readLink('t');
  let state = valid(linked) ? linked : fresh();
  let limits = null;
  let running = null;
  let shownDocument = null; // the trial document of the result on show (its downloads ask for that one)

  const root = h('section', { class: 'page trial-page', 'data-testid': 'trial-page', 'data-state': 'idle', 'aria-labelledby': 'trial-h' });
  const formSlot = h('div', { class: 'trial-form' });
  const limitsNote = h('p', { class: 'note', 'data-testid': 'trial-limits' }, 'Limits: …');
  const problemSlot = h('div', { class: 'problem-slot', 'aria-live': 'assertive' });
  const status = h('span', { class: 'status', role: 'status', 'data-testid': 'trial-status' }, '');
  const resultSlot = h('div', { class: 'trial-results', 'data-testid': 'trial-results' });
  const runButton = h('button', { type: 'button', class: 'primary', 'data-testid': 'trial-run', onclick: () => run() }, 'Run trial');

  const tracker = trackState({
    route: 'trial', key: 't', root, testid: 'trial',
    snapshot: () => state,
    restore: (value) => {
      if (!valid(value)) return false;
      state = clone(value);
      build();
      tracker.changed();
      return true;
    },
    reset: () => {
      state = fresh();
      build();
      tracker.changed();
    },
  });

  root.append(
    h('div', { class: 'page-head' },
      h('h1', { id: 'trial-h' }, 'Trial'),
      h('p', { class: 'lede' }, 'A virtual trial: a cohort of simulated subjects, each different as people are, through two or more programs. '
        + 'Per arm the mean ± SD (n) of each outcome, and per pair of arms the difference with its 95 % CI, p (Welch, or paired t for a within design) and Hedges’ g — the table of a paper, as surge trial prints it.')),
    h('div', { class: 'toolbar' }, tracker.el),
    limitsNote, formSlot,
    h('div', { class: 'results-head' }, runButton, status),
    problemSlot, resultSlot);

  const change = (fn) => (ev) => {
    fn(ev);
    tracker.changed();
  };

  const field = (label, control, hint) => h('label', { class: 'field' }, h('span', null, label), control, hint ? h('span', { class: 'hint' }, hint) : null);

  function number(key, { min, max, step = 1, testid, get = () => state[key], set = (v) => { state[key] = v; } }) {
    return h('input', {
      type: 'number', min, max, step, value: String(get()), 'data-testid': testid, inputmode: 'numeric',
      onchange: change((ev) => {
        const v = Number(ev.currentTarget.value);
        if (Number.isFinite(v)) set(v);
      }),
    });
  }

  function select(options, get, set, testid) {
    return h('select', { 'data-testid': testid, onchange: change((ev) => set(ev.currentTarget.value)) },
      options.map(([value, text]) => h('option', { value, selected: value === get() }, text)));
  }

  function armTitle(arm) {
    if (arm.source === EDITED) return arm.name || 'Program editor';
    return presets.find((p) => p.id === arm.source)?.title ?? arm.source;
  }

  function armDocument(arm) {
    const doc = clone(arm.source === EDITED ? arm.doc : presets.find((p) => p.id === arm.source)?.doc ?? {});
    delete doc.athlete; // every arm uses the cohort's athlete
    if (doc.weeks != null) doc.weeks = state.weeks;
    return doc;
  }

  /** The 1RM outcomes every arm allows: exercises trained in every arm. */
  function commonExercises() {
    const sets = state.arms.map((a) => exercisesOf(armDocument(a)));
    if (sets.length === 0) return [];
    return [...sets[0]].filter((e) => sets.every((s) => s.has(e))).sort();
  }

  function armRow(arm, i) {
    const edited = editedProgram();
    const options = [
      ...presets.map((p) => [p.id, p.title]),
      ...(edited || arm.source === EDITED ? [[EDITED, `Program editor: ${arm.source === EDITED ? arm.name : edited.name}`]] : []),
    ];
    const picker = select(options, () => arm.source, (value) => {
      if (value === EDITED) {
        const current = editedProgram();
        if (current) Object.assign(arm, { source: EDITED, doc: clone(current.doc), name: current.name });
      } else {
        state.arms[i] = { source: value };
      }
      pruneOutcomes();
      build();
    }, `trial-arm-${i}`);
    picker.setAttribute('aria-label', `Arm ${i + 1}: program`);
    return h('li', { class: 'row trial-arm' },
      h('div', { class: 'row-head' },
        h('span', { class: 'row-num', style: `background:${seriesColor(i % OKABE_ITO.length)};color:${inkOn(seriesColor(i % OKABE_ITO.length))}` }, String(i + 1)),
        h('div', { class: 'row-title' }, picker),
        h('div', { class: 'row-tools' },
          h('button', {
            type: 'button', title: 'Remove this arm', 'aria-label': `Remove arm ${i + 1}`, disabled: state.arms.length <= 2,
            onclick: change(() => { state.arms.splice(i, 1); pruneOutcomes(); build(); }),
          }, '✕'))));
  }

  function pruneOutcomes() {
    const common = new Set(commonExercises());
    state.outcomes = state.outcomes.filter((k) => !k.startsWith('one_rm:') || common.has(k.slice(7)));
  }

  function checkboxes(title, keys, testid) {
    return h('fieldset', { class: 'panel trial-outcomes', 'data-testid': testid },
      h('legend', null, title),
      keys.length === 0 ? h('span', { class: 'muted' }, 'none common to every arm') : null,
      keys.map((key) => h('label', { class: 'check' },
        h('input', {
          type: 'checkbox', value: key, checked: state.outcomes.includes(key), 'data-testid': `outcome-${key}`,
          onchange: change((ev) => {
            state.outcomes = ev.currentTarget.checked ? [...state.outcomes, key] : state.outcomes.filter((k) => k !== key);
          }),
        }), ' ', outcomeLabel(key))));
  }

  function build() {
    const maxArms = limits?.arms ?? 4;
    replace(formSlot,
      h('div', { class: 'panel' },
        h('div', { class: 'trial-grid' },
          field('Design', select([['parallel', 'parallel (each subject does one arm)'], ['within', 'within (every subject does every arm)']],
            () => state.design, (v) => { state.design = v; }, 'trial-design')),
          field('Subjects n', number('n', { min: 2, max: limits?.n_per_arm, testid: 'trial-n' }), state.design === 'parallel' ? 'per arm' : 'in all'),
          field('Weeks', number('weeks', { min: 1, max: limits?.weeks, testid: 'trial-weeks' }), 'of every arm’s program'),
          field('Seed', number('seed', { min: 0, max: 2147483647, testid: 'trial-seed' }), 'same seed, same subjects'),
          field('Subjects differ', select([['population', 'as people do'], ['none', 'no: identical, measured exactly']],
            () => state.variability, (v) => { state.variability = v; }, 'trial-variability')))),
      h('div', { class: 'panel' },
        h('h2', null, 'Cohort'),
        h('div', { class: 'trial-grid' },
          field('Sex', select([['male', 'male'], ['female', 'female']], () => state.athlete.sex, (v) => { state.athlete.sex = v; }, 'trial-sex')),
          field('Age (years)', number('age', { min: 15, max: 100, testid: 'trial-age', get: () => state.athlete.age, set: (v) => { state.athlete.age = v; } })),
          field('Training status', select([['untrained', 'untrained'], ['trained', 'trained']],
            () => state.athlete.training_status, (v) => { state.athlete.training_status = v; }, 'trial-status-select')))),
      h('div', { class: 'panel' },
        h('h2', null, 'Arms'),
        h('p', { class: 'hint' }, 'The example programs, or the program being edited on the Program page (open it first). Every arm runs for the weeks above; the cohort’s athlete replaces each program’s.'),
        h('ol', { class: 'rows' }, state.arms.map(armRow)),
        h('button', {
          type: 'button', 'data-testid': 'trial-add-arm', disabled: state.arms.length >= maxArms,
          onclick: change(() => { state.arms.push({ source: presets[state.arms.length % presets.length].id }); pruneOutcomes(); build(); }),
        }, '+ Add arm')),
      h('div', { class: 'outcome-grid' },
        checkboxes('Muscle size (% change)', MUSCLES.map((m) => `muscle_size:${m}`), 'trial-outcomes-size'),
        checkboxes('1RM (% change)', commonExercises().map((e) => `one_rm:${e}`), 'trial-outcomes-1rm'),
        checkboxes('First session’s peak (% change)', MEASURES.map((m) => `acute_peak_change_pct:${m.key}`), 'trial-outcomes-acute')));
  }

  function trialDocument() {
    const names = armNames(state.arms.map(armTitle));
    const arms = {};
    state.arms.forEach((a, i) => { arms[names[i]] = { program: armDocument(a) }; });
    return {
      cohort: { n: state.n, athlete: { ...state.athlete }, variability: state.variability },
      design: state.design,
      seed: state.seed,
      arms,
      outcomes: state.outcomes.map(outcomeDocument),
    };
  }

  /** What is wrong before asking the server (a refused request would log to the console), or null. */
  function tooLarge() {
    if (state.arms.length < 2) return 'A trial compares two or more arms: add an arm.';
    if (state.outcomes.length === 0) return 'Choose at least one outcome.';
    if (!(state.n >= 2)) return 'Subjects n: at least 2 (an SD needs two).';
    if (!limits) return null;
    const who = limits.signed_in ? 'signed in' : `without an account (sign in for up to ${limits.signed_in_limits.n_per_arm} per arm, ${limits.signed_in_limits.weeks} weeks)`;
    if (state.n > limits.n_per_arm) return `Subjects n: at most ${limits.n_per_arm} ${state.design === 'parallel' ? 'per arm' : 'in all'} ${who}; got ${state.n}.`;
    if (state.weeks > limits.weeks) return `Weeks: at most ${limits.weeks} ${who}; got ${state.weeks}.`;
    if (state.arms.length > limits.arms) return `Arms: at most ${limits.arms} ${who}; got ${state.arms.length}.`;
    return null;
  }

  async function run() {
    const wrong = tooLarge();
    if (wrong) {
      replace(problemSlot, h('div', { class: 'problem', role: 'alert', 'data-testid': 'trial-problem' }, h('strong', { class: 'problem-title' }, 'Not run'), h('div', null, wrong)));
      return;
    }
    running?.abort();
    const controller = new AbortController();
    running = controller;
    replace(problemSlot);
    root.dataset.state = 'busy';
    runButton.disabled = true;
    status.textContent = 'running the trial on the server…';
    const started = performance.now();
    try {
      const doc = trialDocument();
      const result = await call('/api/trial', { method: 'POST', json: doc, signal: controller.signal });
      if (running !== controller) return;
      shownDocument = doc;
      show(result);
      status.textContent = `${result.subjects.length} subject-arm results in ${Math.round(performance.now() - started)} ms`;
      root.dataset.state = 'idle';
    } catch (e) {
      if (e?.name === 'AbortError') return;
      if (retryWhenRateLimited(e, status, run)) return;
      replace(problemSlot, problemBox(e, { testid: 'trial-problem' }));
      status.textContent = '';
      root.dataset.state = 'error';
    } finally {
      if (running === controller) runButton.disabled = false;
    }
  }

  function show(result) {
    const arms = Object.keys(result.arms);
    const keys = arms.length ? Object.keys(result.arms[arms[0]].outcomes) : [];
    const armTable = h('table', { class: 'data trial-arms', 'data-testid': 'trial-arm-table' },
      h('caption', null, `Per arm: mean ± SD (n); ${result.design} design, seed ${result.seed}, subjects ${result.variability === 'none' ? 'identical' : 'differ as people do'}`),
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Arm'), keys.map((k) => h('th', { scope: 'col' }, outcomeLabel(k))))),
      h('tbody', null, arms.map((a, i) => h('tr', { 'data-arm': a },
        h('th', { scope: 'row' }, h('span', { class: 'swatch', style: `background:${seriesColor(i % OKABE_ITO.length)}` }), a),
        keys.map((k) => {
          const o = result.arms[a].outcomes[k];
          return h('td', { class: 'num', 'data-outcome': k }, `${fmtPct(o.mean)} ± ${fmtPct(Math.abs(o.sd)).replace('+', '')} ${o.unit} (${count(o.n)})`);
        })))));
    const contrastTable = h('table', { class: 'data trial-contrasts', 'data-testid': 'trial-contrast-table' },
      h('caption', null, `Contrasts: difference [95 % CI], p (${result.design === 'parallel' ? 'Welch’s t' : 'paired t'}), Hedges’ g`),
      h('thead', null, h('tr', null, ['Outcome', 'Arms', 'Difference [95 % CI] (percentage points)', 'p', 'Hedges’ g'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', null, result.contrasts.map((c) => h('tr', { 'data-outcome': c.outcome },
        h('td', null, outcomeLabel(c.outcome)),
        h('td', null, `${c.a} − ${c.b}`),
        h('td', { class: 'num' }, `${fmtPct(c.difference)} [${fmtPct(c.ci_low)}, ${fmtPct(c.ci_high)}] pp`),
        h('td', { class: 'num', 'data-testid': 'trial-p' }, fmtP(c.p)),
        h('td', { class: 'num' }, fmtFixed(c.hedges_g, 2))))));
    const plots = h('div', { class: 'charts trial-plots' });
    keys.forEach((k) => {
      const holder = h('div', { class: 'chart', 'data-testid': `trial-plot-${k.replace(/[^a-z0-9_]+/gi, '-')}` });
      plots.appendChild(holder);
      subjectPlot(holder, {
        title: `${outcomeLabel(k)}, % change: each subject${result.design === 'within' ? ' (lines join one subject’s arms)' : ''}, mean ± SD`,
        arms,
        paired: result.design === 'within',
        unit: '%',
        subjects: result.subjects.map((s) => ({ subject: s.subject, arm: s.arm, value: s.values[k] })),
      });
    });
    const warnings = result.warnings?.length ? h('div', { class: 'note' }, h('ul', null, result.warnings.map((w) => h('li', null, w)))) : null;
    replace(resultSlot, downloads(), h('div', { class: 'table-wrap' }, armTable), h('div', { class: 'table-wrap' }, contrastTable), plots, warnings);
  }

  // ------------------------------------------------------------ downloads (the trial shown, not later edits)
  // The server writes them with the command line's writers (POST /api/trial?download=json|csv): the same bytes as
  // surge trial --json and --csv. The trial runs again for them; with its seed it gives the same numbers.
  function downloads() {
    const note = h('span', { class: 'hint', id: 'trial-dl-note' }, 'as surge trial --json / --csv writes them; the server runs the trial again (same seed, same numbers)');
    const button = (kind, label, file, type) => {
      const b = h('button', { type: 'button', 'data-testid': `trial-download-${kind}`, 'aria-describedby': 'trial-dl-label trial-dl-note' }, label);
      b.addEventListener('click', async () => {
        b.disabled = true;
        try {
          const blob = await call(`/api/trial?download=${kind}`, { method: 'POST', json: shownDocument, as: 'blob' });
          if (!blob.type.startsWith(type)) {
            throw new ProblemError(0, { title: `No ${label} from the server`, detail: `POST /api/trial?download=${kind} answered ${blob.type || 'no content type'} instead of ${type}` });
          }
          download(blob, file);
        } catch (e) {
          if (!retryWhenRateLimited(e, status, () => b.click())) replace(problemSlot, problemBox(e, { testid: 'trial-download-problem' }));
        } finally {
          b.disabled = false;
        }
      });
      return b;
    };
    return h('div', { class: 'toolbar-group downloads', 'data-testid': 'trial-downloads' },
      h('span', { class: 'toolbar-label', id: 'trial-dl-label' }, 'Download the result'),
      button('json', 'JSON', 'trial.json', 'application/json'),
      button('csv', 'CSV (every subject)', 'trial-subjects.csv', 'text/csv'),
      note);
  }

  async function loadLimits() {
    try {
      limits = await call('/api/trial/limits');
      const a = limits.anonymous;
      const s = limits.signed_in_limits;
      replace(limitsNote,
        `Runs on the server, limited in size: without an account up to ${a.n_per_arm} subjects per arm, ${a.weeks} weeks and ${a.arms} arms; signed in up to ${s.n_per_arm} per arm, ${s.weeks} weeks and ${s.arms} arms. `,
        h('strong', null, limits.signed_in ? 'You are signed in.' : 'You are not signed in.'));
      build();
    } catch (e) {
      replace(limitsNote, problemBox(e, { testid: 'trial-limits-problem' }));
    }
  }

  build();
  loadLimits();
  let lastAccount = account()?.email ?? null;
  onAccount((who) => {
    if ((who?.email ?? null) === lastAccount) return;
    lastAccount = who?.email ?? null;
    loadLimits();
  });
  return {
    el: root,
    onShow: () => { build(); tracker.onShow(); },
    onHash: () => tracker.onHash(),
  };
}
