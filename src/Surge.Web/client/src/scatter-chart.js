// The Validation page's chart: predicted vs observed for one measure, drawn by uPlot.
import uPlot from 'uplot';
import { fmt, plural } from './format.js';
import { themed } from './palette.js';
import { autoWidth, axis, hexAlpha, rebuilders, textAlternative, widthOf } from './chart-frame.js';

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
  const describe = () => alternative.set(u.root,
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
