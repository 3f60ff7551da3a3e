// The Trial page's pure functions: the trial document it posts (program and session arms), the outcomes the arms
// allow, the checks before sending, and the power search's query and answer as the page shows it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import YAML from 'yaml';
import {
  EDITED, EDITED_SESSION, armKind, outcomeLabel, outcomeDocument, acuteOutcomes, commonExercises,
  allowedOutcomes, trialDocument, tooLarge, powerProblem, powerUrl, powerTable, powerWork, nUnit, powerProgressText,
} from '../src/trial-model.js';
import { useFixtureModel } from './model-fixture.js';

useFixtureModel(); // the measures' names (outcome labels) are GET /api/model's

const examples = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'examples');
const example = (id, title) => ({ id, title, doc: YAML.parse(readFileSync(join(examples, `${id}.yaml`), 'utf8')) });
const sources = {
  programs: [example('program-low-protein', 'Low protein'), example('program-adequate-protein', 'Adequate protein')],
  sessions: [example('leg-day', 'Leg day'), example('arm-day', 'Arm day')],
};

const state = (arms, outcomes = ['acute_peak_change_pct:total_testosterone']) => ({
  v: 1, design: 'parallel', n: 10, weeks: 8, seed: 3, variability: 'population',
  athlete: { sex: 'female', age: 30, training_status: 'trained' }, arms, outcomes,
});
const limits = {
  signed_in: false, n_per_arm: 50, weeks: 12, arms: 4, power_replicates: 100,
  signed_in_limits: { n_per_arm: 200, weeks: 52, arms: 6, power_replicates: 1000 },
};

test('an arm without a kind (a link from before session arms) is a program', () => {
  assert.equal(armKind({ source: 'program-low-protein' }), 'program');
  assert.equal(armKind({ kind: 'session', source: 'leg-day' }), 'session');
});

test('session arms become {session: …} without their athlete, program arms {program: …} with the page’s weeks', () => {
  const doc = trialDocument(state([
    { kind: 'session', source: 'leg-day' },
    { kind: 'session', source: EDITED_SESSION, name: 'My arms', doc: { athlete: { sex: 'male' }, exercises: [{ exercise: 'barbell curl', sets: 3, reps: 10, load: '10RM' }] } },
    { kind: 'program', source: 'program-low-protein' },
  ]), sources);

  assert.deepEqual(Object.keys(doc.arms), ['Leg day', 'My arms', 'Low protein']);
  const leg = doc.arms['Leg day'];
  assert.deepEqual(Object.keys(leg), ['session']);
  assert.equal(leg.session.athlete, undefined);
  assert.equal(leg.session.exercises.length, 4);
  assert.deepEqual(doc.arms['My arms'], { session: { exercises: [{ exercise: 'barbell curl', sets: 3, reps: 10, load: '10RM' }] } });
  assert.equal(doc.arms['Low protein'].program.weeks, 8);
  assert.equal(doc.arms['Low protein'].program.athlete, undefined);
  assert.deepEqual(doc.cohort, { n: 10, athlete: { sex: 'female', age: 30, training_status: 'trained' }, variability: 'population' });
  assert.deepEqual(doc.outcomes, [{ measure: 'acute_peak_change_pct', hormone: 'total_testosterone' }]);
  assert.equal(sources.sessions[0].doc.athlete.sex, 'male', 'the example itself is not changed');
});

test('an edited program arm keeps its own copy; two arms of one example get distinct names', () => {
  const doc = trialDocument(state([
    { kind: 'program', source: EDITED, name: 'Mine', doc: { weeks: 4, week: { mon: { exercises: [{ exercise: 'back squat', sets: 3, reps: 8, load: '8RM' }] } } } },
    { source: 'program-low-protein' },
    { source: 'program-low-protein' },
  ], ['muscle_size:quadriceps']), sources);

  assert.deepEqual(Object.keys(doc.arms), ['Mine', 'Low protein', 'Low protein (2)']);
  assert.equal(doc.arms.Mine.program.weeks, 8);
  assert.deepEqual(doc.outcomes, [{ measure: 'muscle_size', group: 'quadriceps' }]);
});

test('outcome keys read as words and become the trial file’s outcome objects', () => {
  assert.equal(outcomeLabel('acute_peak_change_pct:growth_hormone'), 'GH peak');
  assert.equal(outcomeLabel('acute_peak_change_pct:cortisol'), 'Cortisol peak');
  assert.equal(outcomeLabel('muscle_size:elbow_flexors:left'), 'Elbow flexors size (left)');
  assert.equal(outcomeLabel('one_rm:back squat'), '1RM back squat');
  assert.deepEqual(outcomeDocument('one_rm:back squat'), { measure: 'one_rm', exercise: 'back squat' });
  assert.deepEqual(acuteOutcomes(), ['total_testosterone', 'free_testosterone', 'growth_hormone', 'cortisol', 'lactate'].map((m) => `acute_peak_change_pct:${m}`));
});

test('with a session arm only the hormone peaks stay outcomes (testosterone when none was chosen), and no 1RM is common', () => {
  const mixed = state([{ kind: 'program', source: 'program-low-protein' }, { kind: 'session', source: 'leg-day' }],
    ['muscle_size:quadriceps', 'one_rm:back squat', 'acute_peak_change_pct:cortisol']);
  assert.deepEqual(allowedOutcomes(mixed, sources), ['acute_peak_change_pct:cortisol']);
  assert.deepEqual(commonExercises(mixed, sources), []);
  assert.deepEqual(allowedOutcomes({ ...mixed, outcomes: ['muscle_size:quadriceps'] }, sources), ['acute_peak_change_pct:total_testosterone']);
});

test('program arms keep 1RM outcomes only of exercises every arm trains', () => {
  const programs = state([{ source: 'program-low-protein' }, { source: 'program-adequate-protein' }],
    ['muscle_size:quadriceps', 'one_rm:back squat', 'one_rm:no such lift']);
  const common = commonExercises(programs, sources);
  assert.ok(common.includes('back squat'), common.join(', '));
  assert.deepEqual(allowedOutcomes(programs, sources), ['muscle_size:quadriceps', 'one_rm:back squat']);
});

test('the checks before sending: weeks only with a program arm, n not for a power search, the arms always', () => {
  const sessionsOnly = { ...state([{ kind: 'session', source: 'leg-day' }, { kind: 'session', source: 'arm-day' }]), weeks: 60 };
  assert.equal(tooLarge(sessionsOnly, limits), null);
  assert.match(tooLarge({ ...sessionsOnly, arms: [...sessionsOnly.arms, { source: 'program-low-protein' }] }, limits), /^Weeks: at most 12 without an account/);
  assert.match(tooLarge({ ...sessionsOnly, n: 51 }, limits), /^Subjects n: at most 50 per arm without an account \(sign in for up to 200 per arm/);
  assert.equal(tooLarge({ ...sessionsOnly, n: 51 }, limits, { power: true }), null);
  assert.equal(tooLarge({ ...sessionsOnly, n: 0 }, limits, { power: true }), null);
  const five = { ...sessionsOnly, arms: Array.from({ length: 5 }, () => ({ kind: 'session', source: 'leg-day' })) };
  assert.match(tooLarge(five, limits, { power: true }), /^Arms: at most 4/);
  assert.match(tooLarge({ ...sessionsOnly, outcomes: [] }, limits), /at least one outcome/);
  assert.match(tooLarge({ ...sessionsOnly, arms: sessionsOnly.arms.slice(1) }, limits), /two or more arms/);
});

test('the target power is a share from 0.5 to 0.99, sent in plain digits with the replicates', () => {
  assert.equal(powerProblem(0.8), null);
  assert.equal(powerProblem(0.99), null);
  assert.match(powerProblem(0.3), /0\.5 to 0\.99 \(e\.g\. 0\.8\), got 0\.3/);
  assert.match(powerProblem(1), /got 1\./);
  assert.match(powerProblem(Number.NaN), /got nothing/);
  assert.equal(powerUrl(0.8), '/api/trial?power=0.8&replicates=100');
  assert.equal(powerUrl(0.95, 40), '/api/trial?power=0.95&replicates=40');
  assert.equal(powerUrl(0.8, 100, 24), '/api/trial?power=0.8&replicates=100&max_n=24');
});

test('the power answer as rows: n with its unit, "more than" when not reached, and how many trials stand behind it', () => {
  const answer = {
    power: {
      target: 0.8, alpha: 0.05, replicates: 100, design: 'parallel', seed: 3,
      results: [
        { a: 'Arm day', b: 'Leg day', outcome: 'acute_peak_change_pct:growth_hormone', n: 4, power: 0.83, largest_n_tried: 4 },
        { a: 'Arm day', b: 'Leg day', outcome: 'acute_peak_change_pct:cortisol', n: null, power: 0.31, largest_n_tried: 48 },
      ],
    },
    max_n: 50, n_tried: [2, 3, 4, 6, 8, 12, 16, 24, 32, 48], trials_simulated: 1000,
  };
  const { caption, rows } = powerTable(answer);

  assert.equal(caption, 'Subjects needed for 80 % power at p < 0.05 (parallel design; 100 simulated trials per n, 1000 simulated trials in all, n tried: 2, 3, 4, 6, 8, 12, 16, 24, 32, 48; seed 3)');
  assert.deepEqual(rows[0], { contrast: 'Arm day − Leg day', outcome: 'GH peak', outcomeKey: 'acute_peak_change_pct:growth_hormone', reached: true, n: '4 subjects per arm', power: '83 % at n = 4' });
  assert.equal(rows[1].n, 'more than 48 subjects per arm (not reached)');
  assert.equal(rows[1].power, '31 % at n = 48');
  assert.equal(rows[1].reached, false);
  assert.equal(nUnit('within'), 'subjects in all');
  const within = powerTable({ ...answer, power: { ...answer.power, design: 'within', replicates: 1, results: answer.power.results.slice(0, 1) }, trials_simulated: 1, n_tried: [] });
  assert.equal(within.rows[0].n, '4 subjects in all');
  assert.match(within.caption, /within design; 1 simulated trial per n, 1 simulated trial in all; seed 3\)$/);
});

test('the most work a power search can take: the grid of n up to the largest, times the replicates and arms', () => {
  assert.deepEqual(powerWork(2, 100, 50).grid, [2, 3, 4, 6, 8, 12, 16, 24, 32, 48]);
  assert.equal(powerWork(2, 100, 50).subjectArms, 100 * 2 * 155);
  assert.deepEqual(powerWork(3, 10, 2), { grid: [2], subjectArms: 60 });
  assert.deepEqual(powerWork(2, 10, 200).grid.slice(-3), [96, 128, 192]);
});

test('powerProgressText says the n being tried, its simulated trials done of how many, and the n and trials so far', () => {
  const p = { n: 24, replicates_done: 13, replicates: 20, n_index: 8, n_count: 11, trials_simulated: 153, trials_at_most: 220 };
  assert.equal(powerProgressText(p, 'parallel'), 'n = 24 subjects per arm: 13 of 20 simulated trials (n 8 of at most 11, 153 simulated trials in all)');
  assert.equal(powerProgressText({ ...p, n: 2, replicates_done: 1, n_index: 1, trials_simulated: 1 }, 'within'),
    'n = 2 subjects in all: 1 of 20 simulated trials (n 1 of at most 11, 1 simulated trial in all)');
});
