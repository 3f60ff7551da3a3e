// Pure functions of the Trial page (no DOM, no fetch): the page's state -> the trial document POST /api/trial reads
// (formats.md, "Virtual trials: surge trial"; every arm a program or a session, inline), which outcomes the arms
// allow, what is past the caller's limits, the power search's query and its answer as table rows.
// The trial itself (subjects, statistics, power) is the server's: the core's trial reader and runner.
// Tested by test/trial-model.test.js with node:test.
import { measures, dayKeys, clone, muscleName } from './model.js';
import { count, plural } from './format.js';

/** An arm's source: an example's id, or the program (or a session) being edited on the Program (Session) page. */
export const EDITED = 'edited';
export const EDITED_SESSION = 'edited-session';

/** The target power the page offers first, as `surge trial --power 0.8`. */
export const DEFAULT_POWER = 0.8;

/** Simulated trials per n of `surge trial --power` (the default of a request that names none). */
export const DEFAULT_REPLICATES = 100;

/**
 * Simulated trials per n the page offers first: 20 (power known to about ±9 points). With the page's first arms, two
 * 12-week programs whose difference needs about 190 subjects per arm, 100 per n ran past the server's 30-s budget
 * (503); 20 per n up to n = 50 is about 6,000 subject-programs, a few seconds. Raise it for a finer answer.
 */
export const PAGE_REPLICATES = 20;

/** 'program' or 'session' (links written before session arms existed hold programs only). */
export const armKind = (arm) => (arm?.kind === 'session' ? 'session' : 'program');

const capital = (w) => w.charAt(0).toUpperCase() + w.slice(1);

/** The outcome key's words: "muscle_size:quadriceps" -> "Quadriceps size", "acute_peak_change_pct:growth_hormone" -> "GH peak". */
export function outcomeLabel(key) {
  const [measure, what = ''] = String(key).split(/:(.*)/s);
  if (measure === 'muscle_size') return `${capital(muscleName(what.split(':')[0]))} size${what.includes(':') ? ` (${what.split(':')[1]})` : ''}`;
  if (measure === 'one_rm') return `1RM ${what}`;
  const m = measures().find((x) => x.key === what);
  return `${m ? m.short : what} peak`;
}

/** The trial file's outcome object for a key. */
export function outcomeDocument(key) {
  const [measure, what] = String(key).split(/:(.*)/s);
  if (measure === 'muscle_size') return { measure, group: what };
  if (measure === 'one_rm') return { measure, exercise: what };
  return { measure, hormone: what };
}

/** Outcomes a session arm allows: the acute peaks (`acute_peak_change_pct`), one per measure of surge simulate. */
export const acuteOutcomes = () => measures().map((m) => `acute_peak_change_pct:${m.key}`);

/** An arm's name in the trial file: 1–40 characters without commas or quotes, unique. */
export function armNames(titles) {
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
export function exercisesOf(doc) {
  const names = new Set();
  const weeks = [doc?.week, ...(doc?.blocks ?? []).map((b) => b?.week)].filter(Boolean);
  for (const week of weeks) {
    for (const d of dayKeys()) {
      for (const e of week[d]?.exercises ?? []) if (e?.exercise) names.add(String(e.exercise).trim().toLowerCase());
    }
  }
  return names;
}

/**
 * Where arms come from: `programs` and `sessions`, the examples ([{id, title, doc}]). An arm from an editor carries
 * its own copy (`doc`, `name`), taken when it was chosen.
 */
export function armTitle(arm, { programs = [], sessions = [] } = {}) {
  const session = armKind(arm) === 'session';
  if (arm.source === EDITED || arm.source === EDITED_SESSION) return arm.name || (session ? 'Session editor' : 'Program editor');
  return (session ? sessions : programs).find((p) => p.id === arm.source)?.title ?? arm.source;
}

/**
 * The arm's document without its athlete (every arm uses the cohort's): `{program: …}` with the page's weeks, or
 * `{session: …}`.
 * @param {Record<string, any>} arm
 * @param {Record<string, any>} [sources]
 */
export function armDocument(arm, { programs = [], sessions = [], weeks } = {}) {
  const session = armKind(arm) === 'session';
  const own = arm.source === EDITED || arm.source === EDITED_SESSION;
  const doc = clone((own ? arm.doc : (session ? sessions : programs).find((p) => p.id === arm.source)?.doc) ?? {});
  delete doc.athlete;
  if (session) return { session: doc };
  if (doc.weeks != null && weeks != null) doc.weeks = weeks;
  return { program: doc };
}

/** True when any arm is a session (then only the acute peaks are outcomes, and the weeks do not apply to it). */
export const hasSessionArm = (state) => state.arms.some((a) => armKind(a) === 'session');

/** True when any arm is a program. */
export const hasProgramArm = (state) => state.arms.some((a) => armKind(a) === 'program');

/** The 1RM outcomes every arm allows: exercises trained in every arm (none when an arm is a session). */
export function commonExercises(state, sources) {
  if (state.arms.length === 0 || hasSessionArm(state)) return [];
  const sets = state.arms.map((a) => exercisesOf(armDocument(a, sources).program));
  return [...sets[0]].filter((e) => sets.every((s) => s.has(e))).sort();
}

/**
 * The outcomes kept when the arms change, as the trial reader allows them: with a session arm only the acute peaks
 * (and the first acute peak, testosterone, when nothing is left); 1RM only of exercises every arm trains.
 */
export function allowedOutcomes(state, sources) {
  if (hasSessionArm(state)) {
    const kept = state.outcomes.filter((k) => k.startsWith('acute_peak_change_pct:'));
    return kept.length ? kept : [acuteOutcomes()[0]];
  }
  const common = new Set(commonExercises(state, sources));
  return state.outcomes.filter((k) => !k.startsWith('one_rm:') || common.has(k.slice(7)));
}

/** The trial document the server runs (the trial file's schema). */
export function trialDocument(state, sources = {}) {
  const names = armNames(state.arms.map((a) => armTitle(a, sources)));
  const arms = {};
  state.arms.forEach((a, i) => { arms[names[i]] = armDocument(a, { ...sources, weeks: state.weeks }); });
  return {
    cohort: { n: state.n, athlete: { ...state.athlete }, variability: state.variability },
    design: state.design,
    seed: state.seed,
    arms,
    outcomes: state.outcomes.map(outcomeDocument),
  };
}

function who(limits) {
  return limits.signed_in
    ? 'signed in'
    : `without an account (sign in for up to ${limits.signed_in_limits.n_per_arm} per arm, ${limits.signed_in_limits.weeks} weeks)`;
}

/**
 * What is wrong before asking the server (a refused request would log to the console), or null. `power`: a power
 * search, whose n is the server's (up to the caller's limit), so the cohort's n is not checked.
 */
export function tooLarge(state, limits, { power = false } = {}) {
  if (state.arms.length < 2) return 'A trial compares two or more arms: add an arm.';
  if (state.outcomes.length === 0) return 'Choose at least one outcome.';
  if (!power && !(state.n >= 2)) return 'Subjects n: at least 2 (an SD needs two).';
  if (!limits) return null;
  if (!power && state.n > limits.n_per_arm) return `Subjects n: at most ${limits.n_per_arm} ${state.design === 'parallel' ? 'per arm' : 'in all'} ${who(limits)}; got ${state.n}.`;
  if (hasProgramArm(state) && state.weeks > limits.weeks) return `Weeks: at most ${limits.weeks} ${who(limits)}; got ${state.weeks}.`;
  if (state.arms.length > limits.arms) return `Arms: at most ${limits.arms} ${who(limits)}; got ${state.arms.length}.`;
  return null;
}

/** The target power's problem (0.5–0.99, as `surge trial --power`), or null. */
export function powerProblem(target) {
  if (typeof target !== 'number' || !Number.isFinite(target) || target < 0.5 || target > 0.99) {
    return `Target power: a share from 0.5 to 0.99 (e.g. 0.8), got ${Number.isFinite(target) ? target : 'nothing'}.`;
  }
  return null;
}

/**
 * `/api/trial?power=P&replicates=R[&max_n=N]` (plain ASCII digits: the server reads them in the invariant culture);
 * without `maxN` the server tries n up to the caller's limit.
 */
export function powerUrl(target, replicates = DEFAULT_REPLICATES, maxN = null) {
  const q = new URLSearchParams({ power: String(target), replicates: String(Math.round(replicates)) });
  if (maxN !== null && maxN !== undefined) q.set('max_n', String(Math.round(maxN)));
  return `/api/trial?${q}`;
}

/**
 * The most work a power search can take, for the page to say before it is sent: the n of the grid the server tries
 * (2, 3, 4, 6, 8, 12, … up to `maxN`, as TrialPower.Grid; the server answers the ones it did try in `n_tried`) and the
 * subject-arm simulations if every one is needed (replicates × Σ n × arms). The search stops earlier once every
 * contrast reached the target.
 */
export function powerWork(arms, replicates, maxN) {
  const grid = [];
  for (let n = 2; n <= maxN; n *= 2) {
    grid.push(n);
    if (n + n / 2 <= maxN) grid.push(n + n / 2);
  }
  return { grid, subjectArms: Math.round(replicates) * arms * grid.reduce((t, n) => t + n, 0) };
}

/** "subjects per arm" (parallel) or "subjects in all" (within): what a power search's n counts. */
export const nUnit = (design) => (design === 'within' ? 'subjects in all' : 'subjects per arm');

/**
 * A power search's progress line (`{"progress": {n, replicates_done, replicates, n_index, n_count, trials_simulated}}`
 * of POST /api/trial?power= streamed) as the page says it: "n = 24 subjects per arm: 13 of 20 simulated trials
 * (n 8 of at most 11, 153 simulated trials in all)".
 */
export function powerProgressText(progress, design) {
  const p = progress;
  return `n = ${count(p.n)} ${nUnit(design)}: ${count(p.replicates_done)} of ${plural(p.replicates, 'simulated trial')} `
    + `(n ${count(p.n_index)} of at most ${count(p.n_count)}, ${plural(p.trials_simulated, 'simulated trial')} in all)`;
}

/** A share as a whole percentage: 0.8 -> "80 %". */
const percent = (x) => `${count(x * 100)} %`;

/**
 * The answer of `/api/trial?power=` as the page shows it: a caption and per contrast a row
 * `{contrast, outcome, outcomeKey, n, reached, power}` (n with its unit; "more than 50 …" when not reached).
 */
export function powerTable(answer) {
  const p = answer.power;
  const unit = nUnit(p.design);
  const tried = answer.n_tried ?? [];
  const caption = `Subjects needed for ${percent(p.target)} power at p < ${String(p.alpha)} (${p.design} design; `
    + `${plural(p.replicates, 'simulated trial')} per n, ${plural(answer.trials_simulated, 'simulated trial')} in all`
    + `${tried.length ? `, n tried: ${tried.join(', ')}` : ''}; seed ${p.seed})`;
  const rows = p.results.map((r) => ({
    contrast: `${r.a} − ${r.b}`,
    outcome: outcomeLabel(r.outcome),
    outcomeKey: r.outcome,
    reached: r.n !== null && r.n !== undefined,
    n: r.n !== null && r.n !== undefined ? `${count(r.n)} ${unit}` : `more than ${count(r.largest_n_tried)} ${unit} (not reached)`,
    power: `${percent(r.power)} at n = ${count(r.n ?? r.largest_n_tried)}`,
  }));
  return { caption, rows };
}
