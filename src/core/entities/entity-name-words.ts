/** Which known words can be part of a person's name (family-name shapes, the words that end a name), and the verbs of saying a speaker follows. */
import type { EntityContext } from './entity-context';
import type { EntityKeys } from './entity-keys';
import { looseKey } from '../text';
import type { Token } from '../model';

/** Parts of speech that are no name word. */
export const NOT_NAMES = new Set(['prep', 'conj', 'part', 'pron', 'num', 'interj']);
/** Parts of speech that end a name run (a preposition, a conjunction). */
export const NAME_ENDERS = new Set(['prep', 'conj']);

// Words that follow a name but are not part of it (regnal numbers are: محمد السادس).
const NOT_NAME_PARTS = new Set(['الراحل', 'البالغ', 'الجديد', 'السابق', 'الحالي', 'نفسه', 'ذاته'].map((w) => looseKey(w)));

const MY = looseKey('ي');

/** Regnal numbers after a ruler's name and their English (محمد السادس "Mohammed VI", خوان كارلوس الأول "Juan Carlos I"). */
export const REGNAL = new Map(
  (
    [
      ['الأول', 'I'],
      ['الثاني', 'II'],
      ['الثالث', 'III'],
      ['الرابع', 'IV'],
      ['الخامس', 'V'],
      ['السادس', 'VI'],
      ['السابع', 'VII'],
      ['الثامن', 'VIII'],
      ['التاسع', 'IX'],
      ['العاشر', 'X'],
    ] as const
  ).map(([ar, en]) => [looseKey(ar), en]),
);
const ARTICLE = looseKey('ال');

/** Whether a word is a first name of the gazetteer written with the article (الحسني). */
function givenWithArticle(t: Token, ctx: EntityContext): boolean {
  const key = looseKey(t.text);
  if (!key.startsWith(ARTICLE)) return false;
  return ctx.gazetteer.single(key.slice(ARTICLE.length)).some((v) => v.entry.attrs.kind === 'given-name');
}

/**
 * A known word that can still be part of a name after a first name: a rarer noun or adjective written without
 * clitics (مبارك، مرسي), or a definite adjective, the shape of many family names (الحكيم، المصري).
 */
export function familyNameLike(t: Token, ctx: EntityContext, minFreq = 3): boolean {
  const top = t.analyses[0];
  // a suffix ي on a noun ("my …") is, after a name, the ي of a family name (جلال فياضي، محمد الصعيدي)
  const ownSuffix = (s: { role: string; text: string }) => s.role === 'enclitic' && looseKey(s.text) !== MY;
  if (!top || top.segments.some((s) => s.role === 'proclitic' || ownSuffix(s))) return false;
  const definite = top.segments.some((s) => s.role === 'article');
  // a first name with the article is a family name (محمود الحسني، عمر الحسيني)
  if (top.pos === 'propn' && definite) return givenWithArticle(t, ctx);
  if (top.pos !== 'noun' && top.pos !== 'adj' && !(top.pos === 'num' && definite)) return false;
  if (NOT_NAME_PARTS.has(looseKey(t.text)) || ctx.gazetteer.placeOfNisba(looseKey(t.text))) return false;
  const freq = top.entryId !== undefined ? (ctx.lexicon.entries[top.entryId]?.freq ?? 3) : 3;
  return definite ? top.pos === 'adj' || top.pos === 'num' || freq >= minFreq : freq >= minFreq;
}

/** A rarer noun or adjective ending in ي, a nisba or "my …" (فياضي): after a first name, a family name. */
export function nisbaSurname(t: Token, ctx: EntityContext): boolean {
  return looseKey(t.text).endsWith(MY) && familyNameLike(t, ctx);
}

/** Whether the word at j can only be part of a name here: an unknown word, or a definite adjective (العظمي). */
export function familyNameNext(tokens: Token[], keys: EntityKeys[], j: number, ctx: EntityContext): boolean {
  const t = tokens[j];
  if (!t || t.kind !== 'word') return false;
  return keys[j]!.unknown || (keys[j]!.raw.startsWith('ال') && t.analyses[0]?.pos === 'adj' && familyNameLike(t, ctx));
}

/**
 * Whether a word is a verb of saying (the lexicon's `class=reporting`: قال، أضاف، أكد) with its subject still to come:
 * he or she said (قال، وأضافت) or says (يقول، تقول), with no pronoun suffix.
 */
export function startsSpeech(t: Token | undefined, ctx: EntityContext): boolean {
  const top = t?.analyses[0];
  if (!top || top.pos !== 'verb' || top.entryId === undefined || top.segments.some((s) => s.role === 'enclitic')) return false;
  const g = top.grammar;
  const heOrShe = g.aspect === 'perfect' && g.number === 'singular' && g.person?.[0] === 3;
  const present = g.aspect === 'imperfect' && !g.person && !g.mood;
  return (heOrShe || present) && g.voice === 'active' && !!ctx.lexicon.entries[top.entryId]?.classes.includes('reporting');
}

/** Second words of names built like a construct (صلاح الدين، سيف الإسلام، عبد الله). */
const NAME_GENITIVES = new Set(['الدين', 'الله', 'الإسلام', 'الرحمن'].map((w) => looseKey(w)));

/**
 * A known word after a name that says something of the person rather than naming them: a state in the accusative
 * (جمال البدر شارحا "explaining"), a feminine adjective (شيرين عادل مرتدية "wearing"), or a noun heading a construct
 * with the word after it (محمد بن عبد الله رسول الإسلام "the messenger of Islam").
 */
export function describesName(tokens: Token[], e: number): boolean {
  const top = tokens[e]?.analyses[0];
  if (!top || top.pos === 'unknown' || top.pos === 'propn') return false;
  if (top.grammar.case === 'accusative') return true;
  if (top.pos === 'adj' && top.grammar.gender === 'feminine') return true;
  const next = tokens[e + 1];
  const after = next?.kind === 'word' ? next.analyses[0] : undefined;
  if (top.pos !== 'noun' || !after || top.segments.some((s) => s.role === 'article')) return false;
  const genitive = (after.pos === 'noun' || after.pos === 'propn') && !after.segments.some((s) => s.role === 'proclitic');
  return genitive && after.segments.some((s) => s.role === 'article') && !NAME_GENITIVES.has(looseKey(next!.text));
}
