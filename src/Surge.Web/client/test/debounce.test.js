// Debounce (~80 ms after the last change) and latest-wins (older requests aborted, their results dropped).
import { test, mock } from 'node:test';
import assert from 'node:assert/strict';
import { debounce, latestWins } from '../src/debounce.js';

test('debounce calls once, with the last arguments, after the quiet period', () => {
  mock.timers.enable({ apis: ['setTimeout'] });
  try {
    const calls = [];
    const d = debounce((x) => calls.push(x), 80);
    d(1);
    mock.timers.tick(50);
    d(2);
    mock.timers.tick(79);
    assert.deepEqual(calls, []);
    assert.equal(d.pending(), true);
    mock.timers.tick(1);
    assert.deepEqual(calls, [2]);
    assert.equal(d.pending(), false);
    d(3);
    d.cancel();
    mock.timers.tick(200);
    assert.deepEqual(calls, [2]);
    d(4);
    d.flush();
    assert.deepEqual(calls, [2, 4]);
  } finally {
    mock.timers.reset();
  }
});

test('latestWins aborts the previous call and reports only the newest result', async () => {
  const results = [];
  const errors = [];
  const signals = [];
  const resolvers = [];
  const run = latestWins((signal, x) => {
    signals.push(signal);
    return new Promise((resolve, reject) => {
      resolvers.push(() => resolve(x));
      signal.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), { name: 'AbortError' })));
    });
  }, { onResult: (r) => results.push(r), onError: (e) => errors.push(e) });
  const first = run('a');
  const second = run('b');
  assert.equal(signals[0].aborted, true);
  assert.equal(signals[1].aborted, false);
  resolvers[1]();
  await Promise.all([first, second]);
  assert.deepEqual(results, ['b']);
  assert.deepEqual(errors, []);
  assert.equal(run.busy(), false);
});

test('latestWins drops a stale result that arrives after a newer call even if it ignores the signal', async () => {
  const results = [];
  let release;
  const run = latestWins((signal, x) => (x === 'slow' ? new Promise((r) => { release = () => r(x); }) : Promise.resolve(x)), { onResult: (r) => results.push(r) });
  const slow = run('slow');
  await run('fast');
  release();
  await slow;
  assert.deepEqual(results, ['fast']);
});

test('latestWins reports errors of the newest call only', async () => {
  const errors = [];
  const run = latestWins(async (signal, x) => { throw new Error(x); }, { onError: (e) => errors.push(e.message) });
  await run('boom');
  assert.deepEqual(errors, ['boom']);
});
