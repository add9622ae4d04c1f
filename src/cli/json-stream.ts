/**
 * JSON written piece by piece: the same bytes as JSON.stringify, without building one string of the whole (an
 * analysis of a long text is hundreds of megabytes of JSON, past what one JavaScript string may hold).
 */

const CHUNK = 1 << 20;

/** Writes `value` as JSON through `write`, streaming the items of its top-level arrays. */
export function writeJson(value: Record<string, unknown>, write: (s: string) => void): void {
  let buf = '';
  const out = (s: string) => {
    buf += s;
    if (buf.length >= CHUNK) {
      write(buf);
      buf = '';
    }
  };
  out('{');
  let first = true;
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    out(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    if (Array.isArray(v)) {
      out('[');
      v.forEach((item, i) => out((i ? ',' : '') + (JSON.stringify(item) ?? 'null')));
      out(']');
    } else out(JSON.stringify(v));
  }
  out('}');
  if (buf) write(buf);
}
