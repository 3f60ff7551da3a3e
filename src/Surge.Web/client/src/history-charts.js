// The History page's charts, as data: what the history answer (surge history --json) holds, turned into x values and
// series for lineChart. No DOM here, so the tests check it directly.
import { muscleIds, muscleName, volumeBands } from './model.js';
import { seriesStyle, OKABE_ITO, PALETTE } from './palette.js';

/** The weekly-volume bands' edges, sets per week (GET /api/model's volume_bands: under 10, 10–20, over 20). */
export const bandEdges = () => [volumeBands().lower_sets_per_week, volumeBands().upper_sets_per_week];

/** '2026-09-28' or '2026-09-28T18:00:00' (a logged local time) as seconds since 1970, read as UTC so it shows as logged. */
export function loggedSeconds(text) {
  const s = String(text ?? '');
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?))?/.exec(s);
  if (!m) throw new Error(`not a date or a date and time: '${s}'`);
  return Date.parse(`${m[1]}T${m[2] ?? '00:00'}${m[2]?.length === 5 ? ':00' : ''}Z`) / 1000;
}

/** Seconds since 1970 as the logged date ('2026-09-28'). */
export const dateText = (seconds) => (seconds == null || !Number.isFinite(seconds) ? '–' : new Date(seconds * 1000).toISOString().slice(0, 10));

/** Seconds since 1970 as the logged date and time ('2026-09-28 18:00'). */
export const dateTimeText = (seconds) => (seconds == null || !Number.isFinite(seconds) ? '–' : new Date(seconds * 1000).toISOString().slice(0, 16).replace('T', ' '));

/**
 * Weekly hard sets per trained muscle (a muscle with no set in any week is left out) and the band edges as dashed
 * grey lines: {x: week starts in seconds, series: [{label, color, dash, values}]}.
 */
export function weeklySetsSeries(json) {
  const weeks = json?.weeks ?? [];
  const trained = muscleIds().filter((m) => weeks.some((w) => (w.hard_sets?.[m] ?? 0) > 0));
  const x = weeks.map((w) => loggedSeconds(w.week_start));
  const series = trained.map((m, i) => ({ label: muscleName(m), ...seriesStyle(i), values: weeks.map((w) => w.hard_sets?.[m] ?? 0) }));
  if (weeks.length) {
    for (const edge of bandEdges()) series.push({ label: `${edge} sets`, color: '#7F7F7F', dash: [4, 4], width: 1, values: weeks.map(() => edge) });
  }
  return { x, series };
}

/**
 * Each week's best estimated 1RM per exercise (the answer's e1rm_weekly), on one axis of week starts: {x, series}
 * with null where an exercise was not lifted that week. Exercises in the order of the answer (alphabetical).
 */
export function oneRmSeries(json) {
  const lifts = Object.entries(json?.e1rm_weekly ?? {}).filter(([, weeks]) => Array.isArray(weeks) && weeks.length);
  const x = [...new Set(lifts.flatMap(([, weeks]) => weeks.map((w) => loggedSeconds(w.week_start))))].sort((a, b) => a - b);
  const series = lifts.map(([name, weeks], i) => {
    const at = new Map(weeks.map((w) => [loggedSeconds(w.week_start), w.e1rm_kg]));
    return { label: name, ...seriesStyle(i), values: x.map((t) => (Number.isFinite(at.get(t)) ? at.get(t) : null)) };
  });
  return { x, series };
}

/**
 * Each session's predicted response in time order: {x: starts in seconds, testosterone: [series], growthHormone:
 * [series], lactate: [series]} (total T peak change in %, GH peak in µg/L, lactate peak in mmol/L).
 */
export function sessionResponseSeries(json) {
  const sessions = [...(json?.sessions ?? [])].sort((a, b) => loggedSeconds(a.start) - loggedSeconds(b.start));
  const x = sessions.map((s) => loggedSeconds(s.start));
  const one = (label, key, i) => [{ label, ...seriesStyle(i), values: sessions.map((s) => (Number.isFinite(s[key]) ? s[key] : null)) }];
  return {
    x,
    testosterone: one('total T peak change', 'total_testosterone_peak_change_pct', 0),
    growthHormone: one('GH peak', 'growth_hormone_peak', 2),
    lactate: one('lactate peak', 'lactate_peak', 4),
  };
}

/** Fitness, fatigue and form's colours: Okabe–Ito blue, vermillion and bluish green (PALETTE 0, 4, 2). */
export const FITNESS_FATIGUE_COLORS = { fitness: OKABE_ITO[0], fatigue: OKABE_ITO[4], form: OKABE_ITO[2] };

/**
 * The fitness–fatigue chart (the answer's fitness_fatigue, Banister's model): {x: one day each in seconds, unit,
 * series: fitness (42-day), fatigue (7-day), form (fitness − fatigue), and a dashed grey zero line}; empty without days.
 * A value that is not a number is null (a gap), never a point at 0.
 */
export function fitnessFatigueSeries(json) {
  const ff = json?.fitness_fatigue;
  const days = (Array.isArray(ff?.days) ? ff.days : []).filter((d) => d && typeof d.date === 'string');
  const x = days.map((d) => loggedSeconds(d.date));
  const values = (key) => days.map((d) => (Number.isFinite(d[key]) ? d[key] : null));
  const series = days.length ? [
    { label: 'fitness (42-day)', color: FITNESS_FATIGUE_COLORS.fitness, values: values('fitness') },
    { label: 'fatigue (7-day)', color: FITNESS_FATIGUE_COLORS.fatigue, values: values('fatigue') },
    { label: 'form (fitness − fatigue)', color: FITNESS_FATIGUE_COLORS.form, values: values('form') },
    { label: '0', color: PALETTE[PALETTE.length - 1], dash: [4, 4], width: 1, values: days.map(() => 0) },
  ] : [];
  return { x, unit: typeof ff?.unit === 'string' ? ff.unit : 'hard sets/day', series };
}
