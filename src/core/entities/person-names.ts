/**
 * People's names: a given name and the name words after it (the run that person-titles.ts and person-speakers.ts read
 * too), a name particle (أبو، ابن، عبد) and a kunya (أبو بكر), a name before بن.
 */
import type { EntityContext } from './entity-context';
import type { EntityKeys } from './entity-keys';
import { isGiven, isParticle, singleEntry, type EntityCandidate } from './entity-lookup';
import type { NameEntry } from '../lexicon';
import { nameToEnglish } from '../text';
import { looseKey } from '../text';
import {
  describesName,
  familyNameLike,
  familyNameNext,
  NAME_ENDERS,
  nisbaSurname,
  NOT_NAMES,
  REGNAL,
  startsSpeech,
} from './entity-name-words';
import { TITLE_FIRST } from './person-roles';
import type { Token } from '../model';

const ABD = looseKey('عبد');
// particles that start a name on their own (أبو عبد الله، ابن خلدون), unlike بن which needs a name before it
const PARTICLES_BEFORE_NAMES = new Set(['أبو', 'ابو', 'ابن', 'أبي', 'ابي', 'أم', 'عبد'].map((w) => looseKey(w)));

/** عبد + a divine name in English news spelling: Abdullah, Abdul Rahman, Abdul Aziz. */
function abdName(second: string): string {
  if (looseKey(second) === looseKey('الله')) return 'Abdullah';
  return `Abdul ${nameToEnglish(second)
    .replace(/^al-/, '')
    .replace(/^./, (c) => c.toUpperCase())}`;
}

/** Name words from token j on (at most 4, more with particles): given names, particles, unknown words. Returns [end, english, guessed]. */
export function nameRun(
  tokens: Token[],
  keys: EntityKeys[],
  j: number,
  ctx: EntityContext,
  needFirst = true,
  afterClearName = false,
  afterTitle = false,
): [number, string[], boolean] {
  const english: string[] = [];
  let guessed = false;
  let e = j;
  // four words, and two more for each particle: محمد بن عبد الكريم الخطابي
  let limit = 4;
  while (e < tokens.length && e - j < limit) {
    const t = tokens[e]!;
    if (t.kind !== 'word') break;
    // وشدد عزام على أن، وكشف بيرت لـ: a preposition or a lone letter after a name ends it; على is also the name علي,
    // which goes on when a family name follows (محمد علي العظمي)
    if (e > j && (keys[e]!.raw.length < 2 || (NAME_ENDERS.has(t.analyses[0]?.pos ?? '') && !familyNameNext(tokens, keys, e + 1, ctx))))
      break;
    // و or ف on a known word starts what comes next (وقال، فيما); as a root letter it does not (فتحي، فياضي، وهبة)
    if (e > j && /^[وف]/.test(keys[e]!.raw) && !keys[e]!.unknown && t.analyses[0]?.segments[0]?.role === 'proclitic') {
      // … unless the whole word is a first name (محمد فاضل، أحمد فهد): then it goes on with the name
      if (!singleEntry(keys, e, ctx, isGiven)) break;
    }
    // غانلويغي بوفون وغانلوكا زامبروتا: after a name of two words, an unknown word with و that a name word follows
    // starts the next name (a surname that starts with و, ويليامز، وولفويتز, has no name after it); a run that goes on
    // from a first name (needFirst false) has that name before j (عادل فتحي وفرج شلبي، فتحي وفرج شلبي)
    if (e > j + (needFirst ? 1 : -1) && keys[e]!.unknown && keys[e]!.raw.startsWith('و') && nameWordAt(tokens, keys, e + 1, ctx)) break;
    // نبيه بري وفؤاد السنيورة: و + a first name after a name starts the next person
    if (e > j && givenAfterAnd(keys, e, ctx)) break;
    // a title after a name starts an apposition (فايزة أبو النجا وزيرة التعاون …)
    if (e > j && TITLE_FIRST.has(keys[e]!.rest)) break;
    // عبد + a divine name (عبد الله، عبد الرحمن) is one name whatever the second word is
    if (keys[e]!.raw === ABD && e + 1 < tokens.length && tokens[e + 1]!.kind === 'word') {
      english.push(abdName(tokens[e + 1]!.text));
      e += 2;
      continue;
    }
    // an ambiguous first name (علي/على، أمل) counts only when a clear name follows it (or a particle and a name), or
    // right after a title when a word the lexicon does not know follows it (وزير الداخلية كريم زيداني); inside a name already started (محمد علي
    // العظمي) an ambiguous first name continues it
    const clearNext =
      singleEntry(keys, e + 1, ctx, (x, amb) => isGiven(x) && !amb) ||
      (afterTitle && e === j && keys[e + 1]?.unknown === true) ||
      // سيدي ولد التاه، حسن بن علي: a particle and a name after it
      (!!singleEntry(keys, e + 1, ctx, isParticle) && nameWordAt(tokens, keys, e + 2, ctx));
    const given =
      singleEntry(
        keys,
        e,
        ctx,
        // after a clear first name an ambiguous one goes on with it (محمد فاضل)
        (x, amb) => (isGiven(x) && ((!amb && x.attrs.ambiguous !== 'yes') || english.length > 0 || afterClearName)) || isParticle(x),
      ) ?? (clearNext ? singleEntry(keys, e, ctx, (x) => isGiven(x)) : null);
    if (given) {
      english.push(given.english);
      e++;
      // بن ود، أبو طالب، آل ثاني: after a particle the next word is a name whatever else it can mean
      if (isParticle(given)) limit += 2;
      if (isParticle(given) && particleTakesNext(tokens, keys, e, ctx)) {
        english.push(nameToEnglish(tokens[e]!.text));
        guessed = true;
        e++;
      }
      continue;
    }
    const person = singleEntry(keys, e, ctx, (x) => x.type === 'PERSON' && !isGiven(x));
    if (person && e > j) {
      english.push(person.english.split(' ').pop()!);
      e++;
      continue;
    }
    // مدحت صالح: after a clear first name a rarer noun or adjective is the father's or family name
    // جلال فياضي: right after a first name, even one that is also a word, a nisba with ي is the family name
    const familyNow =
      !describesName(tokens, e) &&
      (e > j ? familyNameLike(t, ctx) : (afterClearName && familyNameLike(t, ctx, 2)) || (!needFirst && nisbaSurname(t, ctx)));
    // محمد الخامس: a regnal number ends the name (not محمد الخامس رتبة مارشال)
    const regnal = e > j || !needFirst ? REGNAL.get(keys[e]!.restExact) : undefined;
    if (regnal) {
      english.push(regnal);
      e++;
      break;
    }
    if (keys[e]!.unknown || familyNow) {
      english.push(nameToEnglish(t.text));
      guessed = true;
      e++;
      continue;
    }
    break;
  }
  // a name does not end on a particle (محمد بن، أبو): without what follows it, the particle is not part of it
  while (e > j && singleEntry(keys, e - 1, ctx, isParticle)) {
    e--;
    english.pop();
  }
  if (needFirst && e === j) return [j, [], false];
  return [e, english, guessed];
}

/** Whether token e is و and a first name (وفؤاد), not a first name that starts with و itself (وليد، وائل). */
function givenAfterAnd(keys: EntityKeys[], e: number, ctx: EntityContext): boolean {
  const k = keys[e]!;
  if (!k.raw.startsWith('و') || singleEntry(keys, e, ctx, isGiven)) return false;
  return k.exact.some((f) => f.skip === 1 && ctx.gazetteer.single(f.key).some((v) => isGiven(v.entry)));
}

/** A name word at token j: a word the lexicon does not know, or a given name. */
function nameWordAt(tokens: Token[], keys: EntityKeys[], j: number, ctx: EntityContext): boolean {
  return tokens[j]?.kind === 'word' && (keys[j]!.unknown || !!singleEntry(keys, j, ctx, isGiven));
}

/** The word after a name particle is part of the name unless it starts a new phrase (a clitic و، a title). */
function particleTakesNext(tokens: Token[], keys: EntityKeys[], e: number, ctx: EntityContext): boolean {
  const t = tokens[e];
  // أبو بكر بن أبي قحافة: a second particle is read by the run itself
  if (!t || t.kind !== 'word' || singleEntry(keys, e, ctx, isParticle)) return false;
  const top = t.analyses[0];
  if (top && top.pos !== 'unknown' && top.segments.some((s) => s.role === 'proclitic')) return false;
  // a preposition or particle is no name (محمد ولد في القاهرة: ولد "was born", not the particle of ولد محمد)
  if (top && NOT_NAMES.has(top.pos)) return false;
  return !TITLE_FIRST.has(keys[e]!.rest) && !startsSpeech(t, ctx);
}

/** Words for a street or square: a person's name after one names the place (شارع جورج الخامس، ميدان طلعت حرب). */
const STREETS = new Set(['شارع', 'ميدان', 'ساحة', 'جادة'].map((w) => looseKey(w)));

/** محمد بن سلمان، زامير كابولوف: a given name and the name words after it; after شارع or ميدان, the place it names. */
export function personFromGivenName(tokens: Token[], keys: EntityKeys[], i: number, ctx: EntityContext): EntityCandidate | null {
  const c = givenNameAt(tokens, keys, i, ctx);
  const before = keys[i - 1];
  return c && before && STREETS.has(before.rest) ? { ...c, type: 'LOCATION', role: undefined } : c;
}

function givenNameAt(tokens: Token[], keys: EntityKeys[], i: number, ctx: EntityContext): EntityCandidate | null {
  const k = keys[i];
  if (!k) return null;
  let given: NameEntry | null = null;
  let ambiguous = false;
  let skip = 0;
  for (const f of k.exact) {
    for (const v of ctx.gazetteer.single(f.key)) {
      if (isGiven(v.entry)) {
        given = v.entry;
        ambiguous = v.ambiguous || v.entry.attrs.ambiguous === 'yes';
        skip = f.skip;
        break;
      }
    }
    if (given) break;
  }
  if (!given) {
    const patronymic = nameBeforeBin(tokens, keys, i, ctx);
    if (patronymic) return patronymic;
    // أبو عبد الله، ابن خلدون: a name particle followed by a name
    const particle = singleEntry(keys, i, ctx, isParticle, true);
    if (!particle || !PARTICLES_BEFORE_NAMES.has(keys[i]!.raw)) return null;
    // عبد الله … is read by the name run itself; أبو X needs X
    const start = keys[i]!.raw === ABD ? i : i + 1;
    const [e2, rest2, g2] = nameRun(tokens, keys, start, ctx);
    if (e2 <= i + 1) return kunyaAt(tokens, keys, i, particle, ctx);
    const words = start === i ? rest2 : [particle.english, ...rest2];
    return { type: 'PERSON', from: i, to: e2, skip: 0, english: words.join(' '), guessed: g2, rule: 'given' };
  }
  const [end, rest, guessed] = nameRun(tokens, keys, i + 1, ctx, false, !ambiguous);
  if (ambiguous) {
    // أمل، صباح، توفيق: a name only when another first name, a known person, an unknown word or a family-name
    // shaped word (الحكيم) follows
    const next = singleEntry(keys, i + 1, ctx, (x) => x.type === 'PERSON');
    const after = tokens[i + 1];
    // (سعيد الفرا: a family name with the article that the lexicon does not know)
    const definiteNext = keys[i + 1]?.raw.startsWith('ال') && (familyNameLike(after!, ctx) || keys[i + 1]!.unknown);
    const familyNext = after && (definiteNext || nisbaSurname(after, ctx));
    // وقال سعد سيروب إن، وأكد سعيد شيرازي: one word the lexicon does not know, after a verb or before "that" or a
    // stop, is the family name of a speaker
    const speaker = keys[i + 1]?.unknown === true && end === i + 2 && (verbBefore(tokens, i) || endsClause(tokens[end]));
    if (end === i + 1 || (!next && !familyNext && !speaker)) return null;
  }
  return { type: 'PERSON', from: i, to: end, skip, english: [given.english, ...rest].join(' '), guessed, rule: 'given' };
}

/** Whether the word before token i is a verb. */
const verbBefore = (tokens: Token[], i: number): boolean => tokens[i - 1]?.kind === 'word' && tokens[i - 1]!.analyses[0]?.pos === 'verb';
const THAT_WORDS = new Set(['إن', 'أن'].map((w) => looseKey(w)));
/** Whether token t ends a speaker's clause: the end, a punctuation mark, or "that". */
const endsClause = (t: Token | undefined): boolean => !t || t.kind === 'punct' || THAT_WORDS.has(looseKey(t.text));

const KUNYA = new Set(['أبو', 'ابو', 'أبي', 'ابي'].map((w) => looseKey(w)));

/** أبو بكر، أبو طالب: after أبو the next word is a name even when it is also a word (بكر، طالب). */
function kunyaAt(tokens: Token[], keys: EntityKeys[], i: number, particle: NameEntry, ctx: EntityContext): EntityCandidate | null {
  const t = tokens[i + 1];
  const top = t?.analyses[0];
  if (!KUNYA.has(keys[i]!.raw) || !t || !particleTakesNext(tokens, keys, i + 1, ctx)) return null;
  if (top && (NOT_NAMES.has(top.pos) || top.segments.some((x) => x.role === 'enclitic'))) return null;
  // the names after the kunya (أبو جميل زيان)
  const [end, rest] = nameRun(tokens, keys, i + 2, ctx, false, true);
  const english = [particle.english, nameToEnglish(t.text), ...rest].join(' ');
  return { type: 'PERSON', from: i, to: end, skip: 0, english, guessed: true, rule: 'given' };
}

const BIN = looseKey('بن');
/** Whether a word is بن (son of). */
export const isBin = (k: EntityKeys) => k.raw === BIN;

/** سهل بن حنيف، بسر بن أرطأة: any word before بن and a name after it is a name, even one the lexicon knows. */
export function nameBeforeBin(tokens: Token[], keys: EntityKeys[], i: number, ctx: EntityContext): EntityCandidate | null {
  if (!keys[i + 1] || !isBin(keys[i + 1]!)) return null;
  const top = tokens[i]!.analyses[0];
  if (top && top.pos !== 'unknown' && (NOT_NAMES.has(top.pos) || top.segments.some((s) => s.role === 'proclitic'))) return null;
  const [end, rest, guessed] = nameRun(tokens, keys, i + 1, ctx);
  if (end <= i + 2) return null;
  return {
    type: 'PERSON',
    from: i,
    to: end,
    skip: 0,
    english: [nameToEnglish(tokens[i]!.text), ...rest].join(' '),
    guessed,
    rule: 'given',
  };
}
