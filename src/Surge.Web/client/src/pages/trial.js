// Trial page: a virtual trial run on the server (POST /api/trial): design, arms that are programs (the examples or
// the Program editor's) or sessions (the examples or the Session editor's), cohort n and athlete, seed, outcomes ->
// per arm mean ± SD (n), contrasts with the difference [95 % CI], p and Hedges' g, and a plot of every subject's
// outcome per arm (paired lines for within); "How many subjects?" asks the server for the n per arm at which a target
// share of simulated trials reaches p < 0.05 (POST /api/trial?power=). The trial document and the rules of which
// outcomes the arms allow are trial-model.js (pure, tested); the trial itself is the core's, on the server.
import { h, replace, pageHead } from '../dom.js';
import { count, plural } from '../format.js';
import { call, callWithProgress, problemBox, retryWhenRateLimited } from '../api.js';
import { muscleIds, clone, limits as modelLimits } from '../model.js';
import { OKABE_ITO, seriesColor } from '../charts.js';
import { inkOn } from '../palette.js';
import { programPresets, sessionPresets } from '../presets.js';
import { editedProgram } from '../shared-program.js';
import { editedSessions } from '../shared-session.js';
import { account, onAccount } from '../account.js';
import { readLink, trackState } from '../page-state.js';
import {
  EDITED, EDITED_SESSION, DEFAULT_POWER, DEFAULT_REPLICATES, PAGE_REPLICATES, armKind, outcomeLabel, acuteOutcomes,
  commonExercises, allowedOutcomes, hasSessionArm, hasProgramArm, trialDocument, tooLarge, powerProblem, powerUrl,
  powerWork, nUnit, powerProgressText,
} from '../trial-model.js';
import { powerResults, trialDownloads, trialResults } from './trial-results.js';


const DEFAULT_ARMS = ['program-low-protein', 'program-adequate-protein'];
const DEFAULT_SESSIONS = ['leg-day', 'arm-day'];

export function trialPage() {
  const presets = programPresets().filter((p) => p.doc && p.doc.weeks != null && p.doc.week);
  const sessions = sessionPresets().filter((p) => p.doc && Array.isArray(p.doc.exercises));
  const sources = { programs: presets, sessions };
  const fresh = () => ({
    v: 1,
    design: 'parallel',
    n: 10,
    weeks: 12,
    seed: 1,
    variability: 'population',
    athlete: { sex: 'male', age: 25, training_status: 'untrained' },
    arms: DEFAULT_ARMS.filter((id) => presets.some((p) => p.id === id)).map((source) => ({ kind: 'program', source })),
    outcomes: ['muscle_size:quadriceps', 'one_rm:back squat'],
    power: DEFAULT_POWER,
    replicates: PAGE_REPLICATES,
  });
  const valid = (v) => v?.v === 1 && Array.isArray(v.arms) && Array.isArray(v.outcomes) && v.athlete && typeof v.n === 'number';
  const linked = readLink('t');
  let state = valid(linked) ? linked : fresh();
  let limits = null;
  let running = null;
  let powerRunning = null;
  let shownDocument = null; // the trial document of the result on show (its downloads ask for that one)

  const root = h('section', { class: 'page trial-page', 'data-testid': 'trial-page', 'data-state': 'idle', 'aria-labelledby': 'trial-h' });
  const formSlot = h('div', { class: 'trial-form' });
  const limitsNote = h('p', { class: 'note', 'data-testid': 'trial-limits' }, 'Limits: …');
  const problemSlot = h('div', { class: 'problem-slot', 'aria-live': 'assertive' });
  const status = h('span', { class: 'status', role: 'status', 'data-testid': 'trial-status' }, '');
  const resultSlot = h('div', { class: 'trial-results', 'data-testid': 'trial-results' });
  const runButton = h('button', { type: 'button', class: 'primary', 'data-testid': 'trial-run', onclick: () => run() }, 'Run trial');
  const powerSlot = h('div', { class: 'trial-power-form' });
  const powerStatus = h('span', { class: 'status', role: 'status', 'data-testid': 'trial-power-status' }, '');
  // The simulated trials done at the n being tried, as the server streams them (hidden when no search runs).
  const powerBar = h('progress', { class: 'trial-power-bar', 'data-testid': 'trial-power-progress', hidden: true, 'aria-label': 'simulated trials done at this n' });
  const powerProblemSlot = h('div', { class: 'problem-slot', 'aria-live': 'assertive' });
  const powerWorkNote = h('p', { class: 'hint', 'data-testid': 'trial-power-work' });
  const powerResultSlot = h('div', { class: 'trial-power-results', 'data-testid': 'trial-power-results' });
  const powerButton = h('button', { type: 'button', 'data-testid': 'trial-power-run', onclick: () => findN() }, 'Find n');
  const powerCancel = h('button', { type: 'button', 'data-testid': 'trial-power-cancel', hidden: true, onclick: () => powerRunning?.abort() }, 'Cancel');
  const powerPanel = h('section', { class: 'panel trial-power', 'data-testid': 'trial-power', 'data-state': 'idle', 'aria-labelledby': 'trial-power-h' },
    h('h2', { id: 'trial-power-h' }, 'How many subjects?'),
    h('p', { class: 'hint' }, 'The n at which a share of simulated trials of the design above reaches p < 0.05, per contrast, as surge trial --power finds it: '
      + 'at every n of 2, 3, 4, 6, 8, 12, 16, 24, … (up to your limit of subjects) the server runs the simulated trials with the same seeds. Subjects n above is not used.'),
    powerSlot,
    h('div', { class: 'results-head' }, powerButton, powerCancel, powerBar, powerStatus),
    powerProblemSlot, powerResultSlot);

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
    pageHead('trial', 'Trial', 'A virtual trial: a cohort of simulated subjects, each different as people are, through two or more programs or sessions. '
        + 'Per arm the mean ± SD (n) of each outcome, and per pair of arms the difference with its 95 % CI, p (Welch, or paired t for a within design) and Hedges’ g — the table of a paper, as surge trial prints it.'),
    h('div', { class: 'toolbar' }, tracker.el),
    limitsNote, formSlot,
    h('div', { class: 'results-head' }, runButton, status),
    problemSlot, resultSlot, powerPanel);

  const change = (fn) => (ev) => {
    fn(ev);
    updatePowerWork();
    tracker.changed();
  };

  /** A problem found before sending: shown as the server's problems are, titled "Not run". */
  const notRun = (text, testid) => h('div', { class: 'problem', role: 'alert', 'data-testid': testid }, h('strong', { class: 'problem-title' }, 'Not run'), h('div', null, text));

  const field = (label, control, hint) => h('label', { class: 'field' }, h('span', null, label), control, hint ? h('span', { class: 'hint' }, hint) : null);

  function number(key, { min, max, step = 1, testid, get = () => state[key], set = (v) => { state[key] = v; }, disabled = false }) {
    return h('input', {
      type: 'number', min, max, step, value: String(get()), 'data-testid': testid, inputmode: step < 1 ? 'decimal' : 'numeric', disabled,
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

  /** The choices of an arm of this kind: the examples, then what the Program (Session) page is editing. */
  function sourceOptions(arm) {
    if (armKind(arm) === 'session') {
      const edited = editedSessions();
      const own = arm.source === EDITED_SESSION && !edited.some((e) => e.name === arm.name) ? [[`${EDITED_SESSION}:own`, `Session editor: ${arm.name}`]] : [];
      return [
        ...sessions.map((p) => [p.id, p.title]),
        ...edited.map((e, k) => [`${EDITED_SESSION}:${k}`, `Session editor: ${e.name}`]),
        ...own,
      ];
    }
    const edited = editedProgram();
    return [
      ...presets.map((p) => [p.id, p.title]),
      ...(edited || arm.source === EDITED ? [[EDITED, `Program editor: ${arm.source === EDITED ? arm.name : edited.name}`]] : []),
    ];
  }

  /** The select's value of an arm (an edited session by its place in the Session page's list, or its own copy). */
  function sourceValue(arm) {
    if (arm.source !== EDITED_SESSION) return arm.source;
    const k = editedSessions().findIndex((e) => e.name === arm.name);
    return k >= 0 ? `${EDITED_SESSION}:${k}` : `${EDITED_SESSION}:own`;
  }

  function chooseSource(i, value) {
    const arm = state.arms[i];
    if (value === EDITED) {
      const current = editedProgram();
      if (current) state.arms[i] = { kind: 'program', source: EDITED, doc: clone(current.doc), name: current.name };
    } else if (value.startsWith(`${EDITED_SESSION}:`)) {
      const current = editedSessions()[Number(value.slice(EDITED_SESSION.length + 1))];
      if (current) state.arms[i] = { kind: 'session', source: EDITED_SESSION, doc: clone(current.doc), name: current.name };
    } else {
      state.arms[i] = { kind: armKind(arm), source: value };
    }
    state.outcomes = allowedOutcomes(state, sources);
    build();
  }

  function chooseKind(i, kind) {
    const firstFree = (list, defaults) => {
      const used = new Set(state.arms.map((a) => a.source));
      return defaults.find((id) => !used.has(id) && list.some((p) => p.id === id)) ?? list[i % list.length].id;
    };
    state.arms[i] = kind === 'session'
      ? { kind: 'session', source: firstFree(sessions, DEFAULT_SESSIONS) }
      : { kind: 'program', source: firstFree(presets, DEFAULT_ARMS) };
    state.outcomes = allowedOutcomes(state, sources);
    build();
  }

  function armRow(arm, i) {
    const kind = select([['program', 'Program'], ['session', 'Session']], () => armKind(arm), (v) => chooseKind(i, v), `trial-arm-kind-${i}`);
    kind.setAttribute('aria-label', `Arm ${i + 1}: a program or a session`);
    const picker = select(sourceOptions(arm), () => sourceValue(arm), (v) => chooseSource(i, v), `trial-arm-${i}`);
    picker.setAttribute('aria-label', `Arm ${i + 1}: ${armKind(arm)}`);
    return h('li', { class: 'row trial-arm', 'data-kind': armKind(arm) },
      h('div', { class: 'row-head' },
        h('span', { class: 'row-num', style: `background:${seriesColor(i % OKABE_ITO.length)};color:${inkOn(seriesColor(i % OKABE_ITO.length))}` }, String(i + 1)),
        h('div', { class: 'row-title trial-arm-pickers' }, kind, picker),
        h('div', { class: 'row-tools' },
          h('button', {
            type: 'button', title: 'Remove this arm', 'aria-label': `Remove arm ${i + 1}`, disabled: state.arms.length <= 2,
            onclick: change(() => { state.arms.splice(i, 1); state.outcomes = allowedOutcomes(state, sources); build(); }),
          }, '✕'))));
  }

  function checkboxes(title, keys, testid, { disabled = false, empty = 'none common to every arm' } = {}) {
    return h('fieldset', { class: 'panel trial-outcomes', 'data-testid': testid, disabled },
      h('legend', null, title),
      keys.length === 0 ? h('span', { class: 'muted' }, empty) : null,
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
    const sessionArm = hasSessionArm(state);
    const longTerm = sessionArm ? 'need every arm to be a program' : 'none common to every arm';
    replace(formSlot,
      h('div', { class: 'panel' },
        h('div', { class: 'trial-grid' },
          field('Design', select([['parallel', 'parallel (each subject does one arm)'], ['within', 'within (every subject does every arm)']],
            () => state.design, (v) => { state.design = v; buildPower(); }, 'trial-design')),
          field('Subjects n', number('n', { min: 2, max: limits?.n_per_arm, testid: 'trial-n' }), state.design === 'parallel' ? 'per arm' : 'in all'),
          field('Weeks', number('weeks', { min: 1, max: limits?.weeks, testid: 'trial-weeks', disabled: !hasProgramArm(state) }),
            hasProgramArm(state) ? 'of every program arm' : 'sessions only: a session is one day'),
          field('Seed', number('seed', { min: 0, max: 2147483647, testid: 'trial-seed' }), 'same seed, same subjects'),
          field('Subjects differ', select([['population', 'as people do'], ['none', 'no: identical, measured exactly']],
            () => state.variability, (v) => { state.variability = v; }, 'trial-variability')))),
      h('div', { class: 'panel' },
        h('h2', null, 'Cohort'),
        h('div', { class: 'trial-grid' },
          field('Sex', select([['male', 'male'], ['female', 'female']], () => state.athlete.sex, (v) => { state.athlete.sex = v; }, 'trial-sex')),
          field('Age (years)', number('age', { min: modelLimits().age_years.min, max: modelLimits().age_years.max, testid: 'trial-age', get: () => state.athlete.age, set: (v) => { state.athlete.age = v; } })),
          field('Training status', select([['untrained', 'untrained'], ['trained', 'trained']],
            () => state.athlete.training_status, (v) => { state.athlete.training_status = v; }, 'trial-status-select')))),
      h('div', { class: 'panel' },
        h('h2', null, 'Arms'),
        h('p', { class: 'hint' }, 'Each arm is a program (the examples, or the one being edited on the Program page) or a session (the examples, or the ones being edited on the Session page: open a page first). '
          + 'Every program arm runs for the weeks above; the cohort’s athlete replaces each arm’s. With a session arm the outcomes are the hormone peaks.'),
        h('ol', { class: 'rows' }, state.arms.map(armRow)),
        h('button', {
          type: 'button', 'data-testid': 'trial-add-arm', disabled: state.arms.length >= maxArms,
          onclick: change(() => {
            const kind = armKind(state.arms[state.arms.length - 1]);
            state.arms.push(kind === 'session'
              ? { kind, source: sessions[state.arms.length % sessions.length].id }
              : { kind, source: presets[state.arms.length % presets.length].id });
            state.outcomes = allowedOutcomes(state, sources);
            build();
          }),
        }, '+ Add arm')),
      h('div', { class: 'outcome-grid' },
        checkboxes('Muscle size (% change)', sessionArm ? [] : muscleIds().map((m) => `muscle_size:${m}`), 'trial-outcomes-size', { disabled: sessionArm, empty: longTerm }),
        checkboxes('1RM (% change)', commonExercises(state, sources).map((e) => `one_rm:${e}`), 'trial-outcomes-1rm', { disabled: sessionArm, empty: longTerm }),
        checkboxes(sessionArm ? 'Hormone peak (% change; a program arm: its first session’s)' : 'First session’s peak (% change)',
          acuteOutcomes(), 'trial-outcomes-acute')));
    buildPower();
  }

  async function run() {
    const wrong = tooLarge(state, limits);
    if (wrong) {
      replace(problemSlot, notRun(wrong, 'trial-problem'));
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
      const doc = trialDocument(state, sources);
      const result = await call('/api/trial', { method: 'POST', json: doc, signal: controller.signal });
      if (running !== controller) return;
      shownDocument = doc;
      show(result);
      status.textContent = `${result.subjects.length} subject-arm results in ${count(performance.now() - started)} ms`;
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
    replace(resultSlot, trialDownloads({ trialDocument: () => shownDocument, status, problemSlot }), ...trialResults(result));
  }

  // ------------------------------------------------------------ power: how many subjects (POST /api/trial?power=)
  /** The largest n of the search: the one chosen, at most the caller's limit (the limit when none was chosen). */
  const largestN = () => Math.min(state.maxN ?? Infinity, limits?.n_per_arm ?? 50);

  function buildPower() {
    const maxReplicates = limits?.power_replicates ?? DEFAULT_REPLICATES;
    replace(powerSlot,
      h('div', { class: 'trial-grid' },
        field('Target power', number('power', { min: 0.5, max: 0.99, step: 0.05, testid: 'trial-power-target', get: () => state.power ?? DEFAULT_POWER }),
          'share of trials with p < 0.05 (0.5–0.99)'),
        field('Simulated trials per n', number('replicates', { min: 10, max: maxReplicates, step: 10, testid: 'trial-power-replicates', get: () => state.replicates ?? PAGE_REPLICATES }),
          `10–${count(maxReplicates)}`),
        field('Largest n', number('maxN', { min: 2, max: limits?.n_per_arm, testid: 'trial-power-max-n', get: () => largestN() }),
          nUnit(state.design))),
      powerWorkNote);
    updatePowerWork();
  }

  /** The most work the search can take, said before it is sent (it stops earlier once every contrast reached the target). */
  function updatePowerWork() {
    const work = powerWork(state.arms.length, state.replicates ?? PAGE_REPLICATES, largestN());
    powerWorkNote.textContent = `n tried: ${work.grid.join(', ')} ${nUnit(state.design)}, until every contrast reaches the target: at most `
      + `${plural(work.subjectArms, 'simulated subject-arm')}${hasProgramArm(state) ? ` of up to ${plural(state.weeks, 'week')}` : ''}. `
      + 'A search needing more computing than the server’s budget is stopped (503).';
  }

  async function findN() {
    const target = state.power ?? DEFAULT_POWER;
    const replicates = state.replicates ?? PAGE_REPLICATES;
    let wrong = tooLarge(state, limits, { power: true }) ?? powerProblem(target);
    const maxReplicates = limits?.power_replicates;
    if (!wrong && (!(replicates >= 10) || (maxReplicates && replicates > maxReplicates))) {
      wrong = `Simulated trials per n: from 10 to ${count(maxReplicates ?? 10000)}${limits && !limits.signed_in ? ' without an account' : ''}; got ${count(replicates)}.`;
    }
    if (wrong) {
      replace(powerProblemSlot, notRun(wrong, 'trial-power-problem'));
      return;
    }
    powerRunning?.abort();
    const controller = new AbortController();
    powerRunning = controller;
    replace(powerProblemSlot);
    powerPanel.dataset.state = 'busy';
    powerButton.disabled = true;
    powerCancel.hidden = false;
    const started = performance.now();
    const elapsed = () => `${count((performance.now() - started) / 1000)} s`;
    let progressText = `searching: ${plural(replicates, 'simulated trial')} at each n, on the server…`;
    powerStatus.textContent = progressText;
    powerBar.removeAttribute('value');
    powerBar.hidden = false;
    const ticker = setInterval(() => {
      powerStatus.textContent = `${progressText} ${elapsed()}`;
    }, 1000);
    const onProgress = (p) => {
      if (powerRunning !== controller) return;
      progressText = powerProgressText(p, state.design);
      powerBar.max = p.replicates;
      powerBar.value = p.replicates_done;
      powerStatus.textContent = `${progressText} ${elapsed()}`;
    };
    try {
      const answer = await callWithProgress(powerUrl(target, replicates, largestN()), { json: trialDocument(state, sources), signal: controller.signal, onProgress });
      if (powerRunning !== controller) return;
      showPower(answer);
      powerStatus.textContent = `${plural(answer.trials_simulated, 'simulated trial')} in ${elapsed()}`;
      powerPanel.dataset.state = 'idle';
    } catch (e) {
      if (e?.name === 'AbortError') {
        if (powerRunning === controller) {
          powerStatus.textContent = 'cancelled';
          powerPanel.dataset.state = 'idle';
        }
        return;
      }
      if (retryWhenRateLimited(e, powerStatus, findN)) return;
      replace(powerProblemSlot, problemBox(e, { testid: 'trial-power-problem' }),
        e?.status === 503 ? h('p', { class: 'hint' }, 'Fewer simulated trials per n, a smaller largest n, fewer weeks or fewer arms make the search shorter; signed in, the limits are larger but the budget is the same.') : null);
      powerStatus.textContent = '';
      powerPanel.dataset.state = 'error';
    } finally {
      clearInterval(ticker);
      if (powerRunning === controller) {
        powerBar.hidden = true;
        powerButton.disabled = false;
        powerCancel.hidden = true;
        powerRunning = null;
      }
    }
  }

  function showPower(answer) {
    replace(powerResultSlot, ...powerResults(answer));
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
