// The model data the pages use, as GET /api/model serves it (docs/web.md): what the C# core owns is not copied in
// the client. setModel(data) hands it in once before any page is built (main.js, model-data.js); the accessors and
// the relations it tabulates (reps <-> %1RM, RPE -> reps in reserve) read it. Pure: no DOM, no fetch.

let model = null;

/**
 * Sets the model data (the GET /api/model object) the functions here use. Checks what they rely on, so a wrong
 * answer fails here with a message rather than later as NaN.
 */
export function setModel(data) {
  const decreasing = (t) => Array.isArray(t) && t.length >= 2 && t.every((v, i) => i === 0 || v < t[i - 1]);
  const table = data?.reps_to_fraction;
  if (!Array.isArray(data?.muscles) || data.muscles.length === 0) throw new Error('model: muscles must be a non-empty list of ids');
  if (!Array.isArray(data.measures) || data.measures.some((m) => !m?.id || !m.title)) throw new Error('model: measures must be a list of {id, title, unit}');
  if (!decreasing(table) || table[0] !== 1 || table.some((f) => !(f > 0 && f <= 1))) {
    throw new Error('model: reps_to_fraction must be decreasing fractions of 1RM in (0, 1] from 1 at one rep');
  }
  if (!data.athlete_defaults?.male || !data.athlete_defaults?.female) throw new Error('model: athlete_defaults must hold male and female');
  if (!(data.units?.kg_per_lb > 0) || !(data.units?.testosterone_ng_per_dl_per_nmol_per_l > 0)) throw new Error('model: units must hold kg_per_lb and testosterone_ng_per_dl_per_nmol_per_l');
  const d = data.session_defaults;
  if (!(d?.rest_s >= 0) || !/^\d{2}:\d{2}$/.test(d.start_time ?? '') || !(d.record_until_min > 0)) {
    throw new Error('model: session_defaults must hold rest_s, start_time (HH:MM) and record_until_min');
  }
  const l = data.limits;
  const range = (r) => Number.isFinite(r?.min) && r.max > r.min;
  if (!['age_years', 'body_mass_kg', 'body_fat_pct', 'testosterone_nmol_per_l'].every((k) => range(l?.[k]))
    || !['protein_g_per_kg_per_day', 'energy_balance_kcal_per_day', 'record_until_min'].every((k) => l?.[k]?.max > 0)) {
    throw new Error('model: limits must hold the athlete ranges and the program and session maxima');
  }
  if (!Array.isArray(data.training_statuses) || data.training_statuses.length === 0) throw new Error('model: training_statuses must be a non-empty list');
  if (!decreasing(data.rir_for_rpe) || data.rir_for_rpe[data.rir_for_rpe.length - 1] !== 0) throw new Error('model: rir_for_rpe must be decreasing reps in reserve down to 0');
  const b = data.volume_bands;
  if (!(b?.upper_sets_per_week > b?.lower_sets_per_week) || b.labels?.length !== 3) throw new Error('model: volume_bands must hold two edges and three labels');
  const w = data.weekdays;
  if (!Array.isArray(w) || w.length !== 7 || w.some((d) => !d?.key || !d.name || !Array.isArray(d.aliases))) {
    throw new Error('model: weekdays must be the seven days of a program week, each {key, name, aliases}');
  }
  model = data;
}

export function current() {
  if (!model) throw new Error('the model (GET /api/model) is not loaded: call setModel first');
  return model;
}

/** The model's default athlete of a sex: {age, body_mass_kg, body_fat_pct, training_status}. */
export const athleteDefaults = (sex) => current().athlete_defaults[sex === 'female' ? 'female' : 'male'];

/** Most repetitions the reps-to-%1RM table covers (the editors' NRM loads go up to it). */
export const tabulatedReps = () => current().reps_to_fraction.length;

/** The canonical muscle group ids in their order (GET /api/model's muscles). */
export const muscleIds = () => current().muscles;

/** The session's measures in output order with the model's titles and units; `short` is the pages' own abbreviation. */
const SHORT = { total_testosterone: 'Total T', free_testosterone: 'Free T', growth_hormone: 'GH', lactate: 'Lactate' };
export const measures = () => current().measures.map((m) => ({ key: m.id, title: m.title, unit: m.unit, short: SHORT[m.id] ?? m.title }));

/**
 * The ranges the server's readers accept (GET /api/model's limits) as the editors' input limits:
 * {min, max} of age_years, body_mass_kg, body_fat_pct, testosterone_nmol_per_l; {max} of protein_g_per_kg_per_day,
 * energy_balance_kcal_per_day (a deficit or a surplus up to it) and record_until_min.
 */
export const limits = () => current().limits;

/** A program week's days, Monday first: [{key: 'mon', name: 'Monday', aliases: ['monday']}, …] (GET /api/model's weekdays). */
export const weekdays = () => current().weekdays;

/** The day keys of a program week, Monday first ('mon' … 'sun'). */
export const dayKeys = () => weekdays().map((d) => d.key);

/** The day a program file's key names: its key for a key or an alias in any case, else null. */
export function dayKey(name) {
  const lower = String(name).trim().toLowerCase();
  return weekdays().find((d) => d.key === lower || d.aliases.includes(lower))?.key ?? null;
}

/** The shown name of a day key ("Monday"), or the key itself when it names no day. */
export const dayName = (key) => weekdays().find((d) => d.key === key)?.name ?? key;

/** The training statuses an athlete can have, in the model's order. */
export const trainingStatuses = () => current().training_statuses;

/** The weekly-volume bands: {lower_sets_per_week, upper_sets_per_week, labels: [under, within, over]}. */
export const volumeBands = () => current().volume_bands;

/** The band label of a week's hard sets for a muscle, as the server's history answer writes it. */
export function volumeBand(sets) {
  const b = volumeBands();
  return sets < b.lower_sets_per_week ? b.labels[0] : sets > b.upper_sets_per_week ? b.labels[2] : b.labels[1];
}

/** A table of values at 1, 2, …: exact at whole numbers, linear between them, the end values beyond the ends. */
function tabulated(table, x) {
  if (!(x > 1)) return table[0];
  if (x >= table.length) return table[table.length - 1];
  const i = Math.floor(x);
  return table[i - 1] + (x - i) * (table[i] - table[i - 1]);
}

/**
 * Fraction of 1RM that allows r repetitions: the model's relation as GET /api/model tabulates it (reps_to_fraction,
 * 1, 2, … reps), exact at whole reps, linear between them, the table's last value beyond it (the editor's NRM is 1–30).
 */
export const fractionForReps = (r) => tabulated(current().reps_to_fraction, r);

/**
 * Reps in reserve at an RPE: the model's relation as GET /api/model tabulates it (rir_for_rpe, RPE 1, 2, …), linear
 * between whole points (half points are common), none past the table's end.
 */
export const rirForRpe = (rpe) => tabulated(current().rir_for_rpe, rpe);

/** Inverse of fractionForReps: the NRM whose load is fraction f of 1RM (the table's most reps below its lightest load). */
export function repsForFraction(f) {
  const table = current().reps_to_fraction;
  if (f >= 1) return 1;
  for (let i = 1; i < table.length; i++) {
    if (f >= table[i]) return i + (table[i - 1] - f) / (table[i - 1] - table[i]);
  }
  return table.length;
}

/** Converts the row's load value between %1RM and NRM (same intensity). */
export function convertLoad(value, from, to) {
  if (from === to) return value;
  if (to === 'RM') return Math.max(1, Math.round(repsForFraction(from === '%1RM' ? value / 100 : 1)));
  return Math.round(fractionForReps(value) * 100);
}
