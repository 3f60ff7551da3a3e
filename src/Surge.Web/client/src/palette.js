// Series colours of every chart, their dark-scheme variants, and the WCAG 2.x contrast arithmetic that checks them.
// No DOM and no uPlot here, so the tests import it directly.

/**
 * Okabe & Ito (2008) colours, distinguishable with every common colour-vision deficiency (their black left out: it
 * would vanish in the dark scheme). Blue, orange, bluish green, reddish purple, vermillion, sky blue, yellow. The
 * figures drawn on the server use the same list (src/Surge.Reports/SeriesColours.cs; a test compares the two).
 * Okabe M, Ito K. Color Universal Design (CUD): how to make figures and presentations that are friendly to
 * colorblind people. 2008. https://jfly.uni-koeln.de/color/
 */
export const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9', '#F0E442'];

/** Series colours: Okabe–Ito, then grey; with more series than colours, seriesStyle adds dashes. */
export const PALETTE = [...OKABE_ITO, '#7F7F7F'];

/**
 * On the dark scheme's panels (#1a1f26) the Okabe–Ito blue reaches only 3.19:1 and the vermillion 4.28:1, the grey
 * 4.14:1: lighter variants of the same hues (blue and vermillion lightened to at least 4.5:1, the sky blue lifted
 * further so that it stays apart from the lighter blue). The other colours are kept. docs/web.md has the figures.
 */
export const DARK_VARIANTS = { '#0072B2': '#2F8FD8', '#D55E00': '#E06A20', '#56B4E9': '#8FD4F7', '#7F7F7F': '#969696' };

/** The series colours of a scheme: PALETTE, or its dark variants. */
export const paletteFor = (dark) => PALETTE.map((c) => themed(c, dark));

/** True when the page follows a dark system scheme (false outside a browser). */
export function prefersDark() {
  return globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches === true;
}

/** A palette colour as the current (or the given) scheme draws it: its dark variant, or itself. */
export function themed(color, dark = prefersDark()) {
  return dark ? DARK_VARIANTS[String(color).toUpperCase()] ?? color : color;
}

/** The i-th series' colour as the current (or the given) scheme draws it (for swatches and badges in the page). */
export const seriesColor = (i, dark = prefersDark()) => themed(PALETTE[i % PALETTE.length], dark);

/**
 * The i-th series' colour (the light scheme's; charts draw it through themed()) and dash: the 8 colours solid, then
 * again dotted, then dashed (14 muscles stay apart).
 */
export function seriesStyle(i) {
  const round = Math.floor(i / PALETTE.length) % 3;
  return { color: PALETTE[i % PALETTE.length], dash: round === 0 ? undefined : round === 1 ? [2, 3] : [8, 4] };
}

/** '#rgb' or '#rrggbb' as [r, g, b] in 0–255; anything else is an error naming the value. */
export function parseHex(hex) {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(String(hex).trim());
  if (!m) throw new Error(`not a #rgb or #rrggbb colour: '${hex}'`);
  const digits = m[1].length === 3 ? [...m[1]].map((d) => d + d).join('') : m[1];
  const n = parseInt(digits, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** WCAG 2.x relative luminance (0 black … 1 white) of an sRGB colour. */
export function relativeLuminance(hex) {
  const [r, g, b] = parseHex(hex).map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.x contrast ratio of two colours, 1 to 21 (order does not matter). */
export function contrastRatio(a, b) {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Black or white, whichever reads better on the background colour (text on a coloured badge). */
export const inkOn = (background) => (contrastRatio('#000000', background) >= contrastRatio('#ffffff', background) ? '#000000' : '#ffffff');
