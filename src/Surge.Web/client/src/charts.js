// Charts, all drawn by uPlot: linked time charts (session), line charts over weeks (program), scatter (validation).
import uPlot from 'uplot';
import { h, unitLabel } from './dom.js';
import { fmt, fmtCoordinate, fmtTick, count, plural } from './format.js';

import { OKABE_ITO, PALETTE, seriesColor, seriesStyle, themed } from './palette.js';

// The series colours live in palette.js (no DOM there, so the tests check their contrast); re-exported for the pages.
// Pages pass the light scheme's colours; every chart draws them through themed() when it is built, so a chart rebuilt
// after the system switches scheme takes the other scheme's variants.
export { OKABE_ITO, PALETTE, seriesColor, seriesStyle };

// ------------------------------------------------------------------ theme (the page's CSS variables; dark follows the system)

const cssVar = (name, fallback) => (typeof getComputedStyle === 'function'
  ? getComputedStyle(document.documentElement).getPropertyValue(name).trim() : '') || fallback;

/** The axes' colours of the current scheme (read when a chart is built). */
const axis = () => ({
  stroke: cssVar('--chart-axis', '#444'),
  grid: { stroke: cssVar('--chart-grid', '#e6e8eb'), width: 1 },
  ticks: { stroke: cssVar('--chart-tick', '#d0d4d9'), width: 1 },
  font: '12px system-ui, sans-serif',
  labelFont: '12px system-ui, sans-serif',
});

// Charts rebuild themselves when the system switches between light and dark.
const rebuilders = new Set();
globalThis.matchMedia?.('(prefers-color-scheme: dark)').addEventListener?.('change', () => rebuilders.forEach((fn) => fn()));

// ------------------------------------------------------------------ text alternatives

/**
 * A chart's text alternative: the uPlot root becomes role=img with a summary as its label, and a toggle under it
 * shows the data as a table (built when opened). set(summary, table) with table() -> {caption, head: [..], rows: [[..]]}.
 */
function textAlternative(holder, testid) {
  let table = null;
  const body = h('div', { class: 'table-wrap' });
  const details = h('details', { class: 'chart-data', 'data-testid': testid ? `${testid}-data` : null },
    h('summary', null, 'Data as a table'), body);
  const render = () => {
    if (!details.open || !table) return;
    const t = table();
    body.replaceChildren(h('table', { class: 'data' },
      h('caption', null, t.caption),
      h('thead', null, h('tr', null, t.head.map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', null, t.rows.map((r) => h('tr', null, r.map((c, i) => (i === 0 ? h('th', { scope: 'row' }, c) : h('td', { class: 'num' }, c))))))));
  };
  details.addEventListener('toggle', render);
  return {
    set(u, summary, tableOf) {
      table = tableOf;
      u.root.setAttribute('role', 'img');
      u.root.setAttribute('aria-label', summary);
      u.root.dataset.summary = summary;
      if (details.parentElement !== holder) holder.appendChild(details);
      render();
    },
  };
}


const range = (values) => {
  const v = values.filter((x) => x != null && Number.isFinite(x));
  return v.length ? { min: Math.min(...v), max: Math.max(...v), last: v[v.length - 1] } : null;
};

function hexAlpha(hex, alpha) {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/** Shades x-ranges behind the series: getBands() -> [{start, end, color}]. */
function bandsPlugin(getBands) {
  return {
    hooks: {
      drawClear: [(u) => {
        const bands = getBands();
        if (!bands || bands.length === 0) return;
        const { ctx } = u;
        const { top, height } = u.bbox;
        ctx.save();
        for (const b of bands) {
          const x0 = u.valToPos(b.start, 'x', true);
          const x1 = u.valToPos(b.end, 'x', true);
          ctx.fillStyle = hexAlpha(themed(b.color), b.alpha);
          ctx.fillRect(x0, top, Math.max(1, x1 - x0), height);
        }
        ctx.restore();
      }],
    },
  };
}

/** Keeps every chart of `charts()` as wide as the element holding it (watching `el` and the holders). */
function autoWidth(el, charts, heightOf) {
  const fit = () => {
    for (const u of charts()) {
      const w = Math.floor(u.root.parentElement?.clientWidth ?? 0);
      if (w > 0 && Math.abs(w - u.width) > 1) u.setSize({ width: w, height: heightOf(u) });
    }
  };
  const ro = new ResizeObserver(() => requestAnimationFrame(fit));
  ro.observe(el);
  return ro;
}

const widthOf = (el) => Math.max(260, Math.floor(el.clientWidth || el.parentElement?.clientWidth || 600));

/**
 * The session page's five charts over minutes with one cursor (uPlot cursor.sync), one series per run (and,
 * dashed, the same day without the session when the answer carries no_exercise_series) and the sets shaded.
 * update(runs): runs = [{label, color, result, periods: [{start, end}]}].
 */
export class LinkedTimeCharts {
  constructor(container, measures, { syncKey = 'surge-session', height = 150 } = {}) {
    this.container = container;
    this.measures = measures;
    this.syncKey = syncKey;
    this.height = height;
    this.charts = [];
    this.runs = [];
    this.bands = [];
    this.signature = '';
    this.alternatives = [];
    this.data = null;
    autoWidth(container, () => this.charts, () => this.height);
    rebuilders.add(() => {
      if (!this.data) return;
      this.build(this.data);
      this.describe(this.data);
    });
  }

  update(runs) {
    this.runs = runs;
    this.bands = runs.flatMap((run) => (run.periods ?? []).map((p) => ({ ...p, color: run.color, alpha: runs.length > 1 ? 0.1 : 0.16 })));
    const signature = runs.map((r) => `${r.label}|${r.color}`).join(';') + '|' + runs.map((r) => unitsOf(r.result)).join(';');
    const data = this.measures.map((m) => alignedData(runs, m.key));
    this.container.dataset.series = String(runs.length);
    this.data = data;
    if (signature !== this.signature || this.charts.length === 0) {
      this.signature = signature;
      this.build(data);
    } else {
      this.charts.forEach((u, i) => u.setData(data[i]));
    }
    this.describe(data);
  }

  /** Each chart's summary (start, peak and its time, end per run) and its data every 5 minutes. */
  describe(data) {
    this.charts.forEach((u, i) => {
      const m = this.measures[i];
      const unit = unitLabel(this.runs[0]?.result?.measures?.[m.key]?.unit ?? '');
      const [x, ...ys] = data[i];
      const n = this.runs.length;
      const parts = this.runs.map((run, k) => {
        const r = run.result?.measures?.[m.key];
        const y = ys[k];
        const first = y.find((v) => v != null);
        return r ? `${run.label}: ${fmt(first)} ${unit} at the start, peak ${fmt(r.peak)} ${unit} at ${count(r.peak_t)} min, ${fmt(range(y)?.last)} ${unit} at ${fmtCoordinate(x[x.length - 1])} min` : `${run.label}: no data`;
      });
      const summary = `${m.title} (${unit}) over ${fmtCoordinate(x[0])} to ${fmtCoordinate(x[x.length - 1])} min since the first set. ${parts.join('; ')}.`;
      this.alternatives[i].set(u, summary, () => ({
        caption: `${m.title} (${unit}), every 5 minutes`,
        head: ['min', ...this.runs.map((r) => r.label), ...this.runs.map((r) => (n > 1 ? `${r.label}, no exercise` : 'no exercise'))],
        rows: x.map((t, j) => [t, j]).filter(([t]) => Math.round(t) % 5 === 0).map(([t, j]) => [fmtCoordinate(t), ...ys.map((y) => fmt(y[j]))]),
      }));
    });
  }

  build(data) {
    this.charts.forEach((u) => u.destroy());
    this.container.replaceChildren();
    const holders = this.measures.map((m) => {
      const holder = h('div', { class: 'chart', 'data-testid': `chart-${m.key}`, 'data-measure': m.key });
      this.container.appendChild(holder);
      return holder;
    });
    this.alternatives = holders.map((holder, i) => textAlternative(holder, `chart-${this.measures[i].key}`));
    const AXIS = axis();
    this.charts = this.measures.map((m, i) => {
      const unit = unitLabel(this.runs[0]?.result?.measures?.[m.key]?.unit ?? '');
      return new uPlot({
        title: `${m.title} (${unit})`,
        width: widthOf(holders[i]),
        height: this.height,
        cursor: { sync: { key: this.syncKey, setSeries: true }, drag: { x: true, y: false, setScale: true } },
        scales: { x: { time: false } },
        legend: { live: true },
        axes: [
          { ...AXIS, size: 28 },
          { ...AXIS, size: 52 },
        ],
        series: [
          { label: 'min', value: (u, v) => (v == null ? '–' : `${v} min`) },
          ...this.runs.map((run) => ({
            label: run.label,
            stroke: themed(run.color),
            width: 2,
            points: { show: false },
            value: (u, v) => (v == null ? '–' : `${fmt(v)} ${unit}`),
          })),
          ...this.runs.map((run) => ({
            label: this.runs.length > 1 ? `${run.label}, no exercise` : 'no exercise',
            stroke: hexAlpha(themed(run.color), 0.7),
            width: 1,
            dash: [6, 4],
            points: { show: false },
            value: (u, v) => (v == null ? '–' : `${fmt(v)} ${unit}`),
          })),
        ],
        plugins: [bandsPlugin(() => this.bands)],
      }, data[i], holders[i]);
    });
  }
}

function unitsOf(result) {
  return Object.values(result?.measures ?? {}).map((m) => m.unit).join(',');
}

function alignedData(runs, key) {
  const length = Math.max(1, ...runs.map((r) => r.result?.measures?.[key]?.series?.length ?? 0));
  const x = Array.from({ length }, (_, i) => i);
  const column = (series) => {
    const y = new Array(length).fill(null);
    for (const p of series ?? []) {
      const i = Math.round(p.t);
      if (i >= 0 && i < length) y[i] = p.value;
    }
    return y;
  };
  const ys = runs.map((run) => column(run.result?.measures?.[key]?.series));
  // The same day without the session, dashed (all null when the answer does not carry it).
  const rest = runs.map((run) => column(run.result?.measures?.[key]?.no_exercise_series));
  // x is t in minutes (the series has one point per minute); use the real t values where known.
  const first = runs.find((r) => (r.result?.measures?.[key]?.series?.length ?? 0) === length);
  if (first) first.result.measures[key].series.forEach((p, i) => { x[i] = p.t; });
  return [x, ...ys, ...rest];
}

/**
 * A line chart: x values and named series. Returns {update(x, series), chart}. series: [{label, color, values, dash}].
 * With `time`, x is seconds since 1970 (UTC: the axis and the tables show the dates as they were logged) and `xText`
 * writes one for the legend, the summary and the data table.
 */
export function lineChart(target, { title, xLabel, unit, height = 220, syncKey, xValue, yValue, time = false, xText = fmtCoordinate }) {
  let u = null;
  let signature = '';
  let last = null;
  const fmtY = yValue ?? ((v) => `${fmt(v)}${unit ? ` ${unit}` : ''}`);
  const ro = autoWidth(target, () => (u ? [u] : []), () => height);
  const alternative = textAlternative(target, target.dataset.testid);
  const describe = (x, series) => {
    const ends = series.map((s) => `${s.label} ${fmtY(range(s.values)?.last)}`);
    const shown = ends.length > 8 ? [...ends.slice(0, 8), `and ${ends.length - 8} more`] : ends;
    alternative.set(u, `${title}, ${xLabel} ${xText(x[0])} to ${xText(x[x.length - 1])}. At the end: ${shown.join(', ') || 'no data'}.`, () => ({
      caption: title,
      head: [xLabel, ...series.map((s) => (unit ? `${s.label} (${unit})` : s.label))],
      rows: x.map((v, j) => [xText(v), ...series.map((s) => fmt(s.values[j]))]),
    }));
  };
  const update = (x, series) => {
    last = [x, series];
    const sig = series.map((s) => `${s.label}|${s.color}|${s.dash ?? ''}`).join(';');
    const data = [x, ...series.map((s) => s.values)];
    if (u && sig === signature) {
      u.setData(data);
      describe(x, series);
      return;
    }
    signature = sig;
    u?.destroy();
    target.replaceChildren();
    const AXIS = axis();
    u = new uPlot({
      title,
      width: widthOf(target),
      height,
      cursor: syncKey ? { sync: { key: syncKey } } : {},
      scales: { x: { time } },
      ...(time ? { tzDate: (ts) => uPlot.tzDate(new Date(ts * 1e3), 'Etc/UTC') } : {}),
      legend: { live: true },
      axes: [
        { ...AXIS, label: xLabel, labelSize: 18, size: 30 },
        { ...AXIS, size: 56 },
      ],
      series: [
        { label: xLabel, value: xValue ?? ((uu, v) => xText(v)) },
        ...series.map((s) => ({
          label: s.label,
          stroke: themed(s.color),
          width: s.width ?? 2,
          dash: s.dash,
          points: { show: x.length <= 30, size: 4 },
          value: (uu, v) => (v == null ? '–' : fmtY(v)),
        })),
      ],
    }, data, target);
    describe(x, series);
  };
  const rebuild = () => {
    if (!last) return;
    signature = '';
    update(...last);
  };
  rebuilders.add(rebuild);
  // Destroying lets go of everything the chart holds: the uPlot instance, the resize observer and the colour-scheme
  // rebuilder (which would otherwise redraw a detached chart on every scheme change).
  const destroy = () => {
    ro.disconnect();
    rebuilders.delete(rebuild);
    u?.destroy();
    u = null;
    last = null;
  };
  return { update, destroy };
}

// The palette's bluish green, brown and vermillion (the verdict is also written in the table and the text alternative).
// Drawn through themed(): in the dark scheme the brown is Okabe–Ito's orange and the vermillion its lighter variant.
const VERDICT_COLORS = { pass: '#009E73', near: '#8A5230', fail: '#D55E00' };

/** Draws each case's low–high range as a horizontal bar at its predicted value (observed on x). */
function rangeBarsPlugin(points) {
  return {
    hooks: {
      draw: [(u) => {
        const { ctx } = u;
        ctx.save();
        ctx.setLineDash([]);
        ctx.lineWidth = 1.5 * devicePixelRatio;
        for (const p of points) {
          if (p.low == null || p.high == null) continue;
          const y = u.valToPos(p.predicted, 'y', true);
          const x0 = u.valToPos(p.low, 'x', true);
          const x1 = u.valToPos(p.high, 'x', true);
          ctx.strokeStyle = hexAlpha(themed(VERDICT_COLORS[p.verdict] ?? '#555555'), 0.55);
          ctx.beginPath();
          ctx.moveTo(x0, y);
          ctx.lineTo(x1, y);
          const cap = 4 * devicePixelRatio;
          ctx.moveTo(x0, y - cap);
          ctx.lineTo(x0, y + cap);
          ctx.moveTo(x1, y - cap);
          ctx.lineTo(x1, y + cap);
          ctx.stroke();
        }
        ctx.restore();
      }],
    },
  };
}

/**
 * Predicted vs observed for one measure and unit: points coloured by verdict, the observed low–high range as a
 * horizontal bar (a case passes when its bar crosses the y = x line), and the y = x line.
 */
export function scatterChart(target, options) {
  let u = drawScatter(target, options);
  const alternative = textAlternative(target, target.dataset.testid);
  const { title, unit, points } = options;
  const verdicts = (v) => points.filter((p) => p.verdict === v).length;
  const describe = () => alternative.set(u,
    `${title}: predicted against observed for ${plural(points.length, 'case')}, ${verdicts('pass')} pass, ${verdicts('near')} near, ${verdicts('fail')} fail.`,
    () => ({
      caption: `${title}: each case`,
      head: [`observed (${unit})`, `observed range (${unit})`, `predicted (${unit})`, 'verdict'],
      rows: [...points].sort((a, b) => a.observed - b.observed)
        .map((p) => [fmt(p.observed), p.low != null && p.high != null ? `${fmt(p.low)}–${fmt(p.high)}` : '–', fmt(p.predicted), p.verdict]),
    }));
  describe();
  autoWidth(target, () => [u], () => options.height ?? 260);
  rebuilders.add(() => {
    u.destroy();
    u = drawScatter(target, options);
    target.appendChild(target.querySelector('.chart-data') ?? document.createTextNode(''));
    describe();
  });
  return u;
}

function drawScatter(target, { title, unit, points, height = 260 }) {
  const sorted = [...points].sort((a, b) => a.observed - b.observed);
  const values = sorted.flatMap((p) => [p.observed, p.predicted, p.low, p.high]).filter((v) => v != null && Number.isFinite(v));
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  // Log axes when everything is positive and spans two decades or more (growth hormone: 0.1 to 40 ug/L).
  const log = lo > 0 && hi / lo >= 100;
  if (log) {
    lo /= 1.6;
    hi *= 1.6;
  } else {
    const pad = (hi - lo || Math.abs(hi) || 1) * 0.08;
    lo -= pad;
    hi += pad;
    if (lo > 0 && lo < (hi - lo) * 0.5) lo = 0;
  }
  const x = sorted.map((p) => p.observed);
  const bySeries = ['pass', 'near', 'fail'].map((v) => sorted.map((p) => (p.verdict === v ? p.predicted : null)));
  const AXIS = axis();
  const u = new uPlot({
    title: log ? `${title} (log axes)` : title,
    width: widthOf(target),
    height,
    cursor: { points: { size: 9 }, drag: { x: false, y: false } },
    scales: {
      x: { time: false, auto: false, range: [lo, hi], distr: log ? 3 : 1, log: 10 },
      y: { auto: false, range: [lo, hi], distr: log ? 3 : 1, log: 10 },
    },
    legend: { show: false },
    axes: [
      { ...AXIS, label: `observed (${unit})`, labelSize: 18, size: 30 },
      { ...AXIS, label: `predicted (${unit})`, labelSize: 18, size: 56 },
    ],
    series: [
      { label: 'observed', value: (uu, v) => (v == null ? '–' : `${fmt(v)} ${unit}`) },
      ...['pass', 'near', 'fail'].map((v) => ({
        label: v,
        stroke: themed(VERDICT_COLORS[v]),
        fill: themed(VERDICT_COLORS[v]),
        paths: () => null,
        points: { show: true, size: 8, stroke: themed(VERDICT_COLORS[v]), fill: themed(VERDICT_COLORS[v]) },
        value: (uu, val) => (val == null ? '–' : `${fmt(val)} ${unit}`),
      })),
      { label: 'y = x', stroke: '#888', width: 1, dash: [5, 4], points: { show: false }, value: () => '' },
    ],
    plugins: [rangeBarsPlugin(sorted)],
  }, [x, ...bySeries, x.map((v) => v)], target);
  // The y = x line must span the whole plot, not only the observed values: extend with the range ends.
  const xs = [lo, ...x, hi];
  u.setData([xs, ...bySeries.map((s) => [null, ...s, null]), xs.map((v) => v)]);
  return u;
}

// ------------------------------------------------------------------ trial: each subject's outcome per arm (SVG)


const SVG = 'http://www.w3.org/2000/svg';
function svg(tag, attrs, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs ?? {})) if (v !== undefined && v !== null) el.setAttribute(k, String(v));
  for (const c of children.flat()) if (c !== null && c !== undefined) el.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  return el;
}

/** Nice tick step for a span: 1, 2 or 5 × 10^k giving about `count` ticks. */
function tickStep(span, count = 5) {
  const raw = span / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * mag).find((s) => raw <= s) ?? raw;
}

/**
 * A strip plot: arms along x, every subject a dot (spread sideways by subject so that dots do not hide each other),
 * the arm's mean ± SD as a bar, and for paired designs a thin line joining one subject's values across arms.
 * subjects: [{subject, arm, value}]. The SVG is role=img with a summary; "Data as a table" lists every subject.
 */
export function subjectPlot(target, { title, arms, subjects, paired = false, unit = '%', height = 280 }) {
  const W = 480;
  const H = height;
  const left = 56;
  const right = 12;
  const top = 30;
  const bottom = 40;
  const values = subjects.map((s) => s.value).filter((v) => v != null && Number.isFinite(v));
  let lo = Math.min(0, ...values);
  let hi = Math.max(0, ...values);
  if (hi - lo < 1e-9) hi = lo + 1;
  const step = tickStep(hi - lo);
  lo = Math.floor(lo / step) * step;
  hi = Math.ceil(hi / step) * step;
  const y = (v) => top + (H - top - bottom) * (1 - (v - lo) / (hi - lo));
  const band = (W - left - right) / arms.length;
  const cx = (i) => left + band * (i + 0.5);
  const perArm = arms.map((a) => subjects.filter((s) => s.arm === a && s.value != null && Number.isFinite(s.value)));
  const maxN = Math.max(1, ...perArm.map((l) => l.length));
  const spread = Math.min(band * 0.3, 50);
  // The golden-ratio sequence spreads dots evenly without randomness: the same trial draws the same picture.
  const jitter = (subject) => (((subject * 0.6180339887) % 1) - 0.5) * 2 * spread * Math.min(1, maxN / 12 + 0.35);
  const stats = perArm.map((l) => {
    const n = l.length;
    const mean = n ? l.reduce((t, s) => t + s.value, 0) / n : NaN;
    const sd = n > 1 ? Math.sqrt(l.reduce((t, s) => t + (s.value - mean) ** 2, 0) / (n - 1)) : 0;
    return { n, mean, sd };
  });
  // Colours from the page's scheme through CSS (currentColor, .grid), so a switch to dark needs no redraw.
  const ink = 'currentColor';
  const ticks = [];
  for (let v = lo; v <= hi + step / 2; v += step) {
    const t = Math.abs(v) < step / 1e6 ? 0 : v;
    ticks.push(svg('g', null,
      svg('line', { x1: left, x2: W - right, y1: y(t), y2: y(t), class: t === 0 ? null : 'grid', stroke: ink, 'stroke-width': t === 0 ? 1 : 0.8 }),
      svg('text', { x: left - 6, y: y(t) + 4, 'text-anchor': 'end', 'font-size': 11, fill: ink }, fmtTick(t))));
  }
  const lines = [];
  if (paired) {
    const bySubject = new Map();
    subjects.forEach((s) => {
      if (!bySubject.has(s.subject)) bySubject.set(s.subject, []);
      bySubject.get(s.subject)[arms.indexOf(s.arm)] = s.value;
    });
    for (const [subject, vals] of bySubject) {
      const points = arms.map((a, i) => (vals[i] != null && Number.isFinite(vals[i]) ? `${cx(i) + jitter(subject) * 0.4},${y(vals[i])}` : null)).filter(Boolean);
      if (points.length > 1) lines.push(svg('polyline', { points: points.join(' '), fill: 'none', stroke: ink, 'stroke-opacity': 0.25, 'stroke-width': 1 }));
    }
  }
  const dots = perArm.flatMap((l, i) => l.map((s) => svg('circle', {
    cx: cx(i) + (paired ? jitter(s.subject) * 0.4 : jitter(s.subject)), cy: y(s.value), r: maxN > 60 ? 2.5 : 3.5,
    fill: seriesColor(i % OKABE_ITO.length), 'fill-opacity': 0.75,
  }, svg('title', null, `${s.arm}, subject ${s.subject}: ${fmt(s.value)} ${unit}`))));
  const bars = stats.map((s, i) => (Number.isFinite(s.mean) ? svg('g', { stroke: ink, 'stroke-width': 2 },
    svg('line', { x1: cx(i) + spread + 10, x2: cx(i) + spread + 10, y1: y(s.mean - s.sd), y2: y(s.mean + s.sd) }),
    svg('line', { x1: cx(i) + spread + 3, x2: cx(i) + spread + 17, y1: y(s.mean), y2: y(s.mean), 'stroke-width': 3 })) : null));
  const labels = arms.map((a, i) => svg('text', { x: cx(i), y: H - bottom + 16, 'text-anchor': 'middle', 'font-size': 12, fill: ink },
    a.length > 28 ? `${a.slice(0, 27)}…` : a));
  const summary = `${title}. ${arms.map((a, i) => `${a}: mean ${fmt(stats[i].mean)} ± ${fmt(stats[i].sd)} ${unit} (n = ${stats[i].n}), from ${fmt(Math.min(...perArm[i].map((s) => s.value)))} to ${fmt(Math.max(...perArm[i].map((s) => s.value)))} ${unit}`).join('; ')}.`;
  const plot = svg('svg', { viewBox: `0 0 ${W} ${H}`, width: '100%', role: 'img', 'aria-label': summary, 'data-summary': summary, class: 'subject-plot' },
    svg('text', { x: 4, y: 16, 'font-size': 13, 'font-weight': 600, fill: ink }, title),
    svg('text', { x: 12, y: (top + H - bottom) / 2, 'font-size': 11, fill: ink, transform: `rotate(-90 12 ${(top + H - bottom) / 2})`, 'text-anchor': 'middle' }, `change (${unit})`),
    ticks, lines, dots, bars, labels);
  const ids = [...new Set(subjects.map((s) => s.subject))].sort((a, b) => a - b);
  const value = (a, id) => subjects.find((s) => s.arm === a && s.subject === id)?.value;
  const details = h('details', { class: 'chart-data', 'data-testid': target.dataset.testid ? `${target.dataset.testid}-data` : null },
    h('summary', null, 'Data as a table'));
  const body = h('div', { class: 'table-wrap' });
  details.appendChild(body);
  details.addEventListener('toggle', () => {
    if (!details.open || body.firstChild) return;
    body.appendChild(h('table', { class: 'data' },
      h('caption', null, `${title}: each subject (${unit})`),
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'subject'), arms.map((a) => h('th', { scope: 'col' }, a)))),
      h('tbody', null, ids.map((id) => h('tr', null, h('th', { scope: 'row' }, String(id)),
        arms.map((a) => h('td', { class: 'num' }, value(a, id) == null ? '–' : fmt(value(a, id)))))))));
  });
  target.replaceChildren(plot, details);
  return plot;
}
