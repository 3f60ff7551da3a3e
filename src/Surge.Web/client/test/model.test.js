// Pure functions: the editor state <-> session/program file documents, YAML round trips, loads, set timeline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import YAML from 'yaml';
import {
  sessionDocument, sessionFromDocument, programDocument, programFromDocument, fractionForReps, repsForFraction,
  convertLoad, setTimeline, locateField, parseSeconds, parseKg, parseLoad, defaultSession, defaultRow,
} from '../src/model.js';
import { toYaml, parseDocument } from '../src/yaml-out.js';

const examples = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'examples');
const example = (name) => YAML.parse(readFileSync(join(examples, `${name}.yaml`), 'utf8'));

test('the leg day example becomes editor state and the same document again', () => {
  const { state, notes } = sessionFromDocument(example('leg-day'), 'Leg day');
  assert.deepEqual(notes, []);
  assert.equal(state.time, '17:30');
  assert.equal(state.date, '2026-11-20');
  assert.equal(state.exercises.length, 4);
  assert.deepEqual(state.exercises[0], {
    exercise: 'back squat', sets: 4, reps: 10, loadValue: 75, loadUnit: '%1RM', rest: 90, tempo: '', side: 'both', rir: 1, to_failure: false,
  });
  assert.deepEqual(sessionDocument(state), {
    athlete: { sex: 'male', age: 25, body_mass: '80 kg', training_status: 'trained' },
    start: '2026-11-20T17:30',
    record_until: '180 min',
    exercises: [
      { exercise: 'back squat', sets: 4, reps: 10, load: '75 %1RM', rest: '90 s', rir: 1 },
      { exercise: 'leg press', sets: 4, reps: 12, load: '12RM', rest: '90 s' },
      { exercise: 'romanian deadlift', sets: 4, reps: 10, load: '10RM', rest: '90 s' },
      { exercise: 'leg extension', sets: 4, reps: 12, load: '12RM', rest: '60 s' },
    ],
  });
});

test('every session example survives document -> state -> YAML -> document', () => {
  for (const name of ['leg-day', 'arm-day', 'full-body', 'hypertrophy-10rm-1min', 'strength-5rm-3min', 'woman-leg-day', 'one-arm', 'rest-control']) {
    const { state } = sessionFromDocument(example(name), name);
    const doc = sessionDocument(state);
    const text = toYaml(doc, `${name} from the web page`);
    assert.ok(text.startsWith(`# ${name} from the web page`), name);
    assert.deepEqual(parseDocument(text), doc, name);
    // ... and the state read back from that YAML is the same state.
    assert.deepEqual(sessionFromDocument(parseDocument(text), name).state, state, name);
  }
});

test('YAML output quotes what a YAML 1.1 reader would misread', () => {
  const program = programFromDocument(example('program-hypertrophy-split'), 'split').state;
  const text = toYaml(programDocument(program));
  assert.match(text, /start: "18:00"/);
  assert.match(text, /- \{exercise: bench press, sets: 4, reps: 8, load: 75 %1RM, rest: 120 s\}/);
  assert.deepEqual(YAML.parse(text, { version: '1.1' }), programDocument(program));
});

test('options only written when set: side, tempo, effort, transition, body fat, testosterone', () => {
  const s = defaultSession('x');
  s.transition = 150;
  s.athlete.body_fat = 12;
  s.athlete.resting_testosterone = 20;
  s.exercises = [{ ...defaultRow('dumbbell curl'), side: 'left', tempo: '3-0-1-0', rir: 2 }, { ...defaultRow('leg extension'), to_failure: true, rir: 3 }];
  const doc = sessionDocument(s);
  assert.equal(doc.transition, '150 s');
  assert.equal(doc.athlete.body_fat, '12 %');
  assert.equal(doc.athlete.resting_testosterone, '20 nmol/L');
  assert.deepEqual(doc.exercises[0], { exercise: 'dumbbell curl', sets: 3, reps: 10, load: '75 %1RM', rest: '90 s', rir: 2, tempo: '3-0-1-0', side: 'left' });
  assert.deepEqual(doc.exercises[1], { exercise: 'leg extension', sets: 3, reps: 10, load: '75 %1RM', rest: '90 s', to_failure: true });
});

test('programs: days, nutrition, weeks; blocks become one template', () => {
  const { state } = programFromDocument(example('program-beginner-full-body-12wk'), 'beginner');
  assert.equal(state.weeks, 12);
  assert.deepEqual(['mon', 'wed', 'fri'].map((d) => state.days[d].exercises.length), [6, 6, 6]);
  assert.equal(state.days.tue.exercises.length, 0);
  const doc = programDocument(state);
  assert.deepEqual(Object.keys(doc.week), ['mon', 'wed', 'fri']);
  assert.equal(doc.nutrition.protein, '1.2 g/kg/day');
  assert.equal(doc.nutrition.energy_balance, '0 kcal/day');
  const detraining = programFromDocument(example('program-detraining'), 'd');
  assert.equal(detraining.state.weeks, 12);
  assert.equal(detraining.notes.length, 1);
  const west = programFromDocument(example('program-west-arms-then-legs'), 'w').state;
  assert.equal(west.days.mon.exercises[0].side, 'left');
  assert.equal(west.days.mon.exercises[0].to_failure, true);
});

test('quantities', () => {
  assert.equal(parseSeconds('90 s'), 90);
  assert.equal(parseSeconds('2 min'), 120);
  assert.equal(parseSeconds(45), 45);
  assert.equal(parseSeconds('180 min', 'min'), 10800);
  assert.equal(parseSeconds(120, 'min'), 7200);
  assert.equal(parseKg('80 kg'), 80);
  assert.ok(Math.abs(parseKg('175 lb') - 79.3786) < 1e-3);
  assert.deepEqual(parseLoad('75 %1RM'), { loadValue: 75, loadUnit: '%1RM' });
  assert.deepEqual(parseLoad('12RM'), { loadValue: 12, loadUnit: 'RM' });
  assert.deepEqual(parseLoad('40 kg'), { kg: 40 });
});

test('the reps-to-load relation of docs/model.md: 10RM = 75 %, 5RM = 89 %, 20RM = 60 %', () => {
  assert.equal(Math.round(fractionForReps(10) * 100), 75);
  assert.equal(Math.round(fractionForReps(5) * 100), 89);
  assert.equal(Math.round(fractionForReps(20) * 100), 60);
  assert.equal(fractionForReps(1), 1);
  for (const r of [1, 1.5, 2, 5, 10, 30]) assert.ok(Math.abs(repsForFraction(fractionForReps(r)) - r) < 1e-9, String(r));
  assert.equal(convertLoad(10, 'RM', '%1RM'), 75);
  assert.equal(convertLoad(75, '%1RM', 'RM'), 10);
  assert.equal(convertLoad(100, '%1RM', 'RM'), 1);
});

test('set timeline: rests from the state, the last set ends at end_min', () => {
  const { state } = sessionFromDocument(example('leg-day'));
  const raw = setTimeline(state, 0);
  assert.equal(raw.length, 16);
  // The model's default rep time (2 s + 0.8 + 1.4 f^2 s) gives the server's end_min of this session (31.4 min) closely.
  assert.ok(Math.abs(raw[15].end - 31.38) < 0.1, String(raw[15].end));
  const scaled = setTimeline(state, 32);
  assert.ok(Math.abs(scaled[15].end - 32) < 1e-9);
  assert.equal(scaled[0].start, 0);
  // Rests stay as written: 90 s between the squat's sets.
  assert.ok(Math.abs((scaled[1].start - scaled[0].end) * 60 - 90) < 1e-9);
  assert.deepEqual(setTimeline({ exercises: [] }, 0), []);
});

test('problem fields point at a session, a day, a row and a key', () => {
  assert.deepEqual(locateField('exercises[0].load'), { session: 0, day: null, row: 0, key: 'load' });
  assert.deepEqual(locateField('sessions[1].exercises[2].rest'), { session: 1, day: null, row: 2, key: 'rest' });
  assert.deepEqual(locateField('athlete.age'), { session: 0, day: null, row: null, key: 'athlete.age' });
  assert.deepEqual(locateField('week.mon.exercises[1].sets[0].reps'), { session: 0, day: 'mon', row: 1, key: 'reps' });
  assert.deepEqual(locateField('weeks'), { session: 0, day: null, row: null, key: 'weeks' });
  assert.deepEqual(locateField(''), { session: 0, day: null, row: null, key: null });
});
