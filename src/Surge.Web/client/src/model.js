// Pure functions (no DOM, no fetch): the editor's state <-> the session/program file schema
// (formats.md, docs/session-format.md), quantity parsing, loads between %1RM and NRM.
// What the C# core owns (the muscle groups, the athlete defaults, the reps-to-%1RM relation, unit factors, limits) is
// not copied here: it comes from GET /api/model, read through served-model.js (re-exported here for the pages).
// Tested by test/model.test.js with node:test on a fixture of that answer.
import { athleteDefaults, current, rirForRpe, dayKeys, dayKey } from './served-model.js';

export {
  setModel, athleteDefaults, tabulatedReps, muscleIds, measures, limits, trainingStatuses, volumeBands, volumeBand,
  fractionForReps, rirForRpe, repsForFraction, convertLoad, weekdays, dayKeys, dayKey, dayName,
} from './served-model.js';


/** Muscle id as words: "elbow_flexors" -> "elbow flexors". */
export const muscleName = (id) => String(id).replace(/_/g, ' ');

// ---------------------------------------------------------------- defaults

export function defaultAthlete(sex = 'male') {
  const d = athleteDefaults(sex);
  return {
    sex,
    age: d.age,
    body_mass: d.body_mass_kg,
    body_fat: null, // null: the model's default for the sex (athlete_defaults' body_fat_pct; not written to files)
    training_status: d.training_status,
    resting_testosterone: null, // null: default from sex and age (nmol/L otherwise)
  };
}

export function defaultRow(exercise = 'back squat') {
  return {
    exercise,
    sets: 3,
    reps: 10,
    loadValue: 75,
    loadUnit: '%1RM', // '%1RM' | 'RM'
    rest: 90, // s
    tempo: '',
    side: 'both',
    rir: null,
    to_failure: false,
  };
}

export function defaultSession(name = 'Session 1') {
  return {
    name,
    athlete: defaultAthlete(),
    date: '2026-11-20',
    time: current().session_defaults.start_time,
    record_until: current().session_defaults.record_until_min, // min
    transition: null, // s, null: the last set's rest
    exercises: [],
  };
}

export function defaultProgram(name = 'Program') {
  return {
    name,
    athlete: { ...defaultAthlete(), training_status: 'untrained' },
    nutrition: { protein: 1.2, energy_balance: 0 },
    testosterone: null, // nmol/L held from the start, null: the person's own level
    weeks: 12,
    days: Object.fromEntries(dayKeys().map((d) => [d, { start: current().session_defaults.start_time, exercises: [] }])),
  };
}

// ---------------------------------------------------------------- numbers

/** Rounds for files and requests: no float noise like 72.50000000001. */
export function tidy(x, digits = 4) {
  if (!Number.isFinite(x)) return x;
  return Number(x.toFixed(digits));
}

// ---------------------------------------------------------------- quantities read from files

function parseQuantity(value) {
  if (typeof value === 'number') return { number: value, unit: '' };
  const m = String(value ?? '').trim().match(/^(-?[0-9]+(?:\.[0-9]+)?)\s*([a-zA-Z%/0-9.]*)$/);
  if (!m) return null;
  return { number: Number(m[1]), unit: m[2].toLowerCase() };
}

/** A time span as seconds; a bare number is `bareUnit` ('s' or 'min'). */
export function parseSeconds(value, bareUnit = 's') {
  const q = parseQuantity(value);
  if (!q) return null;
  const unit = q.unit || bareUnit;
  if (unit === 's' || unit === 'sec') return q.number;
  if (unit === 'min') return q.number * 60;
  if (unit === 'h') return q.number * 3600;
  return null;
}

/** A mass as kg (kg default; lb/lbs converted). */
export function parseKg(value) {
  const q = parseQuantity(value);
  if (!q) return null;
  if (q.unit === '' || q.unit === 'kg') return q.number;
  if (q.unit === 'lb' || q.unit === 'lbs') return q.number * current().units.kg_per_lb;
  return null;
}

/** A load: {loadValue, loadUnit} for %1RM or NRM, {kg} for an absolute one. */
export function parseLoad(value) {
  const text = String(value ?? '').trim();
  let m = text.match(/^([0-9]+(?:\.[0-9]+)?)\s*%\s*1RM$/i);
  if (m) return { loadValue: Number(m[1]), loadUnit: '%1RM' };
  m = text.match(/^([0-9]+)\s*RM$/i);
  if (m) return { loadValue: Number(m[1]), loadUnit: 'RM' };
  const kg = parseKg(value);
  return kg == null ? null : { kg };
}

function parseTestosterone(value) {
  const q = parseQuantity(value);
  if (!q) return null;
  if (q.unit === '' || q.unit === 'nmol/l') return q.number;
  if (q.unit === 'ng/dl') return q.number / current().units.testosterone_ng_per_dl_per_nmol_per_l;
  return null;
}

function parsePercent(value) {
  const q = parseQuantity(value);
  return q && (q.unit === '' || q.unit === '%') ? q.number : null;
}

// ---------------------------------------------------------------- state -> document

function athleteDocument(a) {
  const doc = {
    sex: a.sex,
    age: a.age,
    body_mass: `${tidy(a.body_mass, 2)} kg`,
  };
  if (a.body_fat != null && a.body_fat !== '') doc.body_fat = `${tidy(a.body_fat, 2)} %`;
  doc.training_status = a.training_status;
  if (a.resting_testosterone != null && a.resting_testosterone !== '') {
    doc.resting_testosterone = `${tidy(a.resting_testosterone, 3)} nmol/L`;
  }
  return doc;
}

/** One exercise row in the file schema (only what differs from the defaults is written). */
export function rowDocument(row) {
  const doc = {
    exercise: row.exercise,
    sets: row.sets,
    reps: row.reps,
    load: row.loadUnit === 'RM' ? `${row.loadValue}RM` : `${tidy(row.loadValue, 2)} %1RM`,
    rest: `${tidy(row.rest, 1)} s`,
  };
  if (row.to_failure) doc.to_failure = true;
  else if (row.rir != null && row.rir !== '') doc.rir = row.rir;
  if (row.tempo && String(row.tempo).trim()) doc.tempo = String(row.tempo).trim();
  if (row.side && row.side !== 'both') doc.side = row.side;
  return doc;
}

/** The session file document (formats.md) for the editor state; the same object is JSON-posted and YAML-downloaded. */
export function sessionDocument(s) {
  const doc = {
    athlete: athleteDocument(s.athlete),
    start: `${s.date}T${s.time}`,
    record_until: `${tidy(s.record_until, 1)} min`,
  };
  if (s.transition != null && s.transition !== '') doc.transition = `${tidy(s.transition, 1)} s`;
  doc.exercises = s.exercises.map(rowDocument);
  return doc;
}

/** The program file document (weeks + week). Days without exercises are left out (rest days). */
export function programDocument(p) {
  const doc = { athlete: athleteDocument(p.athlete) };
  doc.nutrition = {
    protein: `${tidy(p.nutrition.protein, 2)} g/kg/day`,
    energy_balance: `${Math.round(p.nutrition.energy_balance)} kcal/day`,
  };
  if (p.testosterone != null && p.testosterone !== '') doc.testosterone = `${tidy(p.testosterone, 3)} nmol/L`;
  doc.weeks = p.weeks;
  doc.week = {};
  for (const d of dayKeys()) {
    const day = p.days[d];
    if (day && day.exercises.length > 0) {
      doc.week[d] = { start: day.start || current().session_defaults.start_time, exercises: day.exercises.map(rowDocument) };
    }
  }
  return doc;
}

// ---------------------------------------------------------------- document -> state (presets, opened files)

function athleteState(doc, notes) {
  const a = defaultAthlete(doc?.sex === 'female' ? 'female' : 'male');
  if (!doc) return a;
  if (doc.age != null) a.age = Number(doc.age);
  const mass = doc.body_mass != null ? parseKg(doc.body_mass) : null;
  if (mass != null) a.body_mass = tidy(mass, 1);
  const fat = doc.body_fat != null ? parsePercent(doc.body_fat) : null;
  if (fat != null) a.body_fat = fat;
  if (doc.training_status) a.training_status = String(doc.training_status).toLowerCase();
  const t = doc.resting_testosterone != null ? parseTestosterone(doc.resting_testosterone) : null;
  if (t != null) a.resting_testosterone = tidy(t, 2);
  if (doc.body_mass != null && mass == null) notes.push(`athlete.body_mass '${doc.body_mass}' not understood; default used`);
  return a;
}

function rowState(doc, path, notes) {
  const row = defaultRow(String(doc.exercise ?? ''));
  let first = doc;
  if (Array.isArray(doc.sets)) {
    // A list of sets: the editor keeps N identical sets, taken from the first.
    row.sets = doc.sets.length;
    first = { ...doc, ...doc.sets[0] };
    notes.push(`${path}: the list of ${doc.sets.length} sets became ${doc.sets.length} identical sets (from the first)`);
  } else if (doc.sets != null) {
    row.sets = Number(doc.sets);
  }
  if (first.reps != null) row.reps = Number(first.reps);
  if (first.load != null) {
    const load = parseLoad(first.load);
    if (load?.loadUnit) {
      row.loadValue = load.loadValue;
      row.loadUnit = load.loadUnit;
    } else if (load?.kg != null) {
      const oneRm = first.one_rm != null ? parseKg(first.one_rm) : null;
      if (oneRm) {
        row.loadValue = Math.min(100, Math.round((100 * load.kg) / oneRm));
        row.loadUnit = '%1RM';
      } else {
        notes.push(`${path}.load: absolute load '${first.load}' without one_rm; 75 %1RM used`);
      }
    }
  }
  if (first.rest != null) {
    const rest = parseSeconds(first.rest, 's');
    if (rest != null) row.rest = rest;
  } else {
    row.rest = current().session_defaults.rest_s; // the file's default rest
  }
  if (first.tempo != null) row.tempo = String(first.tempo);
  if (first.side != null) row.side = String(first.side).toLowerCase();
  if (first.to_failure === true) row.to_failure = true;
  else if (first.rir != null) row.rir = Number(first.rir);
  else if (first.rpe != null) row.rir = Math.round(rirForRpe(Number(first.rpe)));
  return row;
}

function splitStart(start) {
  const text = String(start ?? '');
  const full = text.match(/^(\d{4}-\d{2}-\d{2})[T ](\d{1,2}:\d{2})/);
  if (full) return { date: full[1], time: full[2].padStart(5, '0') };
  const time = text.match(/^(\d{1,2}:\d{2})/);
  if (time) return { date: null, time: time[1].padStart(5, '0') };
  return { date: null, time: null };
}

/** Editor state from a session document (a preset or an opened file); `notes` say what was simplified. */
export function sessionFromDocument(doc, name = 'Session') {
  const notes = [];
  const s = defaultSession(name);
  s.athlete = athleteState(doc?.athlete, notes);
  const start = splitStart(doc?.start);
  if (start.date) s.date = start.date;
  if (start.time) s.time = start.time;
  if (doc?.record_until != null) {
    const sec = parseSeconds(doc.record_until, 'min');
    if (sec != null) s.record_until = sec / 60;
  }
  if (doc?.transition != null) s.transition = parseSeconds(doc.transition, 's');
  s.exercises = (doc?.exercises ?? []).map((e, i) => rowState(e, `exercises[${i}]`, notes));
  return { state: s, notes };
}

/** Editor state from a program document (weeks + week; of `blocks`, the first training block). */
export function programFromDocument(doc, name = 'Program') {
  const notes = [];
  const p = defaultProgram(name);
  p.athlete = athleteState(doc?.athlete, notes);
  if (doc?.nutrition?.protein != null) {
    const q = parseQuantity(doc.nutrition.protein);
    if (q) p.nutrition.protein = q.unit === 'g/day' ? tidy(q.number / p.athlete.body_mass, 2) : q.number;
  }
  if (doc?.nutrition?.energy_balance != null) {
    const q = parseQuantity(doc.nutrition.energy_balance);
    if (q) p.nutrition.energy_balance = q.number;
  }
  if (doc?.testosterone != null) p.testosterone = parseTestosterone(doc.testosterone);
  let week = doc?.week ?? {};
  let weeks = doc?.weeks;
  if (Array.isArray(doc?.blocks)) {
    const training = doc.blocks.find((b) => b.week && Object.keys(b.week).length > 0) ?? doc.blocks[0] ?? {};
    week = training.week ?? {};
    weeks = doc.blocks.reduce((n, b) => n + (Number(b.weeks) || 0), 0);
    notes.push('blocks: the first training block became the weekly template for all weeks');
  }
  if (weeks != null) p.weeks = Math.max(1, Math.min(104, Number(weeks)));
  for (const [key, day] of Object.entries(week ?? {})) {
    const d = dayKey(key);
    if (!d || !day) continue;
    p.days[d] = {
      start: splitStart(day.start).time ?? current().session_defaults.start_time,
      exercises: (day.exercises ?? []).map((e, i) => rowState(e, `week.${d}.exercises[${i}]`, notes)),
    };
  }
  return { state: p, notes };
}

// ---------------------------------------------------------------- problem details -> where

/**
 * Splits a problem's `field` ("sessions[1].exercises[0].load", "week.mon.exercises[2].rest", "athlete.age")
 * into {session, day, row, key}.
 */
export function locateField(field) {
  const where = { session: 0, day: null, row: null, key: null };
  if (!field) return where;
  let rest = String(field);
  let m = rest.match(/^sessions\[(\d+)\]\.?/);
  if (m) {
    where.session = Number(m[1]);
    rest = rest.slice(m[0].length);
  }
  m = rest.match(/^week\.(\w+)\.?/);
  if (m) {
    where.day = dayKey(m[1]) ?? m[1].toLowerCase();
    rest = rest.slice(m[0].length);
  }
  m = rest.match(/^exercises\[(\d+)\](?:\.sets\[\d+\])?\.?/);
  if (m) {
    where.row = Number(m[1]);
    rest = rest.slice(m[0].length);
  }
  where.key = rest || null;
  return where;
}

/** A deep copy of plain state. */
export const clone = (x) => JSON.parse(JSON.stringify(x));

// ---------------------------------------------------------------- state from a link (see link.js)

const isObject = (x) => x !== null && typeof x === 'object' && !Array.isArray(x);

function restoreRows(rows) {
  if (!Array.isArray(rows)) return null;
  const out = [];
  for (const r of rows) {
    if (!isObject(r) || typeof r.exercise !== 'string') return null;
    out.push({ ...defaultRow(r.exercise), ...r });
  }
  return out;
}

/**
 * An editor state of a session from a link's JSON: the fields the editor has, defaults for the missing ones; null
 * when it is not a session state (then the page starts from its example).
 */
export function restoreSession(value) {
  if (!isObject(value) || !isObject(value.athlete ?? {})) return null;
  const exercises = restoreRows(value.exercises ?? []);
  if (!exercises) return null;
  const base = defaultSession(typeof value.name === 'string' ? value.name : 'Session');
  return { ...base, ...value, athlete: { ...defaultAthlete(value.athlete?.sex === 'female' ? 'female' : 'male'), ...(value.athlete ?? {}) }, exercises };
}

/** A program's editor state from a link's JSON, as restoreSession; null when it is not one. */
export function restoreProgram(value) {
  if (!isObject(value) || !isObject(value.athlete ?? {}) || !isObject(value.days ?? {}) || !isObject(value.nutrition ?? {})) return null;
  const base = defaultProgram(typeof value.name === 'string' ? value.name : 'Program');
  const days = {};
  for (const d of dayKeys()) {
    const day = value.days?.[d] ?? {};
    if (!isObject(day)) return null;
    const exercises = restoreRows(day.exercises ?? []);
    if (!exercises) return null;
    days[d] = { ...base.days[d], ...day, exercises };
  }
  return {
    ...base, ...value,
    athlete: { ...base.athlete, ...(value.athlete ?? {}) },
    nutrition: { ...base.nutrition, ...(value.nutrition ?? {}) },
    days,
  };
}
