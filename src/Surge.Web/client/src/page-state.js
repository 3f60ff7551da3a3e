// A page's edited state kept in its link (history.replaceState on every change), with Undo, Redo and Reset buttons
// and Ctrl+Z / Ctrl+Shift+Z (Ctrl+Y) outside text fields. The Session and Program pages use it.
import { h } from './dom.js';
import { decodeState, editsText, encodeState, hashParam, routeHash, UndoHistory } from './link.js';

/** The state in the current address's `key` parameter (decoded JSON), or null. */
export const readLink = (key) => decodeState(hashParam(location.hash, key));

/**
 * snapshot(): the page's state as a JSON value; restore(value): shows it (returns false when it is not a state of
 * this page); reset(): back to the example the page started from. The page calls changed() after every edit
 * (and after restore or reset, which it triggers itself).
 */
export function trackState({ route, key, root, testid, snapshot, restore, reset }) {
  const text = () => JSON.stringify(snapshot());
  const undo = new UndoHistory(text(), { limit: 50 });
  // The undo steps live in the history entry too, so that a reload keeps them with the edits.
  const slot = `surge-undo-${route}`;
  const saved = history.state?.[slot];
  if (saved?.current === undo.current && Array.isArray(saved.past) && Array.isArray(saved.future)) {
    undo.past = saved.past.filter((x) => typeof x === 'string');
    undo.future = saved.future.filter((x) => typeof x === 'string');
  }

  const undoButton = h('button', { type: 'button', 'data-testid': `${testid}-undo`, title: 'Undo the last change (Ctrl+Z)', disabled: true, onclick: () => step('undo') }, 'Undo');
  const redoButton = h('button', { type: 'button', 'data-testid': `${testid}-redo`, title: 'Redo (Ctrl+Shift+Z)', disabled: true, onclick: () => step('redo') }, 'Redo');
  const resetButton = h('button', { type: 'button', 'data-testid': `${testid}-reset`, title: 'Back to the example this page starts from (Undo brings your changes back)', onclick: () => reset() }, 'Reset');
  const el = h('div', { class: 'toolbar-group history-tools', role: 'group', 'aria-label': 'Changes' }, resetButton, undoButton, redoButton);

  const refresh = () => {
    undoButton.disabled = !undo.canUndo;
    redoButton.disabled = !undo.canRedo;
  };

  function writeLink() {
    if (!root.isConnected) return;
    const hash = routeHash(route, key, encodeState(snapshot()));
    const steps = { current: undo.current, past: undo.past, future: undo.future };
    history.replaceState({ ...(history.state ?? {}), [slot]: steps }, '', hash);
  }

  // Chrome ignores (and warns about) more than about 200 history changes in 10 s, which dragging a slider would
  // cause: the address is written at most every 200 ms, and at once when the page has drawn the newest result.
  let pending = null;
  let lastWrite = -Infinity;
  function flush() {
    clearTimeout(pending);
    pending = null;
    lastWrite = performance.now();
    writeLink();
  }
  function scheduleLink() {
    const wait = 200 - (performance.now() - lastWrite);
    if (wait <= 0) flush();
    else pending ??= setTimeout(flush, wait);
  }
  window.addEventListener('pagehide', () => { if (pending !== null) flush(); });

  function changed() {
    undo.record(text(), document.activeElement);
    refresh();
    scheduleLink();
  }

  function step(kind) {
    const json = kind === 'undo' ? undo.undo() : undo.redo();
    if (json === null) return;
    restore(JSON.parse(json));
    refresh();
  }

  document.addEventListener('keydown', (e) => {
    if (!root.isConnected || !(e.ctrlKey || e.metaKey) || e.altKey || editsText(e.target)) return;
    const k = e.key.toLowerCase();
    if (k === 'z' && !e.shiftKey) step('undo');
    else if ((k === 'z' && e.shiftKey) || k === 'y') step('redo');
    else return;
    e.preventDefault();
  });

  refresh();
  return {
    el,
    changed,
    /** The page drew its newest result: the address now (so that it matches what is shown). */
    settled: () => { if (pending !== null) flush(); },
    /** When the page is shown again: its state back into the address (the nav's links carry none). */
    onShow: flush,
    /** The address changed on this page (a pasted link): show its state, as an undoable change. */
    onHash: () => {
      const value = readLink(key);
      if (value !== null && JSON.stringify(value) !== undo.current) restore(value);
    },
  };
}
