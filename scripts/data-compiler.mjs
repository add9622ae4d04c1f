// Reads the lexicon, phrase and gazetteer source files (docs/data-format.md), checks every line and compiles them
// into the compact asset the core loads. Used by build.mjs and by scripts/validate-data.mjs.
import fs from 'node:fs';
import path from 'node:path';

/** The senses of a gloss field, split at ";" outside brackets: "time (once; twice); occasion" is two senses. */
export function splitGlosses(text) {
  const out = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ';' && depth === 0) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  out.push(cur.trim());
  return out.filter(Boolean);
}

export const POS = new Set(['noun', 'verb', 'adj', 'adv', 'prep', 'conj', 'part', 'pron', 'num', 'interj', 'abbrev']);
export const TYPES = new Set(['PERSON', 'LOCATION', 'ORGANIZATION', 'MISC']);
const FORMS = new Set(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'QI', 'QII']);
const LEX_KEYS = new Set([
  'form',
  'impf',
  'impv',
  'masdar',
  'pass',
  'pl',
  'fem',
  'alt',
  'of',
  'place',
  'f',
  'class',
  'gov',
  'note',
  'plsense',
  'bi',
  'bial',
  'topic',
  'sport',
  'economy',
]);
/** Closed word classes a lexicon entry may belong to (docs/data-format.md), and the prepositions a word may govern. */
const WORD_CLASSES = new Set(['reporting', 'proposal']);
const GOVERNED = new Set(['\u0628', '\u0644', '\u0641\u064a', '\u0639\u0644\u0649', '\u0645\u0646', '\u0625\u0644\u0649', '\u0639\u0646']); // ب ل في على من إلى عن

// Arabic letters and diacritics (and the space and comma separators where a field holds several words).
const ARABIC_WORD = /^[\u0621-\u063A\u0641-\u064A\u064B-\u0652\u0670\u0671\u0640]+$/;
const DIAC = /[\u064B-\u065F\u0670\u0640]/g;
const unvowel = (s) => s.replace(DIAC, '');
const HAMZAS = /[أإآؤئءٱ]/g;
const loose = (s) => unvowel(s).replace(HAMZAS, 'ء').replace(/ى/g, 'ي').replace(/ة/g, 'ه');

function parseAttrs(s, where, errors) {
  const out = {};
  for (const part of s.split(/\s+/).filter(Boolean)) {
    const eq = part.indexOf('=');
    if (eq <= 0) {
      errors.push(`${where}: attribute "${part}" is not key=value`);
      continue;
    }
    out[part.slice(0, eq)] = part.slice(eq + 1);
  }
  return out;
}

/**
 * The strong radicals of the root must appear in the lemma in order. Weak radicals and hamza may vanish or change
 * (قال، وجد → يجد، رمى، آلي), a doubled radical may be written once (ردّ), and Form VIII may assimilate its ت (اتصل).
 */
function rootFits(lemma, root) {
  const bare = unvowel(lemma).replace(HAMZAS, 'ء');
  const letters = root.split(' ').map((c) => c.replace(HAMZAS, 'ء'));
  const strong = letters.filter((c, i) => !'اوىيء'.includes(c) && c !== letters[i - 1]);
  let i = 0;
  for (const c of strong) {
    const j = bare.indexOf(c, i);
    if (j < 0) {
      if (['ت', 'د', 'ط'].includes(c)) continue;
      return false;
    }
    i = j + 1;
  }
  return true;
}

/** Lists the source files of one kind (sorted, so the build is deterministic). */
export function sourceFiles(root, kind) {
  const dir = path.join(root, 'assets', kind);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(dir, f));
}

function* lines(file) {
  const text = fs.readFileSync(file, 'utf8');
  let n = 0;
  for (const raw of text.split('\n')) {
    n++;
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    yield [n, line];
  }
}

/** Compiles all sources under `root`; returns {data, errors, warnings, counts}. */
export function compileData(root) {
  const errors = [];
  const warnings = [];
  const lemmas = [];
  const phrases = [];
  const gazetteer = [];
  const seenLemma = new Map();
  for (const file of sourceFiles(root, 'lexicon')) {
    const rel = path.relative(root, file);
    for (const [n, line] of lines(file)) {
      const where = `${rel}:${n}`;
      const f = line.split(' | ').map((x) => x.trim());
      // the asset packs a row's fields with "^" (src/core/lexicon/lexicon-data.ts, PackedLexiconData)
      if (line.includes('^')) errors.push(`${where}: "^" is reserved (the asset separates fields with it)`);
      if (f.length < 4 || f.length > 5) {
        errors.push(`${where}: expected 4 or 5 fields separated by " | ", got ${f.length}`);
        continue;
      }
      const [lemma, pos, root, glossText, attrText = ''] = f;
      if (!ARABIC_WORD.test(lemma)) errors.push(`${where}: lemma "${lemma}" is not one Arabic word`);
      if (!POS.has(pos)) errors.push(`${where}: unknown POS "${pos}"`);
      if (root !== '-' && !/^[\u0621-\u064A](?: [\u0621-\u064A]){1,4}$/.test(root))
        errors.push(`${where}: root "${root}" is not letters separated by spaces`);
      else if (root !== '-' && pos !== 'pron' && pos !== 'prep' && !rootFits(lemma, root))
        errors.push(`${where}: root "${root}" cannot fit lemma "${lemma}"`);
      const glosses = splitGlosses(glossText);
      if (!glosses.length) errors.push(`${where}: no gloss`);
      if (glosses.some((g) => /[\u0600-\u06FF]/.test(g) && !/\(.*[\u0600-\u06FF].*\)/.test(g)))
        warnings.push(`${where}: Arabic inside a gloss`);
      const attrs = parseAttrs(attrText, where, errors);
      for (const k of Object.keys(attrs)) if (!LEX_KEYS.has(k)) errors.push(`${where}: unknown attribute "${k}"`);
      if (pos === 'verb') {
        if (!attrs.impf) errors.push(`${where}: verb without impf=`);
        if (attrs.form && !FORMS.has(attrs.form)) errors.push(`${where}: unknown verb form "${attrs.form}"`);
      }
      if (attrs.f && !/^[1-4]$/.test(attrs.f)) errors.push(`${where}: f= must be 1–4`);
      for (const c of (attrs.class ?? '').split(',').filter(Boolean))
        if (!WORD_CLASSES.has(c)) errors.push(`${where}: unknown class "${c}"`);
      if (attrs.gov && !GOVERNED.has(attrs.gov)) errors.push(`${where}: gov= names a preposition (ب ل في على من إلى عن)`);
      if (attrs.plsense && pos !== 'noun' && pos !== 'adj') errors.push(`${where}: plsense= is for nouns and adjectives`);
      if (attrs.topic && !['sport', 'economy'].includes(attrs.topic)) errors.push(`${where}: topic= is sport or economy`);
      for (const k of ['plsense', 'note', 'bi', 'bial', 'sport', 'economy'])
        if (attrs[k] !== undefined && (!attrs[k] || /[|;]/.test(attrs[k]))) errors.push(`${where}: ${k}= is empty or holds | or ;`);
      if (attrs.impv && pos !== 'verb') errors.push(`${where}: impv= is for verbs`);
      for (const k of ['impf', 'impv', 'masdar', 'pl', 'fem', 'alt', 'of']) {
        for (const v of (attrs[k] ?? '').split(',').filter(Boolean)) {
          if (v === '-' || v === '+ات' || v === '+ون') continue;
          if (!ARABIC_WORD.test(v)) errors.push(`${where}: ${k}="${v}" is not an Arabic word`);
        }
      }
      const key = `${unvowel(lemma)}|${pos}|${glosses[0] ?? ''}`;
      const exact = `${lemma}|${pos}`;
      if (seenLemma.has(exact)) {
        errors.push(`${where}: duplicate of ${seenLemma.get(exact)} (${lemma}, ${pos})`);
        continue;
      }
      seenLemma.set(exact, where);
      seenLemma.set(key, where);
      lemmas.push([lemma, pos, root === '-' ? '' : root, glosses.join('|'), attrText]);
    }
  }
  const seenPhrase = new Map();
  for (const file of sourceFiles(root, 'phrases')) {
    const rel = path.relative(root, file);
    for (const [n, line] of lines(file)) {
      const where = `${rel}:${n}`;
      const f = line.split(' | ').map((x) => x.trim());
      // the asset packs a row's fields with "^" (src/core/lexicon/lexicon-data.ts, PackedLexiconData)
      if (line.includes('^')) errors.push(`${where}: "^" is reserved (the asset separates fields with it)`);
      if (f.length < 2 || f.length > 3) {
        errors.push(`${where}: expected 2 or 3 fields, got ${f.length}`);
        continue;
      }
      const [phrase, glossText, attrText = ''] = f;
      const words = phrase.split(' ');
      if (words.length < 2) errors.push(`${where}: a phrase has at least two words`);
      if (!words.every((w) => ARABIC_WORD.test(w))) errors.push(`${where}: phrase "${phrase}" has a non-Arabic word`);
      const attrs = parseAttrs(attrText, where, errors);
      if (attrs.type && !TYPES.has(attrs.type)) errors.push(`${where}: unknown type "${attrs.type}"`);
      const k = loose(phrase);
      if (seenPhrase.has(k)) {
        errors.push(`${where}: duplicate phrase (first at ${seenPhrase.get(k)})`);
        continue;
      }
      seenPhrase.set(k, where);
      phrases.push([phrase, splitGlosses(glossText).join('|'), attrText]);
    }
  }
  const seenName = new Map();
  for (const file of sourceFiles(root, 'gazetteer')) {
    const rel = path.relative(root, file);
    for (const [n, line] of lines(file)) {
      const where = `${rel}:${n}`;
      const f = line.split(' | ').map((x) => x.trim());
      // the asset packs a row's fields with "^" (src/core/lexicon/lexicon-data.ts, PackedLexiconData)
      if (line.includes('^')) errors.push(`${where}: "^" is reserved (the asset separates fields with it)`);
      if (f.length < 3 || f.length > 4) {
        errors.push(`${where}: expected 3 or 4 fields, got ${f.length}`);
        continue;
      }
      const [english, type, variantText, attrText = ''] = f;
      if (!english || /[\u0600-\u06FF]/.test(english)) errors.push(`${where}: English name "${english}" is missing or not English`);
      if (!TYPES.has(type)) errors.push(`${where}: unknown type "${type}"`);
      const variants = variantText
        .split(/[,،]/)
        .map((v) => v.trim())
        .filter(Boolean);
      if (!variants.length) errors.push(`${where}: no Arabic variant`);
      const kept = [];
      for (const v of variants) {
        if (!v.split(' ').every((w) => ARABIC_WORD.test(w))) {
          errors.push(`${where}: variant "${v}" is not Arabic words`);
          continue;
        }
        const k = loose(v);
        const first = seenName.get(k);
        if (first && first.english !== english) {
          warnings.push(`${where}: "${v}" also names ${first.english} (${first.where}); first one wins`);
          continue;
        }
        if (first) continue;
        seenName.set(k, { english, where });
        kept.push(v);
      }
      const gazAttrs = parseAttrs(attrText, where, errors);
      if (gazAttrs.ambiguous !== undefined && gazAttrs.ambiguous !== 'yes' && gazAttrs.ambiguous !== 'no')
        errors.push(`${where}: ambiguous= is yes or no`);
      if (kept.length) gazetteer.push([english, type, kept.join('|'), attrText]);
    }
  }
  return {
    data: { version: 1, lemmas, phrases, gazetteer },
    errors,
    warnings,
    counts: { lemmas: lemmas.length, phrases: phrases.length, gazetteer: gazetteer.length },
  };
}
