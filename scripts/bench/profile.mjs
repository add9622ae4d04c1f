// Reads V8 CPU profiles (as from node --cpu-prof or the inspector's Profiler) of the esbuild bundle of the core and
// names the hot spots by function and source file (esbuild marks each module with a "// src/..." comment line).
import fs from 'node:fs';

/** A function from a bundle line (0-based) to the source file it came from. */
export function sourceMapper(bundleFile) {
  return sourceMapperFromText(fs.readFileSync(bundleFile, 'utf8'), bundleFile.split('/').pop());
}

/** The same for bundle text whose frames carry a url containing `name` (e.g. a script injected with a sourceURL). */
export function sourceMapperFromText(text, name) {
  const lines = text.split('\n');
  const fileAt = new Array(lines.length);
  let cur = '(bundle)';
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*\/\/ (src\/\S+\.tsx?)$/.exec(lines[i]);
    if (m) cur = m[1];
    fileAt[i] = cur;
  }
  return (url, line) =>
    url && url.includes(name) ? (fileAt[line] ?? '(bundle)') : url ? url.replace(/^.*\/node_modules\//, '') : '(native)';
}

/** Self and inclusive time per function: [{name, file, selfMs, totalMs, selfShare, totalShare}] sorted by self time. */
export function hotSpots(profile, mapFile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = (n) => {
    const f = n.callFrame;
    const file = mapFile(f.url, f.lineNumber);
    return { key: `${f.functionName || '(anonymous)'}|${file}`, name: f.functionName || '(anonymous)', file };
  };
  const acc = new Map();
  let total = 0;
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length; i++) {
    const dt = (timeDeltas[i + 1] ?? timeDeltas[i] ?? 0) / 1000; // the interval after the sample, in ms
    total += dt;
    let node = byId.get(samples[i]);
    const seen = new Set();
    let self = true;
    while (node) {
      const k = keyOf(node);
      let a = acc.get(k.key);
      if (!a) acc.set(k.key, (a = { name: k.name, file: k.file, selfMs: 0, totalMs: 0 }));
      if (self) a.selfMs += dt;
      if (!seen.has(k.key)) a.totalMs += dt;
      seen.add(k.key);
      self = false;
      node = byId.get(parent.get(node.id));
    }
  }
  const rows = [...acc.values()].map((r) => ({ ...r, selfShare: r.selfMs / total, totalShare: r.totalMs / total }));
  return { totalMs: total, rows };
}

/** Top rows by self time and by inclusive time (skipping the profiler's pseudo-frames and the outermost callers). */
export function summarizeProfile(profile, mapFile, n = 8) {
  const { totalMs, rows } = hotSpots(profile, mapFile);
  // (program) and (idle) are not JS; frames of the bench harness itself carry natives it calls (JSON.parse)
  const real = rows.filter((r) => !/^\((root|program|idle)\)$/.test(r.name) && !r.file.includes('scripts/bench'));
  const bySelf = [...real].sort((a, b) => b.selfMs - a.selfMs).slice(0, n);
  const byTotal = [...real]
    .filter((r) => r.file.startsWith('src/') && r.totalShare < 0.97)
    .sort((a, b) => b.totalMs - a.totalMs)
    .slice(0, n);
  const gc = rows.find((r) => r.name === '(garbage collector)');
  return { totalMs, bySelf, byTotal, gcShare: gc ? gc.selfMs / totalMs : 0 };
}
