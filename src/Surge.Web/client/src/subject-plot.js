// The Trial page's plot of each subject's outcome per arm (SVG, no uPlot).
import { fmt, fmtTick } from './format.js';
import { OKABE_ITO, seriesColor } from './palette.js';
import { textAlternative } from './chart-frame.js';

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
  const plot = svg('svg', { viewBox: `0 0 ${W} ${H}`, width: '100%', class: 'subject-plot' },
    svg('text', { x: 4, y: 16, 'font-size': 13, 'font-weight': 600, fill: ink }, title),
    svg('text', { x: 12, y: (top + H - bottom) / 2, 'font-size': 11, fill: ink, transform: `rotate(-90 12 ${(top + H - bottom) / 2})`, 'text-anchor': 'middle' }, `change (${unit})`),
    ticks, lines, dots, bars, labels);
  const ids = [...new Set(subjects.map((s) => s.subject))].sort((a, b) => a - b);
  const value = (a, id) => subjects.find((s) => s.arm === a && s.subject === id)?.value;
  target.replaceChildren(plot);
  textAlternative(target, target.dataset.testid).set(plot, summary, () => ({
    caption: `${title}: each subject (${unit})`,
    head: ['subject', ...arms],
    rows: ids.map((id) => [String(id), ...arms.map((a) => (value(a, id) == null ? '–' : fmt(value(a, id))))]),
  }));
  return plot;
}
