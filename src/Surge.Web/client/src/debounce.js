// Debounce and "latest call wins": every change re-simulates, the newest request aborts the older ones.

/** Calls fn(...lastArgs) once, `ms` after the last call; `.cancel()` drops a pending call, `.flush()` runs it now. */
export function debounce(fn, ms) {
  let timer = null;
  let lastArgs = null;
  const debounced = (...args) => {
    lastArgs = args;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      fn(...lastArgs);
    }, ms);
  };
  debounced.cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  debounced.flush = () => {
    if (timer !== null) {
      clearTimeout(timer);
      timer = null;
      fn(...lastArgs);
    }
  };
  debounced.pending = () => timer !== null;
  return debounced;
}

/**
 * Wraps an async task(signal, ...args): each call aborts the previous one's AbortSignal, and only the newest
 * call's outcome reaches onResult/onError (an aborted or superseded call is dropped silently).
 * @param {(signal: AbortSignal, ...args: any[]) => Promise<any>} task
 * @param {Record<string, any>} [handlers]
 */
export function latestWins(task, { onResult, onError } = {}) {
  let controller = null;
  let generation = 0;
  const run = async (...args) => {
    controller?.abort();
    const mine = new AbortController();
    controller = mine;
    const id = ++generation;
    try {
      const result = await task(mine.signal, ...args);
      if (id === generation) onResult?.(result);
      return result;
    } catch (error) {
      if (id === generation && error?.name !== 'AbortError') onError?.(error);
      return undefined;
    } finally {
      if (controller === mine) controller = null;
    }
  };
  run.abort = () => {
    controller?.abort();
    controller = null;
    generation++;
  };
  run.busy = () => controller !== null;
  return run;
}
