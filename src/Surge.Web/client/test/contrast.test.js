// WCAG 2.x contrast of the page's colours as app.css declares them (light :root, and the dark scheme's :root inside
// @media (prefers-color-scheme: dark)): text ≥ 4.5:1 (AA, 1.4.3), chart lines and marks ≥ 3:1 (AA, 1.4.11).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { PALETTE, OKABE_ITO, paletteFor, themed, contrastRatio, relativeLuminance, parseHex, inkOn } from '../src/palette.js';

const css = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'app.css'), 'utf8');

/** The custom properties with a hex value in the first `:root { … }` block of `text`. */
function rootColors(text) {
  const m = /:root\s*\{([^}]*)\}/.exec(text);
  assert.ok(m, 'no :root block');
  return Object.fromEntries([...m[1].matchAll(/(--[\w-]+)\s*:\s*(#[0-9a-fA-F]{3,6})\b/g)].map((d) => [d[1], d[2]]));
}

/** The text inside the braces that open at `start` (the first `{` from there). */
function block(text, start) {
  let depth = 0;
  for (let i = text.indexOf('{', start); i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return text.slice(text.indexOf('{', start) + 1, i);
  }
  throw new Error('unbalanced braces');
}

const light = rootColors(css);
const darkAt = css.indexOf('@media (prefers-color-scheme: dark)');
assert.ok(darkAt >= 0, 'app.css has no dark scheme');
const dark = { ...light, ...rootColors(block(css, darkAt)) };
const schemes = { light, dark };

// Text and its background, as app.css pairs them.
const TEXT_PAIRS = [
  ['--ink', '--panel'], ['--ink', '--bg'], ['--muted', '--panel'], ['--muted', '--bg'], ['--muted', '--head'],
  ['--accent', '--panel'], ['--accent', '--bg'], ['--accent', '--accent-soft'],
  ['--fail', '--panel'], ['--fail', '--bg'], ['--danger', '--panel'], ['--fail', '--problem-bg'], ['--problem-ink', '--problem-bg'],
  ['--pass', '--pass-bg'], ['--near', '--near-bg'], ['--fail', '--fail-bg'],
  ['--band-low', '--band-low-bg'], ['--band-mid', '--band-mid-bg'], ['--band-high', '--band-high-bg'],
];

test('contrastRatio follows WCAG 2.x: black on white is 21:1, a colour on itself 1:1, order does not matter', () => {
  assert.equal(contrastRatio('#000000', '#ffffff'), 21);
  assert.equal(contrastRatio('#fff', '#000'), 21);
  assert.equal(contrastRatio('#0072B2', '#0072B2'), 1);
  assert.equal(contrastRatio('#767676', '#ffffff').toFixed(2), '4.54'); // the lightest grey with AA on white
  assert.ok(Math.abs(relativeLuminance('#808080') - 0.2158605) < 1e-6);
  assert.throws(() => parseHex('blue'), /not a #rgb or #rrggbb colour: 'blue'/);
});

test('app.css declares both schemes\' backgrounds as hex colours', () => {
  for (const [name, vars] of Object.entries(schemes)) {
    for (const v of ['--bg', '--panel', '--ink', '--accent']) assert.match(vars[v] ?? '', /^#/, `${name} ${v}`);
  }
  assert.notEqual(light['--panel'], dark['--panel']);
});

for (const [name, vars] of Object.entries(schemes)) {
  test(`${name} scheme: every text colour reaches 4.5:1 on its background`, (t) => {
    const low = [];
    for (const [fg, bg] of TEXT_PAIRS) {
      const r = contrastRatio(vars[fg], vars[bg]);
      t.diagnostic(`${fg} ${vars[fg]} on ${bg} ${vars[bg]}: ${r.toFixed(2)}:1`);
      if (r < 4.5) low.push(`${fg} ${vars[fg]} on ${bg} ${vars[bg]}: ${r.toFixed(2)}:1`);
    }
    assert.deepEqual(low, []);
  });
}

// Graphics that must be seen, and what they sit on: the focus ring, the chart axes.
const GRAPHIC_PAIRS = [['--focus', '--panel'], ['--focus', '--bg'], ['--focus', '--accent-soft'], ['--chart-axis', '--panel']];

for (const [name, vars] of Object.entries(schemes)) {
  test(`${name} scheme: the focus ring and the chart axes reach 3:1`, (t) => {
    const low = [];
    for (const [fg, bg] of GRAPHIC_PAIRS) {
      const r = contrastRatio(vars[fg], vars[bg]);
      t.diagnostic(`${fg} ${vars[fg]} on ${bg} ${vars[bg]}: ${r.toFixed(2)}:1`);
      if (r < 3) low.push(`${fg} ${vars[fg]} on ${bg} ${vars[bg]}: ${r.toFixed(2)}:1`);
    }
    assert.deepEqual(low, []);
  });
}

test('dark scheme: every series colour reaches 3:1 on the panels and the page, the blue 4.5:1', (t) => {
  const low = [];
  for (const c of paletteFor(true)) {
    for (const bg of ['--panel', '--bg']) {
      const r = contrastRatio(c, dark[bg]);
      t.diagnostic(`${c} on ${bg} ${dark[bg]}: ${r.toFixed(2)}:1`);
      if (r < 3) low.push(`${c} on ${bg}: ${r.toFixed(2)}:1`);
    }
  }
  assert.deepEqual(low, []);
  const blue = themed(OKABE_ITO[0], true);
  assert.ok(contrastRatio(blue, dark['--panel']) >= 4.5, `the dark scheme's blue ${blue}: ${contrastRatio(blue, dark['--panel']).toFixed(2)}:1`);
});

test('dark scheme: the lighter variants keep the palette apart (no two series colours alike)', () => {
  const colors = paletteFor(true);
  assert.equal(new Set(colors).size, colors.length);
  // The lighter blue and the sky blue differ in lightness by at least 1.5:1, as Okabe–Ito's pair does on white (2.2:1).
  assert.ok(contrastRatio(themed(PALETTE[0], true), themed(PALETTE[5], true)) >= 1.5);
});

test('light scheme: every series colour reaches 3:1 on the panels and the page', (t) => {
  const low = [];
  for (const c of paletteFor(false)) {
    for (const bg of ['--panel', '--bg']) {
      const r = contrastRatio(c, light[bg]);
      t.diagnostic(`${c} on ${bg} ${light[bg]}: ${r.toFixed(2)}:1`);
      if (r < 3) low.push(`${c} on ${bg}: ${r.toFixed(2)}:1`);
    }
  }
  assert.deepEqual(low, []);
});

test('light scheme: the series colours are the ones drawn on white, none of them alike', () => {
  assert.deepEqual(paletteFor(false), PALETTE);
  assert.equal(new Set(PALETTE).size, PALETTE.length);
  // The blue and the azure differ in lightness by at least 1.5:1, as Okabe–Ito's blue and sky blue do on white (2.2:1).
  assert.ok(contrastRatio(PALETTE[0], PALETTE[5]) >= 1.5, `${PALETTE[0]} and ${PALETTE[5]}: ${contrastRatio(PALETTE[0], PALETTE[5]).toFixed(2)}:1`);
});

test('inkOn picks the text colour that reaches 4.5:1 on every series colour of both schemes', () => {
  for (const c of [...paletteFor(false), ...paletteFor(true)]) {
    assert.ok(contrastRatio(inkOn(c), c) >= 4.5, `${inkOn(c)} on ${c}: ${contrastRatio(inkOn(c), c).toFixed(2)}:1`);
  }
  assert.equal(inkOn('#F0E442'), '#000000');
  assert.equal(inkOn('#000000'), '#ffffff');
  assert.equal(inkOn('#1d2330'), '#ffffff');
});
