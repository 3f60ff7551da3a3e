// Charts, all drawn by uPlot: linked time charts (session), line charts over weeks (program), scatter (validation).
import uPlot from 'uplot';
import { h, fmt, unitLabel } from './dom.js';

/** Category10, as the server's PNG plots use. */
export const PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf',
  '#393b79', '#ad494a', '#637939', '#843c39'];

const AXIS = { stroke: '#444', grid: { stroke: '#e6e8eb', width: 1 }, ticks: { stroke: '#d0d4d9', width: 1 }, font: '12px system-ui, sans-serif', labelFont: '12px system-ui, sans-serif' };

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
          ctx.fillStyle = b.color;
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
    autoWidth(container, () => this.charts, () => this.height);
  }

  update(runs) {
    this.runs = runs;
    this.bands = runs.flatMap((run) => (run.periods ?? []).map((p) => ({ ...p, color: hexAlpha(run.color, runs.length > 1 ? 0.1 : 0.16) })));
    const signature = runs.map((r) => `${r.label}|${r.color}`).join(';') + '|' + runs.map((r) => unitsOf(r.result)).join(';');
    const data = this.measures.map((m) => alignedData(runs, m.key));
    this.container.dataset.series = String(runs.length);
    if (signature !== this.signature || this.charts.length === 0) {
      this.signature = signature;
      this.build(data);
    } else {
      this.charts.forEach((u, i) => u.setData(data[i]));
    }
  }

  build(data) {
    this.charts.forEach((u) => u.destroy());
    this.container.replaceChildren();
    const holders = this.measures.map((m) => {
      const holder = h('div', { class: 'chart', 'data-testid': `chart-${m.key}`, 'data-measure': m.key });
      this.container.appendChild(holder);
      return holder;
    });
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
            stroke: run.color,
            width: 2,
            points: { show: false },
            value: (u, v) => (v == null ? '–' : `${fmt(v)} ${unit}`),
          })),
          ...this.runs.map((run) => ({
            label: this.runs.length > 1 ? `${run.label}, no exercise` : 'no exercise',
            stroke: hexAlpha(run.color, 0.7),
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
 * A line chart: x values and named series. Returns {update(x, series), chart}. series: [{label, color, values, dash}]
 */
export function lineChart(target, { title, xLabel, unit, height = 220, syncKey, xValue, yValue }) {
  let u = null;
  let signature = '';
  const fmtY = yValue ?? ((v) => `${fmt(v)}${unit ? ` ${unit}` : ''}`);
  const ro = autoWidth(target, () => (u ? [u] : []), () => height);
  const update = (x, series) => {
    const sig = series.map((s) => `${s.label}|${s.color}|${s.dash ?? ''}`).join(';');
    const data = [x, ...series.map((s) => s.values)];
    if (u && sig === signature) {
      u.setData(data);
      return;
    }
    signature = sig;
    u?.destroy();
    target.replaceChildren();
    u = new uPlot({
      title,
      width: widthOf(target),
      height,
      cursor: syncKey ? { sync: { key: syncKey } } : {},
      scales: { x: { time: false } },
      legend: { live: true },
      axes: [
        { ...AXIS, label: xLabel, labelSize: 18, size: 30 },
        { ...AXIS, size: 56 },
      ],
      series: [
        { label: xLabel, value: xValue ?? ((uu, v) => (v == null ? '–' : String(v))) },
        ...series.map((s) => ({
          label: s.label,
          stroke: s.color,
          width: s.width ?? 2,
          dash: s.dash,
          points: { show: x.length <= 30, size: 4 },
          value: (uu, v) => (v == null ? '–' : fmtY(v)),
        })),
      ],
    }, data, target);
  };
  return { update, destroy: () => { ro.disconnect(); u?.destroy(); } };
}

const VERDICT_COLORS = { pass: '#2e7d32', near: '#d98c00', fail: '#c62828' };

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
          ctx.strokeStyle = hexAlpha(VERDICT_COLORS[p.verdict] ?? '#555555', 0.55);
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
export function scatterChart(target, { title, unit, points, height = 260 }) {
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
        stroke: VERDICT_COLORS[v],
        fill: VERDICT_COLORS[v],
        paths: () => null,
        points: { show: true, size: 8, stroke: VERDICT_COLORS[v], fill: VERDICT_COLORS[v] },
        value: (uu, val) => (val == null ? '–' : `${fmt(val)} ${unit}`),
      })),
      { label: 'y = x', stroke: '#888', width: 1, dash: [5, 4], points: { show: false }, value: () => '' },
    ],
    plugins: [rangeBarsPlugin(sorted)],
  }, [x, ...bySeries, x.map((v) => v)], target);
  // The y = x line must span the whole plot, not only the observed values: extend with the range ends.
  const xs = [lo, ...x, hi];
  u.setData([xs, ...bySeries.map((s) => [null, ...s, null]), xs.map((v) => v)]);
  autoWidth(target, () => [u], () => height);
  return u;
}
