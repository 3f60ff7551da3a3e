// The Program page's results: the surge's share, the headline facts, the charts over weeks (size per muscle, 1RM per
// lift, resting testosterone), the comparison with a second program and the tables at the end.
import { fact, h, replace, slug, quantity } from '../dom.js';
import { fmt, fmtPct } from '../format.js';
import { muscleIds, muscleName } from '../model.js';
import { lineChart, PALETTE, seriesStyle } from '../charts.js';

/** The compare choice meaning a second program edited on this page. */
export const EDITED = 'edited';

/**
 * The results' elements; draw(result, other, programName) shows an answer of POST /api/train, with `other`
 * ({id, title, result} or null) the compared program. `share` goes in the page's results head, `el` under it;
 * `compareTable` also shows the compared program's problem.
 */
export function programResults() {
  const share = h('p', { class: 'share', 'data-testid': 'surge-share' });
  const headline = h('div', { class: 'headline', 'data-testid': 'program-summary' });
  const muscleChartEl = h('div', { class: 'chart', 'data-testid': 'chart-muscles' });
  const strengthChartEl = h('div', { class: 'chart', 'data-testid': 'chart-strength' });
  const restingChartEl = h('div', { class: 'chart', 'data-testid': 'chart-resting-t' });
  const muscleTable = h('div', { class: 'table-wrap', 'data-testid': 'muscle-table' });
  const strengthTable = h('div', { class: 'table-wrap', 'data-testid': 'strength-table' });
  const warnings = h('div', { class: 'warnings' });
  const compareTable = h('div', { class: 'table-wrap', 'data-testid': 'program-compare-table' });
  const muscleChart = lineChart(muscleChartEl, { title: 'Muscle size change over weeks (%)', xLabel: 'week', unit: '%', height: 260, syncKey: 'surge-program', yValue: (v) => `${fmtPct(v)} %` });
  const strengthChart = lineChart(strengthChartEl, { title: '1RM change over weeks (%)', xLabel: 'week', unit: '%', height: 220, syncKey: 'surge-program', yValue: (v) => `${fmtPct(v)} %` });
  const restingChart = lineChart(restingChartEl, { title: 'Resting testosterone (nmol/L)', xLabel: 'week', unit: 'nmol/L', height: 160, syncKey: 'surge-program' });
  const el = [
    headline, muscleChartEl, strengthChartEl, restingChartEl,
    h('p', { class: 'charts-caption' }, 'Resting testosterone is the morning value at the end of each week: it carries the last sessions\u2019 short suppression (a day or two after hard sessions), so it drops once when training starts and stays while the weeks are alike; over months of training it barely changes.'),
    compareTable,
    h('h2', null, 'At the end'), muscleTable, strengthTable, warnings,
  ];

  function draw(result, other, programName) {
    const weekly = result.weekly ?? [];
    const x = [0, ...weekly.map((w) => w.week)];

    const trained = muscleIds().filter((m) => Math.abs(result.muscles?.[m]?.size_change_pct ?? 0) > 0.05 || (result.hard_sets_per_week?.[m] ?? 0) > 0);
    const shown = trained.length ? trained : muscleIds();
    // A muscle trained on one side only (side: left/right) gets a line per side, the right one dashed.
    const series = [];
    for (const [i, m] of shown.entries()) {
      // Colour-blind-safe colours; past eight lines the colours come back dotted, so no two lines look alike.
      const { color, dash: style } = seriesStyle(i);
      const end = result.muscles?.[m] ?? {};
      if (Math.abs((end.left_pct ?? 0) - (end.right_pct ?? 0)) > 0.05) {
        series.push({ label: `${muscleName(m)} (left)`, color, values: [0, ...weekly.map((w) => w.muscles?.[m]?.left_pct ?? null)] });
        series.push({ label: `${muscleName(m)} (right)`, color, dash: [6, 4], values: [0, ...weekly.map((w) => w.muscles?.[m]?.right_pct ?? null)] });
      } else {
        series.push({ label: muscleName(m), color, dash: style, values: [0, ...weekly.map((w) => w.muscles?.[m]?.size_change_pct ?? null)] });
      }
    }
    // A compared program: the same colour per muscle and lift, long dashes, on the same weeks axis (padded with gaps).
    const otherWeekly = other?.result?.weekly ?? [];
    const xs = other ? [0, ...Array.from({ length: Math.max(weekly.length, otherWeekly.length) }, (_, i) => i + 1)] : x;
    const pad = (values) => [...values, ...Array(Math.max(0, xs.length - values.length)).fill(null)];
    const otherSeries = (names, style, valueOf) => (other ? names.map((name, i) => ({
      label: `${typeof name === 'string' ? muscleName(name) : name} (${other.title})`,
      color: style(i).color, dash: [10, 5], width: 1.5,
      values: pad([0, ...otherWeekly.map((w) => valueOf(w, name))]),
    })) : []);
    muscleChart.update(xs, [...series.map((sr) => ({ ...sr, values: pad(sr.values) })),
      ...otherSeries(shown, seriesStyle, (w, m) => w.muscles?.[m]?.size_change_pct ?? null)]);
    const lifts = Object.keys(result.strength ?? {});
    const otherLifts = Object.keys(other?.result?.strength ?? {});
    strengthChart.update(xs, [...lifts.map((name, i) => ({
      label: name,
      ...seriesStyle(i),
      values: pad([0, ...weekly.map((w) => w.strength?.[name]?.one_rm_change_pct ?? null)]),
    })), ...(other ? otherLifts.map((name) => ({
      label: `${name} (${other.title})`,
      color: seriesStyle(lifts.includes(name) ? lifts.indexOf(name) : lifts.length + otherLifts.indexOf(name)).color, dash: [10, 5], width: 1.5,
      values: pad([0, ...otherWeekly.map((w) => w.strength?.[name]?.one_rm_change_pct ?? null)]),
    })) : [])]);
    renderComparison(result, other, programName, shown);
    strengthChartEl.hidden = lifts.length === 0;
    restingChart.update(xs, [{
      label: 'resting T', color: PALETTE[0],
      values: pad([result.resting_testosterone_start ?? weekly[0]?.resting_testosterone ?? null, ...weekly.map((w) => w.resting_testosterone)]),
    }, ...(other ? [{
      label: `resting T (${other.title})`, color: PALETTE[0], dash: [10, 5], width: 1.5,
      values: pad([other.result.resting_testosterone_start ?? null, ...otherWeekly.map((w) => w.resting_testosterone)]),
    }] : [])]);

    const pct = result.acute_surge_share_pct;
    replace(share,
      'Of the predicted growth, ', h('strong', null, h('span', { 'data-testid': 'surge-share-pct' }, fmt(pct)), ' %'),
      ' is attributed to the acute hormone surge; the rest to volume, effort, nutrition.');

    const surge = result.session_surge;
    replace(headline, h('dl', { class: 'facts' },
      fact('Weeks', quantity(String(result.weeks), 'weeks', 'train-weeks')),
      fact('Fat-free mass', quantity(fmtPct(result.fat_free_mass_change_kg), 'kg', 'ffm-change')),
      fact('Resting testosterone', h('span', null,
        quantity(fmt(result.resting_testosterone_start), 'nmol/L'), ' → ', quantity(fmt(result.resting_testosterone_end), 'nmol/L'),
        ` (${fmtPct(result.resting_testosterone_change_pct)} %)`)),
      surge ? fact('Per session (mean of ' + surge.sessions + ')', h('span', null,
        'total T ', quantity(fmtPct(surge.total_testosterone_rise_pct), '%'), ', GH peak ', quantity(fmt(surge.growth_hormone_peak), 'µg/L'),
        ', cortisol ', quantity(fmtPct(surge.cortisol_rise_pct), '%'))) : null));

    replace(muscleTable, h('table', { class: 'data' },
      h('caption', null, `Muscle size after ${result.weeks} weeks (change from the start)`),
      h('thead', null, h('tr', null, ['Muscle', 'Size (%)', 'Left (%)', 'Right (%)', 'Hard sets per week'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', null, muscleIds().map((m) => {
        const r = result.muscles?.[m] ?? {};
        return h('tr', { 'data-muscle': m, class: (result.hard_sets_per_week?.[m] ?? 0) > 0 ? 'trained' : null },
          h('th', { scope: 'row' }, muscleName(m)),
          h('td', { class: 'num', 'data-testid': `muscle-${m}` }, fmtPct(r.size_change_pct)),
          h('td', { class: 'num' }, fmtPct(r.left_pct)),
          h('td', { class: 'num' }, fmtPct(r.right_pct)),
          h('td', { class: 'num' }, fmt(result.hard_sets_per_week?.[m] ?? 0)));
      }))));
    replace(strengthTable, lifts.length ? h('table', { class: 'data' },
      h('caption', null, '1RM per exercise'),
      h('thead', null, h('tr', null, ['Exercise', 'Start (kg)', 'End (kg)', 'Change (%)'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', null, lifts.map((name) => {
        const s = result.strength[name];
        return h('tr', null, h('th', { scope: 'row' }, name),
          h('td', { class: 'num' }, fmt(s.start_one_rm_kg)), h('td', { class: 'num' }, fmt(s.one_rm_kg)),
          h('td', { class: 'num', 'data-testid': `strength-${slug(name)}` }, fmtPct(s.one_rm_change_pct)));
      }))) : null);
    const w = result.warnings ?? [];
    replace(warnings, w.length ? h('details', { class: 'note' }, h('summary', null, `${w.length} warning${w.length === 1 ? '' : 's'}`), h('ul', null, w.map((t) => h('li', null, t)))) : null);
  }

  /** This program and the compared one side by side: weeks, the surge's share, fat-free mass, size per muscle, 1RM per lift. */
  function renderComparison(result, other, programName, shown) {
    if (!other) {
      replace(compareTable);
      return;
    }
    const o = other.result;
    const muscles = muscleIds().filter((m) => shown.includes(m) || (o.hard_sets_per_week?.[m] ?? 0) > 0);
    const lifts = [...new Set([...Object.keys(result.strength ?? {}), ...Object.keys(o.strength ?? {})])];
    const row = (label, a, b, unit, testid) => h('tr', { 'data-testid': testid },
      h('th', { scope: 'row' }, label), h('td', { class: 'num' }, a), h('td', { class: 'num' }, b), h('td', null, unit));
    replace(compareTable, h('table', { class: 'data compare' },
      h('caption', null, other.id === EDITED
        ? `Side by side (dashed in the charts: ${other.title}, the second program edited here, with its own athlete and weeks)`
        : `Side by side (dashed in the charts: ${other.title}, simulated as written, with its own athlete and weeks)`),
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, ''), h('th', { scope: 'col' }, programName || 'This program'),
        h('th', { scope: 'col' }, other.title), h('th', { scope: 'col' }, 'unit'))),
      h('tbody', null,
        row('Weeks', String(result.weeks), String(o.weeks), 'weeks', 'compare-weeks'),
        row('Share of the growth from the acute surge', fmt(result.acute_surge_share_pct), fmt(o.acute_surge_share_pct), '%', 'compare-share'),
        row('Fat-free mass change', fmtPct(result.fat_free_mass_change_kg), fmtPct(o.fat_free_mass_change_kg), 'kg'),
        muscles.map((m) => row(`${muscleName(m)} size`, fmtPct(result.muscles?.[m]?.size_change_pct), fmtPct(o.muscles?.[m]?.size_change_pct), '% change', `compare-muscle-${m}`)),
        lifts.map((n) => row(`1RM ${n}`, fmtPct(result.strength?.[n]?.one_rm_change_pct), fmtPct(o.strength?.[n]?.one_rm_change_pct), '% change')))));
  }

  return { el, share, compareTable, draw };
}
