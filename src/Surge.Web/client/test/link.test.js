// The state in the link and the undo history (link.js), and restoring editor states from a link (model.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import YAML from 'yaml';
import { decodeState, editsText, encodeState, hashParam, routeHash, UndoHistory } from '../src/link.js';
import { programFromDocument, restoreProgram, restoreSession, sessionFromDocument } from '../src/model.js';
import { useFixtureModel } from './model-fixture.js';

useFixtureModel();

const examples = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'examples');
const example = (name) => YAML.parse(readFileSync(join(examples, `${name}.yaml`), 'utf8'));

test('a session state goes through the link unchanged, in URL-safe characters', () => {
  const { state } = sessionFromDocument(example('leg-day'), 'Leg day — ½ “quoted”');
  const value = { v: 1, preset: 'leg-day', sessions: [state] };
  const text = encodeState(value);
  assert.match(text, /^[A-Za-z0-9_-]+$/);
  assert.deepEqual(decodeState(text), value);
  const hash = routeHash('session', 's', text);
  assert.equal(hash, `#/session?s=${text}`);
  assert.deepEqual(decodeState(hashParam(hash, 's')), value);
  assert.equal(routeHash('program', 'p', ''), '#/program');
});

test('a damaged link decodes to null, not to an exception', () => {
  const text = encodeState({ v: 1, sessions: [] });
  for (const bad of [undefined, '', 'not base64!', text.slice(0, -3), '____']) assert.equal(decodeState(bad), null, String(bad));
  assert.equal(hashParam('#/session', 's'), null);
  assert.equal(hashParam('#/session?x=1', 's'), null);
});

test('restoring fills the fields a link leaves out and refuses what is not a state', () => {
  const { state } = sessionFromDocument(example('leg-day'), 'Leg day');
  assert.deepEqual(restoreSession(JSON.parse(JSON.stringify(state))), state);
  const partial = restoreSession({ exercises: [{ exercise: 'bench press', sets: 5 }] });
  assert.equal(partial.exercises[0].sets, 5);
  assert.equal(partial.exercises[0].rest, 90);
  assert.equal(partial.athlete.sex, 'male');
  for (const bad of [null, 3, 'x', [], { exercises: 'x' }, { exercises: [{ sets: 3 }] }, { athlete: 5 }]) assert.equal(restoreSession(bad), null, JSON.stringify(bad));

  const { state: program } = programFromDocument(example('program-beginner-full-body-12wk'), 'Beginner');
  assert.deepEqual(restoreProgram(JSON.parse(JSON.stringify(program))), program);
  assert.equal(restoreProgram({ days: { mon: { exercises: 'x' } } }), null);
  assert.equal(restoreProgram({ weeks: 8 }).days.sun.exercises.length, 0);
});

test('undo steps back change by change; changes in a row to one control are one step', () => {
  let now = 0;
  const undo = new UndoHistory('a', { now: () => now });
  assert.equal(undo.canUndo, false);
  assert.equal(undo.record('a', 'x'), false); // no change
  undo.record('b', 'rest'); now += 100;
  undo.record('c', 'rest'); now += 100; // the same slider, dragged: one step
  undo.record('d', 'sets'); now += 5000;
  undo.record('e', 'sets'); // the same control, but much later: a step of its own
  assert.equal(undo.undo(), 'd');
  assert.equal(undo.undo(), 'c');
  assert.equal(undo.undo(), 'a');
  assert.equal(undo.undo(), null);
  assert.equal(undo.redo(), 'c');
  undo.record('f', 'age'); // a new change forgets the redo steps
  assert.equal(undo.canRedo, false);
  assert.equal(undo.undo(), 'c');
});

test('the undo history keeps its limit', () => {
  const undo = new UndoHistory('0', { limit: 3 });
  for (let i = 1; i <= 10; i++) undo.record(String(i), null);
  assert.equal(undo.undo(), '9');
  assert.equal(undo.undo(), '8');
  assert.equal(undo.undo(), '7');
  assert.equal(undo.undo(), null);
});

test('Ctrl+Z belongs to text fields, not to sliders or buttons', () => {
  assert.equal(editsText({ tagName: 'INPUT', type: 'number' }), true);
  assert.equal(editsText({ tagName: 'INPUT', type: 'text' }), true);
  assert.equal(editsText({ tagName: 'TEXTAREA' }), true);
  assert.equal(editsText({ tagName: 'INPUT', type: 'range' }), false);
  assert.equal(editsText({ tagName: 'BUTTON' }), false);
  assert.equal(editsText({ tagName: 'BODY' }), false);
  assert.equal(editsText(null), false);
});
