// The one number formatter of the pages (src/format.js), and that the pages use it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { fmt, fmtPct, fmtFold, fmtP, fmtFixed, fmtCoordinate, fmtEntered, fmtTick, count, plural, withUnit } from '../src/format.js';

const src = join(dirname(fileURLToPath(import.meta.url)), '..', 'src');

test('fmt: model outputs to 3 significant figures, never an exponent or false precision', () => {
  assert.equal(fmt(12.345678), '12.3');
  assert.equal(fmt(15245.7), '15200');
  assert.equal(fmt(412.49), '412');
  assert.equal(fmt(2.0), '2.00');
  assert.equal(fmt(2.055), '2.06');
  assert.equal(fmt(0.051234), '0.0512');
  assert.equal(fmt(0.99951), '1.00');
  assert.equal(fmt(999.6), '1000');
  assert.equal(fmt(-3.14159), '-3.14');
  assert.equal(fmt(1e-7), '0');
  assert.equal(fmt(-2e-9), '0');
  assert.equal(fmt(0), '0');
  assert.equal(fmt(1234567.8), '1230000');
  assert.equal(fmt(21.44, 2), '21');
});

test('fmt: missing and non-finite values are a dash; a bad digit count is an error that says the range', () => {
  for (const v of [null, undefined, NaN, Infinity, -Infinity, '12']) assert.equal(fmt(v), '–');
  assert.throws(() => fmt(1, 0), /digits must be a whole number from 1 to 15, got 0/);
});

test('every formatted number parses back to a nearby value (the end-to-end tests parseFloat them)', () => {
  let seed = 20081;
  const random = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }; // fixed seed
  for (let k = 0; k < 2000; k++) {
    const x = (random() - 0.3) * 10 ** (random() * 12 - 5);
    const s = fmt(x);
    assert.match(s, /^-?\d+(\.\d+)?$/, `${x} → ${s}`);
    if (Math.abs(x) >= 1e-4) assert.ok(Math.abs(parseFloat(s) - x) <= Math.abs(x) * 0.0051, `${x} → ${s}`);
  }
});

test('fmtPct: a signed change, one decimal below 100, whole above, no "+0.0" or "-0.0"', () => {
  assert.equal(fmtPct(14.94), '+14.9');
  assert.equal(fmtPct(-0.44), '-0.4');
  assert.equal(fmtPct(123.4), '+123');
  assert.equal(fmtPct(99.97), '+100');
  assert.equal(fmtPct(0.04), '0.0');
  assert.equal(fmtPct(-0.04), '0.0');
  assert.equal(fmtPct(1e-7), '0.0');
  assert.equal(fmtPct(null), '–');
});

test('fmtFold, fmtP, fmtFixed: fold changes, p-values and effect sizes', () => {
  assert.equal(fmtFold(2.44), '2.4');
  assert.equal(fmtFold(114.2), '114');
  assert.equal(fmtFold(9.97), '10');
  assert.equal(fmtP(0.4321), '0.43');
  assert.equal(fmtP(0.01234), '0.012');
  assert.equal(fmtP(1e-7), '< 0.001');
  assert.equal(fmtFixed(0.4549, 2), '0.45');
  assert.equal(fmtFixed(-0.001, 2), '0.00');
  assert.equal(fmtP(undefined), '–');
});

test('counts are whole numbers and their nouns agree ("1 set", not "1 sets")', () => {
  assert.equal(count(12), '12');
  assert.equal(count(11.6), '12');
  assert.equal(count(null), '–');
  assert.equal(plural(1, 'set'), '1 set');
  assert.equal(plural(3, 'set'), '3 sets');
  assert.equal(plural(0, 'workout'), '0 workouts');
  assert.equal(plural(2, 'study', 'studies'), '2 studies');
});

test('axis positions keep their whole part; ticks lose their float noise', () => {
  assert.equal(fmtCoordinate(1005), '1005');
  assert.equal(fmtCoordinate(52.5), '52.5');
  assert.equal(fmtCoordinate(3.04), '3');
  assert.equal(fmtCoordinate(-0.01), '0');
  assert.equal(fmtEntered(61), '61');
  assert.equal(fmtEntered(61.54), '61.5');
  assert.equal(fmtTick(0.1 + 0.2), '0.3');
  assert.equal(fmtTick(0.25), '0.25');
  assert.equal(fmtTick(40), '40');
});

test('withUnit joins a number and its unit, and leaves a missing value without one', () => {
  assert.equal(withUnit(fmt(21.44), 'nmol/L'), '21.4 nmol/L');
  assert.equal(withUnit(fmt(null), 'nmol/L'), '–');
  assert.equal(withUnit('3', ''), '3');
});

test('the pages format numbers only through format.js (no toFixed/toPrecision/toLocaleString elsewhere)', () => {
  const files = [...readdirSync(src).filter((f) => f.endsWith('.js')), ...readdirSync(join(src, 'pages')).map((f) => `pages/${f}`)];
  // model.js rounds the numbers it writes into session and program files (not shown): its tidy() is the one exception.
  const allowed = new Set(['format.js', 'model.js']);
  const offenders = files.filter((f) => !allowed.has(f))
    .flatMap((f) => readFileSync(join(src, f), 'utf8').split('\n').map((line, i) => [f, i + 1, line]))
    .filter(([, , line]) => /\.(toFixed|toPrecision|toLocaleString)\(/.test(line))
    .map(([f, n, line]) => `${f}:${n}: ${line.trim()}`);
  assert.deepEqual(offenders, []);
});
