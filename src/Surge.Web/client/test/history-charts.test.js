// The History page's charts as data (src/history-charts.js), from a history answer shaped as the API's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { weeklySetsSeries, sessionResponseSeries, oneRmSeries, fitnessFatigueSeries, loggedSeconds, dateText, dateTimeText, bandEdges } from '../src/history-charts.js';
import { PALETTE, OKABE_ITO } from '../src/palette.js';
import { useFixtureModel } from './model-fixture.js';

useFixtureModel();

const answer = {
  weeks: [
    { week_start: '2026-09-28', hard_sets: { quadriceps: 12, hamstrings: 4.5, chest: 0 } },
    { week_start: '2026-10-05', hard_sets: { quadriceps: 14, hamstrings: 6, chest: 0 } },
  ],
  sessions: [
    { start: '2026-10-02T17:30:00', total_testosterone_peak_change_pct: 8.1, growth_hormone_peak: 6.2, lactate_peak: 7.4 },
    { start: '2026-09-28T18:00:00', total_testosterone_peak_change_pct: 14.9, growth_hormone_peak: 11.3, lactate_peak: 9.8 },
  ],
};

test('logged dates and times read as written (UTC), and back', () => {
  assert.equal(loggedSeconds('2026-09-28'), Date.UTC(2026, 8, 28) / 1000);
  assert.equal(loggedSeconds('2026-09-28T18:00:00'), Date.UTC(2026, 8, 28, 18) / 1000);
  assert.equal(loggedSeconds('2026-09-28 18:00'), Date.UTC(2026, 8, 28, 18) / 1000);
  assert.equal(dateText(loggedSeconds('2026-10-05')), '2026-10-05');
  assert.equal(dateTimeText(loggedSeconds('2026-10-02T17:30:00')), '2026-10-02 17:30');
  assert.throws(() => loggedSeconds('last Tuesday'), /not a date or a date and time: 'last Tuesday'/);
});

test('weekly sets: one line per trained muscle (untrained left out), in Okabe–Ito order, then the band edges', () => {
  const { x, series } = weeklySetsSeries(answer);
  assert.deepEqual(x.map(dateText), ['2026-09-28', '2026-10-05']);
  const muscles = series.filter((s) => !s.label.endsWith(' sets'));
  assert.deepEqual(muscles.map((s) => s.label), ['quadriceps', 'hamstrings']);
  assert.deepEqual(muscles.map((s) => s.color), [PALETTE[0], PALETTE[1]]);
  assert.deepEqual(muscles[1].values, [4.5, 6]);
  const bands = series.filter((s) => s.label.endsWith(' sets'));
  assert.deepEqual(bandEdges(), [10, 20]); // the fixture's (the server's) volume_bands
  assert.deepEqual(bands.map((s) => s.values), bandEdges().map((e) => [e, e]));
  assert.ok(bands.every((s) => s.dash));
});

test('session responses: in time order whatever the answer\'s order, one value per session and measure', () => {
  const r = sessionResponseSeries(answer);
  assert.deepEqual(r.x.map(dateTimeText), ['2026-09-28 18:00', '2026-10-02 17:30']);
  assert.deepEqual(r.testosterone[0].values, [14.9, 8.1]);
  assert.deepEqual(r.growthHormone[0].values, [11.3, 6.2]);
  assert.deepEqual(r.lactate[0].values, [9.8, 7.4]);
});

test('estimated 1RM: one line per exercise on the weeks any was lifted, a gap where it was not', () => {
  const r = oneRmSeries({
    e1rm_weekly: {
      'back squat': [{ week_start: '2026-09-28', e1rm_kg: 116.7 }, { week_start: '2026-10-12', e1rm_kg: 120.4 }],
      'bench press': [{ week_start: '2026-10-05', e1rm_kg: 88 }],
    },
  });
  assert.deepEqual(r.x.map(dateText), ['2026-09-28', '2026-10-05', '2026-10-12']);
  assert.deepEqual(r.series.map((s) => s.label), ['back squat', 'bench press']);
  assert.deepEqual(r.series[0].values, [116.7, null, 120.4]);
  assert.deepEqual(r.series[1].values, [null, 88, null]);
  assert.deepEqual(oneRmSeries({}), { x: [], series: [] });
});

test('an empty history gives no lines (the page then draws no chart)', () => {
  assert.deepEqual(weeklySetsSeries({ weeks: [] }), { x: [], series: [] });
  assert.deepEqual(sessionResponseSeries({}).x, []);
});

test('fitness–fatigue: one point a day, fitness, fatigue and form in Okabe–Ito blue, vermillion and green, a dashed zero line', () => {
  const days = [
    { date: '2026-09-28', fitness: 0.38, fatigue: 2.13, form: -1.75, impulse: 16 },
    { date: '2026-09-29', fitness: 0.37, fatigue: 1.85, form: -1.48, impulse: 0 },
    { date: '2026-09-30', fitness: 'n/a', fatigue: 1.6, form: null, impulse: 0 },
  ];
  const r = fitnessFatigueSeries({ fitness_fatigue: { unit: 'hard sets/day', days } });
  assert.equal(r.unit, 'hard sets/day');
  assert.deepEqual(r.x.map(dateText), ['2026-09-28', '2026-09-29', '2026-09-30']);
  assert.deepEqual(r.series.map((s) => s.label), ['fitness (42-day)', 'fatigue (7-day)', 'form (fitness − fatigue)', '0']);
  assert.deepEqual(r.series.slice(0, 3).map((s) => s.color), [OKABE_ITO[0], OKABE_ITO[4], OKABE_ITO[2]]);
  assert.deepEqual(r.series[0].values, [0.38, 0.37, null]);
  assert.deepEqual(r.series[1].values, days.map((d) => d.fatigue));
  assert.deepEqual(r.series[2].values, [-1.75, -1.48, null]);
  assert.ok(r.series[3].dash);
  assert.deepEqual(r.series[3].values, [0, 0, 0]);
  for (const s of r.series) assert.equal(s.values.length, r.x.length);
});

test('fitness–fatigue: an answer without it (an older server) or without days gives no series', () => {
  assert.deepEqual(fitnessFatigueSeries({}), { x: [], unit: 'hard sets/day', series: [] });
  assert.deepEqual(fitnessFatigueSeries({ fitness_fatigue: { unit: 'hard sets/day', days: [] } }).series, []);
  assert.deepEqual(fitnessFatigueSeries(null).x, []);
});
