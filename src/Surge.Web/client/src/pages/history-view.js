// The History page's results: an import's summary, and an athlete's history as charts and tables (weekly hard sets,
// readiness, sessions, projection) with the delete button.
import { fact, h } from '../dom.js';
import { fmt, fmtPct, fmtEntered, count, plural } from '../format.js';
import { problemBox } from '../api.js';
import { muscleIds, muscleName, volumeBand, volumeBands } from '../model.js';
import { lineChart as drawLineChart } from '../charts.js';
import { confirmAction } from '../widgets.js';
import { weeklySetsSeries, sessionResponseSeries, oneRmSeries, fitnessFatigueSeries, dateText, dateTimeText } from '../history-charts.js';

/** What an import (POST /api/import) added: workouts, sets, dates, skipped rows, unmatched names, warnings. */
export function importSummary(s) {
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

// The weekly-volume bands (GET /api/model's volume_bands: under, within, over) and their cells' classes.
const BAND_CLASSES = ['band-low', 'band-mid', 'band-high'];
const bandClass = (label) => BAND_CLASSES[volumeBands().labels.indexOf(label)];

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
  const lineChart = (target, options) => {
    const chart = drawLineChart(target, options);
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

/** An athlete's history (GET /api/athletes/{id}/history or the demo); onDelete null: no delete button. */
export function historyView(athlete, json, onDelete) {
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
        const band = w.bands?.[m] ?? volumeBand(n);
        return h('td', { class: ['num', bandClass(band)], title: `${muscleName(m)}: ${fmt(n)} sets (${band})` }, n ? fmt(n) : '·');
      })))));
  const bandsLegend = h('p', { class: 'bands-legend' }, 'Bands: ',
    volumeBands().labels.map((label, i) => [i ? ' ' : null, h('span', { class: BAND_CLASSES[i] }, label)]),
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

  const del = onDelete ? confirmAction({
    testid: 'delete-athlete', label: 'Delete this athlete’s data', confirm: 'Yes, delete',
    question: [' Delete every workout of ', h('strong', null, athlete.name), '? '],
    onConfirm: onDelete, onError: (e, box) => box.replaceWith(problemBox(e, { testid: 'delete-problem' })),
  }) : null;

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
    del ? h('div', { class: 'danger-zone' }, del.open, del.box) : null);
}
