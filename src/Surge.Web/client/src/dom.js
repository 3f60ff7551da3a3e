// A tiny element builder and number formatting (every number is shown with its unit).

const PROPS = new Set(['value', 'checked', 'disabled', 'selected', 'hidden', 'indeterminate']);

/**
 * h('div', {class: 'x', 'data-testid': 'y', onclick: fn}, child, [children], 'text')
 * Attributes that are false/null/undefined are left out; on* functions become listeners.
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [key, value] of Object.entries(attrs)) {
      if (value === undefined || value === null || value === false) continue;
      if (key.startsWith('on') && typeof value === 'function') {
        el.addEventListener(key.slice(2).toLowerCase(), value);
      } else if (PROPS.has(key)) {
        el[key] = value;
      } else if (key === 'class' && Array.isArray(value)) {
        el.setAttribute('class', value.filter(Boolean).join(' '));
      } else {
        el.setAttribute(key, value === true ? '' : String(value));
      }
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else if (child instanceof Node) el.appendChild(child);
    else el.appendChild(document.createTextNode(String(child)));
  }
}

/** Replaces all children of el. */
export function replace(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

let idCounter = 0;
/** A unique element id with a readable prefix. */
export const uid = (prefix) => `${prefix}-${++idCounter}`;

/** Units as people write them (the JSON says ug/L). */
export const unitLabel = (unit) => String(unit ?? '').replace(/^ug\//, 'µg/');

/** A small label + value + unit group. */
export function quantity(value, unit, testid) {
  return h('span', { class: 'qty' }, h('span', { class: 'num', 'data-testid': testid }, value), unit ? h('span', { class: 'unit' }, ` ${unit}`) : null);
}

/** A page's heading (id `${id}-h`, which the page's aria-labelledby names) and its lede. */
export const pageHead = (id, title, lede) => h('div', { class: 'page-head' }, h('h1', { id: `${id}-h` }, title), h('p', { class: 'lede' }, lede));

/** A toolbar's labelled control (the control's id is `id`). */
export const toolbarGroup = (id, label, control) => h('div', { class: 'toolbar-group' }, h('label', { for: id }, label), control);

/** One term and its value in a <dl class="facts">. */
export const fact = (term, ...value) => h('div', { class: 'fact' }, h('dt', null, term), h('dd', null, value));

/** Triggers a download of a Blob. */
export function download(blob, filename) {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: filename });
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file-name-safe version of a title. */
export const slug = (name) => String(name || 'session').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'session';
