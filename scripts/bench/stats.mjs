// Summary statistics and formatting for the benchmarks: every number is reported as a median with its spread.

/** Sorted copy of the finite values. */
const sorted = (xs) => xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);

/** The q-quantile (0..1) by linear interpolation between closest ranks. */
export function quantile(xs, q) {
  const s = sorted(xs);
  if (!s.length) return NaN;
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return s[lo] + (s[hi] - s[lo]) * (i - lo);
}

/** {n, median, min, max, p95, mean} of a sample. */
export function stats(xs) {
  const s = sorted(xs);
  return {
    n: s.length,
    median: quantile(s, 0.5),
    min: s.length ? s[0] : NaN,
    max: s.length ? s[s.length - 1] : NaN,
    p95: quantile(s, 0.95),
    mean: s.length ? s.reduce((a, b) => a + b, 0) / s.length : NaN,
  };
}

/** A number with about three significant digits, thousands separated. */
export function num(x, digits) {
  if (!Number.isFinite(x)) return 'n/a';
  const d = digits ?? (Math.abs(x) >= 100 ? 0 : Math.abs(x) >= 10 ? 1 : Math.abs(x) >= 1 ? 2 : 3);
  return x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
}

/** "median (min–max, n=N)" with a unit. */
export function range(st, unit = '', digits) {
  if (!st.n) return 'n/a';
  const u = unit ? ` ${unit}` : '';
  if (st.n === 1) return `${num(st.median, digits)}${u} (n=1)`;
  return `${num(st.median, digits)}${u} (${num(st.min, digits)}–${num(st.max, digits)}, n=${st.n})`;
}

/** "median, p95 X (max Y, n=N)" for latency distributions. */
export function latency(st, unit = 'ms', digits) {
  if (!st.n) return 'n/a';
  return `p50 ${num(st.median, digits)} ${unit}, p95 ${num(st.p95, digits)} ${unit} (min ${num(st.min, digits)}, max ${num(st.max, digits)}, n=${st.n})`;
}

export function bytes(n) {
  if (!Number.isFinite(n)) return 'n/a';
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 * 1024 * 1024) return `${(n / 1024 / 1024).toFixed(2)} MB`;
  return `${(n / 1024 / 1024 / 1024).toFixed(1)} GB`;
}

/** PASS/MISS with the margin, e.g. verdict(230, '<=', 150, 'ms') → "MISS (+80 ms, 1.5× the target)". */
export function verdict(value, op, target, unit = '') {
  if (!Number.isFinite(value)) return 'n/a';
  const ok = op === '<=' ? value <= target : value >= target;
  if (ok) return '**PASS**';
  const u = unit ? ` ${unit}` : '';
  if (op === '<=') return `**MISS** (+${num(value - target)}${u}, ${num(value / target, 1)}× the limit)`;
  return `**MISS** (${num(target - value)}${u} short, ${num((value / target) * 100, 0)}% of the target)`;
}
