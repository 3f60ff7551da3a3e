// Validation page: the model graded against published studies (GET /api/validation).
import { h, replace, unitLabel, pageHead, toolbarGroup } from '../dom.js';
import { fmt, plural } from '../format.js';
import { call, problemBox } from '../api.js';
import { scatterChart } from '../scatter-chart.js';
import { muscleName } from '../model.js';

const COMPARISON_TEXT = { greater_than: 'greater than', less_than: 'less than' };
const MEASURE_LABELS = {
  total_testosterone: 'Total testosterone', free_testosterone: 'Free testosterone', growth_hormone: 'Growth hormone', cortisol: 'Cortisol',
  lactate: 'Lactate', plasma_volume: 'Plasma volume', fat_free_mass: 'Fat-free mass', one_rm: '1RM', muscle_size: 'Muscle size',
};
const measureLabel = (m) => MEASURE_LABELS[m] ?? muscleName(m);

export function validationPage() {
  const root = h('section', { class: 'page validation-page', 'data-testid': 'validation-page', 'data-state': 'busy', 'aria-labelledby': 'validation-h' });
  const totals = h('p', { class: 'totals', 'data-testid': 'validation-totals' }, 'Grading the model…');
  const chartsEl = h('div', { class: 'scatter-grid', 'data-testid': 'validation-charts' });
  const tableSlot = h('div', { class: 'table-wrap' });
  const filters = h('div', { class: 'toolbar' });
  root.append(
    pageHead('validation', 'Validation', 'Every case is a published observation. Pass: the prediction lies inside the observed range; near: outside by less than half its width; fail: further.'),
    totals, h('h2', null, 'Predicted against observed'),
    h('p', { class: 'muted' }, 'A dot per case with a measured value: ',
      h('span', { class: 'verdict pass' }, 'pass'), ' ', h('span', { class: 'verdict near' }, 'near'), ' ', h('span', { class: 'verdict fail' }, 'fail'),
      '. The bar is the observed range (low–high), so a case passes when its bar crosses the dashed y = x line. Cases that compare two conditions are in the table only.'),
    chartsEl, h('h2', null, 'Every case'), filters, tableSlot);

  let cases = [];
  let built = false;

  async function load() {
    try {
      const json = await call('/api/validation');
      cases = json.cases ?? [];
      const passed = json.passed ?? cases.filter((c) => c.verdict === 'pass').length;
      const near = json.near ?? cases.filter((c) => c.verdict === 'near').length;
      const failed = json.failed ?? cases.filter((c) => c.verdict === 'fail').length;
      replace(totals,
        h('span', { class: 'verdict pass' }, `${passed} pass`), ' · ', h('span', { class: 'verdict near' }, `${near} near`), ' · ',
        h('span', { class: 'verdict fail' }, `${failed} fail`), ` — ${json.summary ?? plural(cases.length, 'case')}`);
      totals.dataset.passed = String(passed);
      totals.dataset.near = String(near);
      totals.dataset.failed = String(failed);
      buildFilters();
      renderTable();
      root.dataset.state = 'idle';
      if (root.isConnected) renderCharts();
    } catch (e) {
      root.dataset.state = 'error';
      replace(totals, problemBox(e, { testid: 'validation-problem' }));
    }
  }

  function renderCharts() {
    if (built || cases.length === 0) return;
    built = true;
    const groups = new Map();
    for (const c of cases) {
      if (c.observed == null || c.predicted == null) continue;
      const key = `${c.measure}|${c.unit}`;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(c);
    }
    replace(chartsEl);
    for (const [key, list] of [...groups.entries()].sort((a, b) => b[1].length - a[1].length)) {
      const [measure, unit] = key.split('|');
      const holder = h('div', { class: 'chart', 'data-testid': `scatter-${measure}` });
      chartsEl.appendChild(holder);
      scatterChart(holder, {
        title: `${measureLabel(measure)} (${unitLabel(unit)}), ${list.length} case${list.length === 1 ? '' : 's'}`,
        unit: unitLabel(unit),
        points: list.map((c) => ({ observed: c.observed, predicted: c.predicted, low: c.low, high: c.high, verdict: c.verdict })),
      });
    }
  }

  const state = { verdict: '', measure: '', text: '' };
  function buildFilters() {
    const measures = [...new Set(cases.map((c) => c.measure))].sort();
    const verdict = h('select', { id: 'val-verdict', 'data-testid': 'validation-filter-verdict' },
      [['', 'all verdicts'], ['pass', 'pass'], ['near', 'near'], ['fail', 'fail']].map(([v, t]) => h('option', { value: v }, t)));
    const measure = h('select', { id: 'val-measure', 'data-testid': 'validation-filter-measure' },
      h('option', { value: '' }, 'all measures'), measures.map((m) => h('option', { value: m }, measureLabel(m))));
    const text = h('input', { id: 'val-text', type: 'search', placeholder: 'study, condition…', 'data-testid': 'validation-filter-text' });
    verdict.addEventListener('change', () => { state.verdict = verdict.value; renderTable(); });
    measure.addEventListener('change', () => { state.measure = measure.value; renderTable(); });
    text.addEventListener('input', () => { state.text = text.value.trim().toLowerCase(); renderTable(); });
    replace(filters,
      toolbarGroup('val-verdict', 'Verdict', verdict),
      toolbarGroup('val-measure', 'Measure', measure),
      toolbarGroup('val-text', 'Search', text));
  }

  function observedText(c) {
    const unit = unitLabel(c.unit);
    if (c.comparison && COMPARISON_TEXT[c.comparison]) {
      return h('span', null, `${COMPARISON_TEXT[c.comparison]} ‘${c.other ?? ''}’`, c.note ? h('span', { class: 'muted' }, ` (${c.note})`) : null);
    }
    if (c.observed == null) return '–';
    const spread = c.spread != null ? ` ± ${fmt(c.spread)}` : '';
    const range = c.low != null && c.high != null ? h('span', { class: 'muted range' }, ` [${fmt(c.low)}–${fmt(c.high)}]`) : null;
    return h('span', null, `${fmt(c.observed)}${spread} ${unit}`, range, c.comparison === 'difference' ? h('span', { class: 'muted' }, ` difference vs ‘${c.other ?? ''}’`) : null);
  }

  function renderTable() {
    const shown = cases.filter((c) => (!state.verdict || c.verdict === state.verdict)
      && (!state.measure || c.measure === state.measure)
      && (!state.text || `${c.study} ${c.condition_label ?? ''} ${c.id} ${c.note ?? ''}`.toLowerCase().includes(state.text)));
    replace(tableSlot, h('table', { class: 'data validation', 'data-testid': 'validation-table', 'data-count': String(shown.length) },
      h('caption', null, `${shown.length} of ${cases.length} cases`),
      h('thead', null, h('tr', null, ['Study', 'Condition', 'Measure', 'When', 'Observed', 'Predicted', 'Verdict'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', null, shown.map((c) => {
        const difference = c.comparison && c.comparison !== 'value';
        const predictedLabel = difference && c.comparison !== 'difference' ? ' (difference)' : '';
        return h('tr', { 'data-verdict': c.verdict, 'data-id': c.id },
          h('td', { title: c.citation ?? '' }, c.study),
          h('td', null, c.condition_label ?? c.condition ?? ''),
          h('td', null, measureLabel(c.measure)),
          h('td', null, c.when),
          h('td', null, observedText(c)),
          h('td', { class: 'num' }, `${fmt(c.predicted)} ${unitLabel(c.unit)}${predictedLabel}`),
          h('td', null, h('span', { class: ['verdict', c.verdict] }, c.verdict)));
      }))));
  }

  load();
  return { el: root, onShow: () => renderCharts() };
}
