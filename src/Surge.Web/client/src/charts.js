// The time charts, drawn by uPlot: the Session page's linked charts over minutes, line charts over weeks or dates
// (Program and History pages). The scatter of the Validation page is scatter-chart.js, the Trial page's subject plot
// subject-plot.js; what all charts share (theme, text alternative, width) chart-frame.js.
import uPlot from 'uplot';
import { h, unitLabel } from './dom.js';
import { fmt, fmtCoordinate, count } from './format.js';
import { OKABE_ITO, PALETTE, seriesColor, seriesStyle, themed } from './palette.js';
import { autoWidth, axis, hexAlpha, range, rebuilders, textAlternative, widthOf } from './chart-frame.js';

// The series colours live in palette.js (no DOM there, so the tests check their contrast); re-exported for the pages.
// Pages pass the light scheme's colours; every chart draws them through themed() when it is built, so a chart rebuilt
// after the system switches scheme takes the other scheme's variants.
export { OKABE_ITO, PALETTE, seriesColor, seriesStyle };

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
      this.alternatives[i].set(u.root, summary, () => ({
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
 * @param {HTMLElement} target
 * @param {Record<string, any>} options
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
    alternative.set(u.root, `${title}, ${xLabel} ${xText(x[0])} to ${xText(x[x.length - 1])}. At the end: ${shown.join(', ') || 'no data'}.`, () => ({
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
