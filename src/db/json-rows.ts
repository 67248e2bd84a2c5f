// Many rows in one statement with one bound parameter: `INSERT … SELECT … FROM json_each(?)`. It works
// alike on libSQL and D1, sidesteps D1's 100-bound-parameter limit (so no chunking into many
// statements) and skips drizzle's per-row SQL building.
//
// Two things a plain JSON.stringify would get wrong:
// - REAL values: SQLite's text-to-float conversion is not always correctly rounded (about 1 in 100,000
//   random doubles came back 1 ulp off on libSQL 3.45), so floats travel as an exact integer pair
//   (mantissa, power of two) and are rebuilt by divisions that are exact in IEEE arithmetic.
// - Lone UTF-16 surrogates: JSON.stringify escapes them as \udXXX, which SQLite decodes into invalid
//   UTF-8 (libSQL then panics reading the row). Bound strings get U+FFFD instead; `wellFormed` does the same.

/** Largest shift the SQL below undoes exactly: two divisions by at most 2^62 (|x| down to ~2^-72 at full precision). */
const MAX_SHIFT = 124;

/**
 * A finite double as [m, k] with x = m / 2^k exactly (m an integer of at most 54 bits), or [x, 0] when
 * x is already an integer, not finite, or too tiny to matter (|x| < 2^-72: rounded like any JSON number).
 */
export function exactReal(x: number): [number, number] {
  if (!Number.isFinite(x) || Number.isInteger(x) || x === 0) return [x, 0];
  const e = Math.floor(Math.log2(Math.abs(x)));
  let k = 52 - e;
  if (k > MAX_SHIFT) return [x, 0];
  if (k < 0) k = 0;
  let m = x * 2 ** k; // exact: multiplying by a power of two only moves the exponent
  if (!Number.isInteger(m)) {
    m *= 2; // Math.log2 rounded up at a power of two
    k++;
  }
  return [m, k];
}

/** The SQL expression rebuilding an `exactReal` stored at array indexes `m` and `k` of `row` (a JSON text). */
export function exactRealSql(row: string, m: number, k: number): string {
  const kk = `(${row} ->> ${k})`;
  return `((${row} ->> ${m}) * 1.0 / (1 << min(${kk}, 62)) / (1 << max(${kk} - 62, 0)))`;
}

const toWellFormed = (String.prototype as unknown as { toWellFormed(this: string): string }).toWellFormed;

/** The string a driver would store for this JS string: lone surrogates become U+FFFD. */
export function wellFormed(s: string): string;
export function wellFormed(s: string | null): string | null;
export function wellFormed(s: string | null): string | null {
  return s === null ? null : toWellFormed.call(s);
}
