// What every chart shares: the axes' colours of the page's scheme, rebuilding on a scheme switch, the text
// alternative (summary + "Data as a table"), keeping a chart as wide as its holder.
import { h } from './dom.js';

// ------------------------------------------------------------------ theme (the page's CSS variables; dark follows the system)

const cssVar = (name, fallback) => (typeof getComputedStyle === 'function'
  ? getComputedStyle(document.documentElement).getPropertyValue(name).trim() : '') || fallback;

/** The axes' colours of the current scheme (read when a chart is built). */
export const axis = () => ({
  stroke: cssVar('--chart-axis', '#444'),
  grid: { stroke: cssVar('--chart-grid', '#e6e8eb'), width: 1 },
  ticks: { stroke: cssVar('--chart-tick', '#d0d4d9'), width: 1 },
  font: '12px system-ui, sans-serif',
  labelFont: '12px system-ui, sans-serif',
});

// Charts rebuild themselves when the system switches between light and dark.
export const rebuilders = new Set();
globalThis.matchMedia?.('(prefers-color-scheme: dark)').addEventListener?.('change', () => rebuilders.forEach((fn) => fn()));

// ------------------------------------------------------------------ text alternatives

/**
 * A chart's text alternative: the chart's element (a uPlot root or an SVG) becomes role=img with a summary as its
 * label, and a toggle under it shows the data as a table (built when opened). set(el, summary, table) with
 * table() -> {caption, head: [..], rows: [[..]]}.
 */
export function textAlternative(holder, testid) {
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
    set(el, summary, tableOf) {
      table = tableOf;
      el.setAttribute('role', 'img');
      el.setAttribute('aria-label', summary);
      el.dataset.summary = summary;
      if (details.parentElement !== holder) holder.appendChild(details);
      render();
    },
  };
}

// ------------------------------------------------------------------ values, colours, width

/** The finite values' min, max and last (null when there are none). */
export const range = (values) => {
  const v = values.filter((x) => x != null && Number.isFinite(x));
  return v.length ? { min: Math.min(...v), max: Math.max(...v), last: v[v.length - 1] } : null;
};

/** '#rrggbb' with an alpha as rgba(). */
export function hexAlpha(hex, alpha) {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/** Keeps every chart of `charts()` as wide as the element holding it (watching `el` and the holders). */
export function autoWidth(el, charts, heightOf) {
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

export const widthOf = (el) => Math.max(260, Math.floor(el.clientWidth || el.parentElement?.clientWidth || 600));
