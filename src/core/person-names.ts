/**
 * People: a title before a name (with the role it gives), a given name and the name words after it, a name particle
 * (أبو، ابن، عبد), a speaker after a verb of saying, and runs of unknown words.
 */
import type { EntityContext } from './entities';
import type { EntityKeys } from './entity-keys';
import { demonymAt, isGiven, isParticle, lk, PORTFOLIO_KEYS, singleEntry, unknown, type EntityCandidate } from './entity-lookup';
import { DEMONYM_FOR_TITLE, OFFICE_BY_COUNTRY, REPORTING_VERBS, TITLES, type TitleRule } from './entity-rules';
import type { NameEntry } from './gazetteer';
import { nameToEnglish } from './name-translit';
import { looseKey } from './normalize';
import type { Token } from './types';

const ABD = looseKey('عبد');
const TITLE_WORDS = [...TITLES].map((t) => ({ rule: t, words: t.ar.split(' ').map(lk) })).sort((a, b) => b.words.length - a.words.length);
const TITLE_FIRST = new Set(TITLE_WORDS.map((t) => t.words[0]!));
const TITLES_BY_FIRST = new Map<string, typeof TITLE_WORDS>();
for (const tw of TITLE_WORDS) TITLES_BY_FIRST.set(tw.words[0]!, [...(TITLES_BY_FIRST.get(tw.words[0]!) ?? []), tw]);
const NO_TITLES: typeof TITLE_WORDS = [];
const SPEECH = new Set(REPORTING_VERBS.map((v) => looseKey(v)));
const SHUON = lk('شؤون');

// Words that follow a name but are not part of it (regnal numbers are: محمد السادس).
const NOT_NAME_PARTS = new Set(['الراحل', 'البالغ', 'الجديد', 'السابق', 'الحالي', 'نفسه', 'ذاته'].map((w) => looseKey(w)));

/**
 * A known word that can still be part of a name after a first name: a rarer noun or adjective written without
 * clitics (مبارك، مرسي), or a definite adjective, the shape of many family names (الحكيم، المصري).
 */
function familyNameLike(t: Token, ctx: EntityContext): boolean {
  const top = t.analyses[0];
  if (!top || top.segments.some((s) => s.role === 'proclitic' || s.role === 'enclitic')) return false;
  if (top.pos !== 'noun' && top.pos !== 'adj' && !(top.pos === 'num' && top.segments.some((x) => x.role === 'article'))) return false;
  if (NOT_NAME_PARTS.has(looseKey(t.text)) || ctx.gazetteer.placeOfNisba(looseKey(t.text))) return false;
  const freq = top.entryId !== undefined ? (ctx.lexicon.entries[top.entryId]?.freq ?? 3) : 3;
  const definite = top.segments.some((s) => s.role === 'article');
  return definite ? top.pos === 'adj' || top.pos === 'num' || freq >= 3 : freq >= 3;
}

/** عبد + a divine name in English news spelling: Abdullah, Abdul Rahman, Abdul Aziz. */
function abdName(second: string): string {
  if (looseKey(second) === looseKey('الله')) return 'Abdullah';
  return `Abdul ${nameToEnglish(second)
    .replace(/^al-/, '')
    .replace(/^./, (c) => c.toUpperCase())}`;
}

/** Name words from token j on (at most 4, more with particles): given names, particles, unknown words. Returns [end, english, guessed]. */
function nameRun(tokens: Token[], keys: EntityKeys[], j: number, ctx: EntityContext, needFirst = true): [number, string[], boolean] {
  const english: string[] = [];
  let guessed = false;
  let e = j;
  // four words, and two more for each particle: محمد بن عبد الكريم الخطابي
  let limit = 4;
  while (e < tokens.length && e - j < limit) {
    const t = tokens[e]!;
    if (t.kind !== 'word') break;
    if (e > j && /^[وف]/.test(keys[e]!.raw) && !unknown(t)) break;
    // a title after a name starts an apposition (فايزة أبو النجا وزيرة التعاون …)
    if (e > j && TITLE_FIRST.has([...keys[e]!.rest][0] ?? '')) break;
    // عبد + a divine name (عبد الله، عبد الرحمن) is one name whatever the second word is
    if (keys[e]!.raw === ABD && e + 1 < tokens.length && tokens[e + 1]!.kind === 'word') {
      english.push(abdName(tokens[e + 1]!.text));
      e += 2;
      continue;
    }
    // an ambiguous first name (علي/على، أمل) counts only when a clear name follows it
    // inside a name already started (محمد علي العظمي) an ambiguous first name continues it
    const given =
      singleEntry(
        keys,
        e,
        ctx,
        (x, amb) => (isGiven(x) && ((!amb && x.attrs.ambiguous !== 'yes') || english.length > 0)) || isParticle(x),
      ) ?? (singleEntry(keys, e + 1, ctx, (x, amb) => isGiven(x) && !amb) ? singleEntry(keys, e, ctx, (x) => isGiven(x)) : null);
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
    if (unknown(t) || (e > j && familyNameLike(t, ctx))) {
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

/** The word after a name particle is part of the name unless it starts a new phrase (a clitic و، a title). */
function particleTakesNext(tokens: Token[], keys: EntityKeys[], e: number, ctx: EntityContext): boolean {
  const t = tokens[e];
  // أبو بكر بن أبي قحافة: a second particle is read by the run itself
  if (!t || t.kind !== 'word' || singleEntry(keys, e, ctx, isParticle)) return false;
  const top = t.analyses[0];
  if (top && top.pos !== 'unknown' && top.segments.some((s) => s.role === 'proclitic')) return false;
  return !TITLE_FIRST.has([...keys[e]!.rest][0] ?? '') && !SPEECH.has(keys[e]!.raw);
}

function titleAt(keys: EntityKeys[], i: number): { rule: TitleRule; end: number; skip: number } | null {
  const k = keys[i];
  if (!k) return null;
  for (const f of k.first) {
    for (const tw of TITLES_BY_FIRST.get(f.key) ?? NO_TITLES) {
      let ok = true;
      for (let w = 1; w < tw.words.length; w++) if (!keys[i + w]?.rest.has(tw.words[w]!)) ok = false;
      if (ok) return { rule: tw.rule, end: i + tw.words.length, skip: f.skip };
    }
  }
  return null;
}

/** الرئيس الأمريكي جو بايدن، وزير الخارجية الروسي سيرغي لافروف، نائبة وزير الخارجية ويندي شيرمان. */
export function personAfterTitle(tokens: Token[], keys: EntityKeys[], i: number, ctx: EntityContext): EntityCandidate | null {
  const title = titleAt(keys, i);
  if (!title) return null;
  let j = title.end;
  let portfolio = '';
  let demonym = '';
  if (title.rule.office) {
    const p = PORTFOLIO_KEYS.get([...(keys[j]?.rest ?? [])][0] ?? '');
    if (p) {
      portfolio = p;
      j++;
    }
  }
  const d = demonymAt(keys, j, ctx);
  if (d) {
    demonym = d;
    j++;
  }
  // لشؤون X: the office's field, up to three words
  if (keys[j]?.raw.endsWith(SHUON) || keys[j]?.raw === `ل${SHUON}`) {
    j++;
    let n = 0;
    while (n < 3 && unknown(tokens[j]) === false && tokens[j]?.kind === 'word' && !singleEntry(keys, j, ctx, isGiven)) {
      j++;
      n++;
    }
  }
  // the person: a gazetteer person, or a run of name words
  const person = singleOrMultiPerson(keys, j, ctx);
  let end: number;
  let english: string;
  let guessed = false;
  let entryRole: string | undefined;
  if (person) {
    end = person.end;
    english = person.entry.english;
    entryRole = person.entry.attrs.role;
  } else {
    const [e, en, g] = nameRun(tokens, keys, j, ctx);
    if (e === j) return null;
    end = e;
    english = en.join(' ');
    guessed = g;
  }
  // the text often leaves the country implicit (نائبة وزير الخارجية ويندي شيرمان): a known person's country fills it
  if (!demonym && person?.entry.attrs.country) {
    const d2 = ctx.gazetteer.demonymOf(person.entry.attrs.country);
    if (d2) demonym = DEMONYM_FOR_TITLE[d2] ?? d2;
  }
  let role = title.rule.en.replace('{X}', demonym).replace(/\s+/g, ' ').trim();
  if (portfolio)
    role = role.replace(/Minister$/, `${portfolio} Minister`).replace(/(Deputy|Assistant) Minister$/, `$1 ${portfolio} Minister`);
  if (portfolio && /Minister/.test(role) && !role.includes(portfolio)) role = role.replace('Minister', `${portfolio} Minister`);
  for (const [re, en] of OFFICE_BY_COUNTRY) if (re.test(role)) role = en;
  if (role === 'Dr' || role === '') role = entryRole ?? '';
  return {
    type: 'PERSON',
    from: j,
    to: end,
    skip: 0,
    english,
    role: role || entryRole,
    roleFromText: Boolean(role),
    guessed,
    rule: 'title',
  };
}

function singleOrMultiPerson(keys: EntityKeys[], j: number, ctx: EntityContext): { entry: NameEntry; end: number } | null {
  const k = keys[j];
  if (!k) return null;
  let best: { entry: NameEntry; end: number } | null = null;
  for (const f of k.exact) {
    for (const v of ctx.gazetteer.candidates(f.key)) {
      if (v.entry.type !== 'PERSON' || isGiven(v.entry) || isParticle(v.entry)) continue;
      let ok = true;
      for (let w = 1; w < v.words.length; w++) if (keys[j + w]?.restExact !== v.words[w]) ok = false;
      if (ok && (!best || j + v.words.length > best.end)) best = { entry: v.entry, end: j + v.words.length };
    }
  }
  return best;
}

/** محمد بن سلمان، زامير كابولوف: a given name and the name words after it. */
export function personFromGivenName(tokens: Token[], keys: EntityKeys[], i: number, ctx: EntityContext): EntityCandidate | null {
  const k = keys[i];
  if (!k) return null;
  let given: NameEntry | null = null;
  let ambiguous = false;
  let skip = 0;
  for (const f of k.exact) {
    for (const v of ctx.gazetteer.candidates(f.key)) {
      if (v.words.length === 1 && isGiven(v.entry)) {
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
    const particle = singleEntry(keys, i, ctx, (x) => isParticle(x), true);
    if (!particle || !['أبو', 'ابو', 'ابن', 'أبي', 'ابي', 'أم', 'عبد'].some((w) => looseKey(w) === keys[i]!.raw)) return null;
    // عبد الله … is read by the name run itself; أبو X needs X
    const start = keys[i]!.raw === ABD ? i : i + 1;
    const [e2, rest2, g2] = nameRun(tokens, keys, start, ctx);
    if (e2 <= i + 1) return null;
    const words = start === i ? rest2 : [particle.english, ...rest2];
    return { type: 'PERSON', from: i, to: e2, skip: 0, english: words.join(' '), guessed: g2, rule: 'given' };
  }
  const [end, rest, guessed] = nameRun(tokens, keys, i + 1, ctx, false);
  if (ambiguous) {
    // أمل، صباح، توفيق: a name only when another first name, a known person, an unknown word or a family-name
    // shaped word (الحكيم) follows
    const next = singleEntry(keys, i + 1, ctx, (x) => x.type === 'PERSON');
    const familyNext = tokens[i + 1] && keys[i + 1]!.raw.startsWith('ال') && familyNameLike(tokens[i + 1]!, ctx);
    if (end === i + 1 || (!next && !familyNext)) return null;
  }
  return { type: 'PERSON', from: i, to: end, skip, english: [given.english, ...rest].join(' '), guessed, rule: 'given' };
}

const BIN = looseKey('بن');
const NOT_NAMES = new Set(['prep', 'conj', 'part', 'pron', 'num', 'interj']);

/** سهل بن حنيف، بسر بن أرطأة: any word before بن and a name after it is a name, even one the lexicon knows. */
function nameBeforeBin(tokens: Token[], keys: EntityKeys[], i: number, ctx: EntityContext): EntityCandidate | null {
  if (keys[i + 1]?.raw !== BIN) return null;
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

/** وقال كابولوف: an unknown word right after a verb of saying. */
export function speakerAfterVerb(tokens: Token[], keys: EntityKeys[], i: number, ctx: EntityContext): EntityCandidate | null {
  if (!SPEECH.has(keys[i]?.raw ?? '')) return null;
  const [end, english, guessed] = nameRun(tokens, keys, i + 1, ctx);
  if (end === i + 1 || !guessed) return null;
  return { type: 'PERSON', from: i + 1, to: end, skip: 0, english: english.join(' '), guessed, rule: 'speaker' };
}

/**
 * Two or more unknown words in a row, none with the article (واين روني، دان غيلرمان): with the lexicon covering
 * nearly all common words, such a run is most often a foreign person's name.
 */
export function unknownNameRun(tokens: Token[], keys: EntityKeys[], i: number): EntityCandidate | null {
  if (!unknown(tokens[i]) || (i > 0 && unknown(tokens[i - 1]))) return null;
  const plain = (j: number) => unknown(tokens[j]) && !keys[j]!.raw.startsWith('ال') && keys[j]!.raw.length >= 3;
  let j = i;
  while (j < tokens.length && j - i < 4 && plain(j)) j++;
  if (j - i < 2) return null;
  const text = tokens
    .slice(i, j)
    .map((t) => t.text)
    .join(' ');
  return { type: 'PERSON', from: i, to: j, skip: 0, english: nameToEnglish(text), guessed: true, rule: 'speaker' };
}
