// How every page writes a number: one place, so a value reads the same in a card, a table, a chart's legend and its
// text alternative. Plain ASCII digits, '.' as the decimal point, no thousands separator and never an exponent (the
// end-to-end tests parseFloat what they read). A missing or non-finite value is '–'. The unit is the caller's: these
// functions give the number, `withUnit` joins the two.

const MISSING = '–';
const missing = (x) => x === null || x === undefined || typeof x !== 'number' || !Number.isFinite(x);

/** Below this magnitude a model output is written as 0 (no unit the pages show has meaningful values that small). */
export const SMALLEST_SHOWN = 1e-4;

/**
 * A model output to `digits` significant figures (3 unless told): 412, 21.4, 2.05, 0.0512; 15245.7 → "15200",
 * 12.345678 → "12.3", 1e-7 → "0". Trailing zeros that are significant stay (2 → "2.00").
 */
export function fmt(x, digits = 3) {
  if (missing(x)) return MISSING;
  if (!Number.isInteger(digits) || digits < 1 || digits > 15) throw new RangeError(`digits must be a whole number from 1 to 15, got ${digits}`);
  const rounded = Number(x.toPrecision(digits));
  if (Math.abs(rounded) < SMALLEST_SHOWN) return '0';
  if (Math.abs(rounded) >= 10 ** digits) return String(Math.round(rounded));
  // Fixed notation with as many decimals as the significant figures need (toPrecision would switch to e-notation).
  const decimals = Math.max(0, digits - 1 - Math.floor(Math.log10(Math.abs(rounded))));
  return rounded.toFixed(decimals);
}

/**
 * A change in percent (or percentage points) with its sign: one decimal below 100, whole above: "+14.9", "-0.4",
 * "+123", and "0.0" for a change that rounds to nothing (no "+0.0" or "-0.0").
 */
export function fmtPct(x) {
  if (missing(x)) return MISSING;
  const s = Math.abs(x) >= 99.95 ? x.toFixed(0) : x.toFixed(1);
  if (Number(s) === 0) return Math.abs(x) >= 99.95 ? '0' : '0.0';
  return x > 0 ? `+${s}` : s;
}

/** A fold change (peak over baseline): "2.3", "15" (whole from 10 on). Prefixed with × by the caller. */
export function fmtFold(x) {
  if (missing(x)) return MISSING;
  return x >= 9.95 ? x.toFixed(0) : x.toFixed(1);
}

/**
 * A position on an axis (minutes since the first set, a week): never rounded off its whole part, at most one decimal,
 * no trailing ".0": 1005 → "1005", 52.5 → "52.5", 3.04 → "3".
 */
export function fmtCoordinate(x) {
  if (missing(x)) return MISSING;
  const s = String(Number(x.toFixed(1)));
  return s === '-0' ? '0' : s;
}

/** A value the user entered (body mass, body fat): as written, to at most one decimal: 61 → "61", 61.5 → "61.5". */
export const fmtEntered = (x) => fmtCoordinate(x);

/** An axis tick already on a round step (0.25, 2.5, 40): as the step makes it, float noise removed (0.30000000000000004 → "0.3"). */
export function fmtTick(x) {
  if (missing(x)) return MISSING;
  const s = String(Number(x.toPrecision(6)));
  return /e/.test(s) || s === '-0' ? '0' : s;
}

/** A count: a whole number ("12"); a fractional input is rounded. */
export function count(n) {
  if (missing(n)) return MISSING;
  return String(Math.round(n));
}

/** A count and its noun, singular for exactly one: "1 set", "3 sets", "0 workouts". `many` defaults to one + 's'. */
export function plural(n, one, many = `${one}s`) {
  return `${count(n)} ${Math.round(n) === 1 ? one : many}`;
}

/** A p-value: "0.43", "0.012", "< 0.001" (never an exponent). */
export function fmtP(p) {
  if (missing(p)) return MISSING;
  if (p < 0.001) return '< 0.001';
  return p >= 0.1 ? p.toFixed(2) : p.toPrecision(2);
}

/** A value with a fixed number of decimals (effect sizes: Hedges' g with 2): "0.45", "-1.20". */
export function fmtFixed(x, decimals) {
  if (missing(x)) return MISSING;
  const s = x.toFixed(decimals);
  return Number(s) === 0 ? (0).toFixed(decimals) : s;
}

/** A formatted number and its unit: "21.4 nmol/L", "12 %"; the missing value stays '–' without a unit. */
export function withUnit(text, unit) {
  if (text === MISSING || !unit) return text;
  return `${text} ${unit}`;
}
