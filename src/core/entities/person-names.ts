/**
 * People: a title before a name (with the role it gives), a given name and the name words after it, a name particle
 * (أبو، ابن، عبد) and a kunya (أبو بكر), a speaker after a verb of saying.
 */
import type { EntityContext } from './entity-context';
import type { EntityKeys } from './entity-keys';
import { isGiven, isParticle, singleEntry, type EntityCandidate } from './entity-lookup';
import type { NameEntry } from '../lexicon';
import { nameToEnglish } from '../text';
import { looseKey } from '../text';
import { describesName, familyNameLike, familyNameNext, NAME_ENDERS, nisbaSurname, NOT_NAMES, startsSpeech } from './entity-name-words';
import { gazetteerMatch, officeAt, officeComplement, roleOf, TITLE_FIRST } from './person-roles';
import { officeOrganisation } from './entity-org-names';
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
    if (e > j && /^[وف]/.test(keys[e]!.raw) && !keys[e]!.unknown && t.analyses[0]?.segments[0]?.role === 'proclitic') break;
    // غانلويغي بوفون وغانلوكا زامبروتا: after a name of two words, an unknown word with و that a name word follows
    // starts the next name (a surname that starts with و, ويليامز، وولفويتز, has no name after it); a run that goes on
    // from a first name (needFirst false) has that name before j (عادل فتحي وفرج شلبي، فتحي وفرج شلبي)
    if (e > j + (needFirst ? 1 : -1) && keys[e]!.unknown && keys[e]!.raw.startsWith('و') && nameWordAt(tokens, keys, e + 1, ctx)) break;
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
        (x, amb) => (isGiven(x) && ((!amb && x.attrs.ambiguous !== 'yes') || english.length > 0)) || isParticle(x),
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

/**
 * الرئيس الأمريكي جو بايدن، وزير الخارجية الروسي سيرغي لافروف، مدير القسم الآسيوي بوزارة الخارجية الروسية، زامير
 * كابولوف: a person after an office, with the role the office gives.
 */
export function personAfterTitle(tokens: Token[], keys: EntityKeys[], i: number, ctx: EntityContext): EntityCandidate | null {
  const office = officeAt(tokens, keys, i, ctx);
  if (!office) return null;
  let found = personAt(tokens, keys, office.end, ctx);
  // الرئيس صالح، الدكتور سعيد راتب: after a definite title a common word can be the name
  if (!found && definiteTitle(tokens[i]!) && !office.rule.ar.startsWith(TEAM_OR_GENERAL))
    found = commonWordNameAt(tokens, keys, office.end, ctx);
  let headOf = '';
  if (!found) {
    // what the office heads may stand between the title and the name, often closed by a comma: a definite noun and
    // its adjectives, or a phrase read like an organisation's name (وزير الموارد المائية والري، المتحدث باسم وزارة …)
    const complements = [officeComplement(tokens, keys, office.end, ctx), officeOrganisation(tokens, keys, office.end, ctx)];
    for (const complement of complements) {
      if (!complement || found) continue;
      const j = complement.end + (tokens[complement.end]?.kind === 'punct' && /^[،,]$/.test(tokens[complement.end]!.text) ? 1 : 0);
      found = personAt(tokens, keys, j, ctx);
      headOf = complement.english;
    }
  }
  if (!found) return null;
  const entryRole = found.entry?.attrs.role;
  const title = roleOf(office, found.entry, ctx);
  // spokesman for + the Ministry of …: a title ending in its preposition takes the complement as it is
  const role = [title, headOf].filter(Boolean).join(/ (?:for|of|to)$/.test(title) ? ' ' : ' of ');
  return {
    type: 'PERSON',
    from: found.from,
    to: found.end,
    skip: 0,
    english: found.english,
    role: role || entryRole,
    roleFromText: Boolean(role),
    guessed: found.guessed,
    rule: 'title',
  };
}

// الفريق is a general's rank but more often "the team" (أداء الفريق متوازنا)
const TEAM_OR_GENERAL = 'الفريق';
// the endings of an adverbial accusative (استنادا، اتصالا) and of a plural (إيضاحات), and the start of a verbal noun
// (استرجاع): shapes of the word a title governs, rarely of a name
const NOT_NAME_SHAPE = /^است|[^ي]ا$|ات$/;

/** Whether a title word carries the article (الرئيس، الدكتور), which a title heading a phrase (رئيس وزراء) lacks. */
function definiteTitle(t: Token): boolean {
  return !!t.analyses[0]?.segments.some((s) => s.role === 'article');
}

/**
 * A name whose first word is also a common noun or adjective (صالح، سعيد، زيان), read only right after a definite
 * title: it needs a name word after it, or a rarer word on its own (أكد الرئيس ضرورة … keeps ضرورة a noun).
 */
function commonWordNameAt(tokens: Token[], keys: EntityKeys[], j: number, ctx: EntityContext): PersonFound | null {
  const t = tokens[j];
  const k = keys[j];
  if (!t || t.kind !== 'word' || k!.raw.startsWith('ال') || NOT_NAME_SHAPE.test(k!.raw) || TITLE_FIRST.has(k!.rest)) return null;
  if (!familyNameLike(t, ctx, 1)) return null;
  const [end, rest] = nameRun(tokens, keys, j + 1, ctx, false);
  if (end === j + 1 && !familyNameLike(t, ctx)) return null;
  return { from: j, end, english: [nameToEnglish(t.text), ...rest].join(' '), guessed: true, entry: null };
}

interface PersonFound {
  from: number;
  end: number;
  english: string;
  guessed: boolean;
  entry: NameEntry | null;
}

/** The person at token j, right after a title: a gazetteer person, or a run of name words. */
function personAt(tokens: Token[], keys: EntityKeys[], j: number, ctx: EntityContext): PersonFound | null {
  const person = gazetteerMatch(keys, j, ctx, (e) => e.type === 'PERSON' && !isGiven(e) && !isParticle(e));
  if (person) return { from: j, end: person.end, english: person.entry.english, guessed: false, entry: person.entry };
  const [end, english, guessed] = nameRun(tokens, keys, j, ctx, true, false, true);
  return end === j ? null : { from: j, end, english: english.join(' '), guessed, entry: null };
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
    if (end === i + 1 || (!next && !familyNext)) return null;
  }
  return { type: 'PERSON', from: i, to: end, skip, english: [given.english, ...rest].join(' '), guessed, rule: 'given' };
}

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
