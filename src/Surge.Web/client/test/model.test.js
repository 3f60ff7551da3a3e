// Pure functions: the editor state <-> session/program file documents, YAML round trips, loads; the model data from
// a fixture of GET /api/model (test/fixtures/model.json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import YAML from 'yaml';
import {
  sessionDocument, sessionFromDocument, programDocument, programFromDocument, fractionForReps, repsForFraction,
  convertLoad, locateField, parseSeconds, parseKg, parseLoad, defaultSession, defaultRow, defaultAthlete, muscleIds, setModel,
  defaultProgram, measures, rirForRpe, volumeBand, dayKeys, dayKey, dayName,
} from '../src/model.js';
import { toYaml, parseDocument } from '../src/yaml-out.js';
import { MODEL, useFixtureModel } from './model-fixture.js';

useFixtureModel();

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

test('the model data comes from GET /api/model, nothing of it is written into model.js', () => {
  // Another answer gives other results: no muscle list, default, relation or unit factor is hard-coded.
  const other = structuredClone(MODEL);
  other.muscles = ['neck', 'quadriceps'];
  other.athlete_defaults.male = { age: 40, body_mass_kg: 90, body_fat_pct: 20, training_status: 'elite' };
  other.athlete_defaults.female = { age: 33, body_mass_kg: 55, body_fat_pct: 28, training_status: 'untrained' };
  other.reps_to_fraction = Array.from({ length: 30 }, (_, i) => 1 - i / 60); // 1, 0.983, …, 0.517
  other.units = { kg_per_lb: 0.5, testosterone_ng_per_dl_per_nmol_per_l: 10 };
  other.session_defaults = { rest_s: 45, start_time: '06:30', record_until_min: 90 };
  other.measures = [{ id: 'lactate', title: 'Lactate in sweat', unit: 'mmol/L' }];
  other.rir_for_rpe = [8, 6, 4, 2, 0];
  other.volume_bands = { lower_sets_per_week: 5, upper_sets_per_week: 8, labels: ['few', 'some', 'many'] };
  setModel(other);
  try {
    assert.deepEqual(muscleIds(), ['neck', 'quadriceps']);
    assert.deepEqual(defaultAthlete('male'), { sex: 'male', age: 40, body_mass: 90, body_fat: null, training_status: 'elite', resting_testosterone: null });
    assert.equal(defaultAthlete('female').body_mass, 55);
    assert.equal(defaultSession().athlete.age, 40);
    assert.ok(Math.abs(fractionForReps(7) - (1 - 6 / 60)) < 1e-12);
    assert.ok(Math.abs(fractionForReps(12.5) - (1 - 11.5 / 60)) < 1e-12);
    assert.ok(Math.abs(repsForFraction(0.9) - 7) < 1e-9);
    assert.equal(convertLoad(10, 'RM', '%1RM'), 85);
    assert.equal(parseKg('10 lb'), 5);
    const { state } = sessionFromDocument({ athlete: { resting_testosterone: '200 ng/dL' }, exercises: [{ exercise: 'back squat', sets: 1, reps: 5 }] });
    assert.equal(state.athlete.resting_testosterone, 20);
    assert.equal(state.exercises[0].rest, 45);
    assert.equal(defaultSession().time, '06:30');
    assert.equal(defaultSession().record_until, 90);
    assert.equal(defaultProgram().days.mon.start, '06:30');
    assert.deepEqual(measures(), [{ key: 'lactate', title: 'Lactate in sweat', unit: 'mmol/L', short: 'Lactate' }]);
    assert.equal(rirForRpe(2), 6);
    assert.equal(rirForRpe(3.5), 3);
    assert.equal(sessionFromDocument({ exercises: [{ exercise: 'back squat', rpe: 4 }] }).state.exercises[0].rir, 2);
    assert.deepEqual([4, 5, 8, 9].map(volumeBand), ['few', 'some', 'some', 'many']);
  } finally {
    useFixtureModel();
  }
  assert.deepEqual(muscleIds(), MODEL.muscles);
  assert.equal(convertLoad(10, 'RM', '%1RM'), 75);
});

test('the fixture is the model of formats.md: 14 muscle groups, 80 kg and 62 kg, 1RM at one rep', () => {
  assert.equal(muscleIds().length, 14);
  assert.equal(muscleIds()[0], 'quadriceps');
  assert.equal(defaultAthlete('male').body_mass, 80);
  assert.equal(defaultAthlete('female').body_mass, 62);
  assert.equal(fractionForReps(1), 1);
  assert.equal(fractionForReps(30), MODEL.reps_to_fraction[29]);
  assert.equal(fractionForReps(40), MODEL.reps_to_fraction[29]); // beyond the table: its lightest load
  assert.equal(repsForFraction(0.3), 30);
});

test('model data that the functions cannot use is refused when set, with what was wrong', () => {
  for (const [change, message] of [
    [(m) => { m.muscles = []; }, /muscles/],
    [(m) => { m.reps_to_fraction = [1, 0.9, 0.95]; }, /reps_to_fraction/],
    [(m) => { m.reps_to_fraction = [0.9, 0.8]; }, /reps_to_fraction/],
    [(m) => { delete m.athlete_defaults.female; }, /athlete_defaults/],
    [(m) => { m.units = {}; }, /units/],
    [(m) => { delete m.session_defaults; }, /session_defaults/],
    [(m) => { delete m.session_defaults.start_time; }, /session_defaults/],
    [(m) => { m.measures = [{ id: 'lactate' }]; }, /measures/],
    [(m) => { delete m.limits.age_years; }, /limits/],
    [(m) => { m.limits.record_until_min = {}; }, /limits/],
    [(m) => { m.training_statuses = []; }, /training_statuses/],
    [(m) => { m.rir_for_rpe = [9, 8, 1]; }, /rir_for_rpe/],
    [(m) => { m.volume_bands.labels = ['under 10']; }, /volume_bands/],
    [(m) => { delete m.weekdays; }, /weekdays/],
    [(m) => { m.weekdays = m.weekdays.slice(0, 6); }, /weekdays/],
  ]) {
    const bad = structuredClone(MODEL);
    change(bad);
    assert.throws(() => setModel(bad), message);
  }
  assert.deepEqual(muscleIds(), MODEL.muscles); // a refused answer leaves the model as it was
});

test('a program week\'s days come from the model: keys, full names in any case, shown names', () => {
  assert.deepEqual(dayKeys(), MODEL.weekdays.map((d) => d.key));
  assert.equal(dayKeys().length, 7);
  assert.equal(dayKey('Monday'), dayKeys()[0]);
  assert.equal(dayKey(' SUN '), 'sun');
  assert.equal(dayKey('someday'), null);
  assert.equal(dayName('wed'), 'Wednesday');
  assert.equal(dayName('xyz'), 'xyz');
  // A program document's day given by its full name lands on its key.
  const state = programFromDocument({ weeks: 4, week: { Tuesday: { exercises: [{ exercise: 'back squat', sets: 3, reps: 8, load: '8RM' }] } } }, 'p');
  assert.equal(state.state.days.tue.exercises.length, 1);
});

test('problem fields point at a session, a day, a row and a key', () => {
  assert.deepEqual(locateField('exercises[0].load'), { session: 0, day: null, row: 0, key: 'load' });
  assert.deepEqual(locateField('sessions[1].exercises[2].rest'), { session: 1, day: null, row: 2, key: 'rest' });
  assert.deepEqual(locateField('athlete.age'), { session: 0, day: null, row: null, key: 'athlete.age' });
  assert.deepEqual(locateField('week.mon.exercises[1].sets[0].reps'), { session: 0, day: 'mon', row: 1, key: 'reps' });
  assert.deepEqual(locateField('weeks'), { session: 0, day: null, row: null, key: 'weeks' });
  assert.deepEqual(locateField(''), { session: 0, day: null, row: null, key: null });
});
