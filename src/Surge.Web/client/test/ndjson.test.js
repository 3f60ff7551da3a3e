// The power search's progress stream as the Trial page reads it (application/x-ndjson: progress lines, then the result).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lineSplitter, readProgressStream } from '../src/ndjson.js';

async function* chunksOf(...chunks) {
  for (const chunk of chunks) yield chunk;
}

const toError = (problem) => Object.assign(new Error(problem.detail ?? problem.title), { problem });

test('lineSplitter joins lines split across chunks and leaves out blank ones', () => {
  const lines = lineSplitter();
  assert.deepEqual(lines.push('{"a":1}\n{"b"'), ['{"a":1}']);
  assert.deepEqual(lines.push(':2}\n\n'), ['{"b":2}']);
  assert.deepEqual(lines.push('{"c":3}'), []);
  assert.deepEqual(lines.end(), ['{"c":3}']);
  assert.deepEqual(lines.end(), []);
});

test('readProgressStream hands every progress line over in order and answers the result line', async () => {
  const seen = [];
  const result = await readProgressStream(chunksOf(
    '{"progress":{"n":2,"replicates_done":1,"replicates":2,"trials_simulated":1}}\n{"progress":{"n":2,"repl',
    'icates_done":2,"replicates":2,"trials_simulated":2}}\n',
    '{"result":{"power":{"target":0.8},"trials_simulated":2}}\n',
  ), { onProgress: (p) => seen.push(p.trials_simulated), toError });
  assert.deepEqual(seen, [1, 2]);
  assert.deepEqual(result, { power: { target: 0.8 }, trials_simulated: 2 });
});

test('readProgressStream throws the problem line, and says so when the result never came', async () => {
  await assert.rejects(readProgressStream(chunksOf(
    '{"progress":{"trials_simulated":1}}\n{"problem":{"status":503,"title":"Over the time budget","detail":"stopped"}}\n',
  ), { toError }), (e) => e.problem.status === 503 && e.message === 'stopped');
  await assert.rejects(readProgressStream(chunksOf('{"progress":{"trials_simulated":1}}\n'), { toError }),
    /the answer ended before its result/);
});
