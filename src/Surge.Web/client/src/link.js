// The page's state in its link (#/session?s=…, #/program?p=…) and an undo history of that state. Pure: no DOM.

/** A JSON value as base64url of its UTF-8 text (no padding): safe in a URL's hash as it is. */
export function encodeState(value) {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The value of encodeState's text, or null when it is not one (a truncated or edited link). */
export function decodeState(text) {
  if (typeof text !== 'string' || text === '' || !/^[A-Za-z0-9_-]+$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return null;
  }
}

/** The parameter `key` of a hash like "#/session?s=…" (null when absent). */
export function hashParam(hash, key) {
  const q = String(hash ?? '').indexOf('?');
  if (q < 0) return null;
  return new URLSearchParams(String(hash).slice(q + 1)).get(key);
}

/** "#/route?key=encoded" (or "#/route" when encoded is empty). */
export const routeHash = (route, key, encoded) => (encoded ? `#/${route}?${key}=${encoded}` : `#/${route}`);

/**
 * Undo over snapshots of a state (JSON text). record(json, key) after every change: changes in a row to the same
 * control (`key`, e.g. the focused element) less than `coalesceMs` apart are one step (a slider drag, typing a
 * number). undo()/redo() return the snapshot to show, or null.
 */
export class UndoHistory {
  constructor(initial, { coalesceMs = 1000, limit = 100, now = () => Date.now() } = {}) {
    this.current = initial;
    this.past = [];
    this.future = [];
    this.coalesceMs = coalesceMs;
    this.limit = limit;
    this.now = now;
    this.lastKey = null;
    this.lastAt = -Infinity;
  }

  record(json, key = null) {
    if (json === this.current) return false;
    const at = this.now();
    const joined = key !== null && key === this.lastKey && at - this.lastAt < this.coalesceMs && this.past.length > 0;
    if (!joined) {
      this.past.push(this.current);
      if (this.past.length > this.limit) this.past.shift();
    }
    this.future = [];
    this.current = json;
    this.lastKey = key;
    this.lastAt = at;
    return true;
  }

  get canUndo() { return this.past.length > 0; }

  get canRedo() { return this.future.length > 0; }

  undo() {
    if (!this.past.length) return null;
    this.future.push(this.current);
    this.current = this.past.pop();
    this.lastKey = null;
    return this.current;
  }

  redo() {
    if (!this.future.length) return null;
    this.past.push(this.current);
    this.current = this.future.pop();
    this.lastKey = null;
    return this.current;
  }
}

/** Whether a keyboard event's target edits text (where Ctrl+Z belongs to the field). */
export function editsText(target) {
  const tag = target?.tagName?.toLowerCase();
  if (tag === 'textarea' || target?.isContentEditable) return true;
  if (tag !== 'input') return false;
  return !['range', 'checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'color'].includes(String(target.type).toLowerCase());
}
