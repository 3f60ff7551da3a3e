// The Trial page's results: the tables of a trial (per arm, contrasts) with a plot of every subject per outcome,
// their downloads, and the table of a power search ("How many subjects?").
import { h, replace, download } from '../dom.js';
import { fmtPct, fmtP, fmtFixed, count } from '../format.js';
import { call, problemBox, retryWhenRateLimited, ProblemError } from '../api.js';
import { OKABE_ITO, seriesColor } from '../palette.js';
import { subjectPlot } from '../subject-plot.js';
import { outcomeLabel, powerTable } from '../trial-model.js';

/** An answer of POST /api/trial as elements: the per-arm and contrast tables, the subject plots, the warnings. */
export function trialResults(result) {
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
  return [h('div', { class: 'table-wrap' }, armTable), h('div', { class: 'table-wrap' }, contrastTable), plots, warnings];
}

/** An answer of POST /api/trial?power= as elements: the n needed per contrast, the warnings. */
export function powerResults(answer) {
  const { caption, rows } = powerTable(answer);
  const table = h('table', { class: 'data trial-power-table', 'data-testid': 'trial-power-table' },
    h('caption', null, caption),
    h('thead', null, h('tr', null, ['Outcome', 'Arms', 'n needed', 'Power at n'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', null, rows.map((r) => h('tr', { 'data-outcome': r.outcomeKey, 'data-reached': String(r.reached) },
      h('td', null, r.outcome),
      h('td', null, r.contrast),
      h('td', { class: 'num', 'data-testid': 'trial-power-n' }, r.n),
      h('td', { class: 'num' }, r.power)))));
  const warnings = answer.warnings?.length ? h('div', { class: 'note' }, h('ul', null, answer.warnings.map((w) => h('li', null, w)))) : null;
  return [h('div', { class: 'table-wrap' }, table), warnings];
}

// ------------------------------------------------------------ downloads (the trial shown, not later edits)
// The server writes them with the command line's writers (POST /api/trial?download=json|csv): the same bytes as
// surge trial --json and --csv. The trial runs again for them; with its seed it gives the same numbers.
export function trialDownloads({ trialDocument, status, problemSlot }) {
  const note = h('span', { class: 'hint', id: 'trial-dl-note' }, 'as surge trial --json / --csv writes them; the server runs the trial again (same seed, same numbers)');
  const button = (kind, label, file, type) => {
    const b = h('button', { type: 'button', 'data-testid': `trial-download-${kind}`, 'aria-describedby': 'trial-dl-label trial-dl-note' }, label);
    b.addEventListener('click', async () => {
      b.disabled = true;
      try {
        const blob = await call(`/api/trial?download=${kind}`, { method: 'POST', json: trialDocument(), as: 'blob' });
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
