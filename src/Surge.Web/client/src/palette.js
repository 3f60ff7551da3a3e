// Series colours of every chart, their dark-scheme variants, and the WCAG 2.x contrast arithmetic that checks them.
// No DOM and no uPlot here, so the tests import it directly.

/**
 * The light scheme's series colours: Okabe & Ito (2008), distinguishable with every common colour-vision deficiency,
 * with their light colours made dark enough for the white panels and the #f6f7f9 page (WCAG 2.x 1.4.11: 3:1 for lines
 * and marks). Blue; brown (the orange darkened: 6.31:1 on white, #E69F00 reached 2.25); bluish green; reddish purple a
 * little darker (3.38:1, #CC79A7 reached 3.06 on white and 2.86 on the page); vermillion; azure (the sky blue darkened:
 * 3.37:1, #56B4E9 reached 2.31); black, Okabe–Ito's own, in the yellow's place (a yellow dark enough for 3:1 is an
 * olive that collides with the green and the brown for deuteranopes; #F0E442 reached 1.32). Simulated with Machado et
 * al. (2009) at full severity, no two of the eight colours (with the grey) come closer than CIEDE2000 8.2 in protan,
 * deutan or tritan vision: the original list's closest pair, the green and the grey for a deuteranope, stays the
 * closest. The dark scheme draws Okabe–Ito's own orange, reddish purple, sky blue and yellow (DARK_VARIANTS). The
 * figures drawn on the server (white) use this list (src/Surge.Reports/SeriesColours.cs; a test compares the two).
 * docs/web.md has the contrast of every colour.
 * Okabe M, Ito K. Color Universal Design (CUD): how to make figures and presentations that are friendly to
 * colorblind people. 2008. https://jfly.uni-koeln.de/color/
 * Machado GM, Oliveira MM, Fernandes LAF. A physiologically-based model for simulation of color vision deficiency.
 * IEEE Trans Vis Comput Graph. 2009;15(6):1291-8.
 */
export const OKABE_ITO = ['#0072B2', '#8A5230', '#009E73', '#C4719F', '#D55E00', '#1A8FF0', '#000000'];

/** Series colours: the seven above, then grey; with more series than colours, seriesStyle adds dashes. */
export const PALETTE = [...OKABE_ITO, '#7F7F7F'];

/**
 * The dark scheme's series colours (on its panels, #1a1f26): Okabe–Ito's orange, reddish purple, sky blue and yellow
 * in place of the light scheme's brown, darker purple, azure and black (black would vanish there); the blue, the
 * vermillion and the grey lightened to at least 4.5:1 (Okabe–Ito's blue reaches only 3.19:1 there, the vermillion
 * 4.28:1, the grey 4.14:1), the sky blue lifted further so that it stays apart from the lighter blue. The green is kept.
 */
export const DARK_VARIANTS = {
  '#0072B2': '#2F8FD8', '#8A5230': '#E69F00', '#C4719F': '#CC79A7', '#D55E00': '#E06A20', '#1A8FF0': '#8FD4F7', '#000000': '#F0E442', '#7F7F7F': '#969696',
};

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
