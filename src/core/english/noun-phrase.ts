/**
 * English noun phrases from Arabic ones: the head with its adjectives before it, a construct chain with "of" (انسحاب
 * الولايات المتحدة "the withdrawal of the United States"), a title before a name (الرئيس فلاديمير بوتين "President
 * Vladimir Putin"), a superlative (أكبر قاعدة "the biggest base"), and the English article each one needs.
 */
import { countable, indefiniteArticle, takesThe } from './articles';
import { plural } from './english-words';
import type { Unit } from './unit';

export interface NounPhrase {
  text: string;
  plural?: boolean;
  /** the phrase is definite in Arabic (the article, a pronoun suffix, a definite genitive or a name) */
  definite: boolean;
}

/** Adverbs of degree, which English puts before the adjective they grade. */
export const DEGREE_WORD = /^(very|extremely|completely|quite|entirely|fully|highly|too)$/;

/** Personal pronouns, which take no adjectives of their own. */
const PERSONAL = /^(I|you|he|she|it|we|they)$/;

/** How deep a construct chain is followed (N1 of N2 of N3). */
const MAX_CHAIN = 2;
const isDemonstrative = (a: string) => a === 'this' || a === 'that';
/** Phrases of quantity that count the noun after them (العديد من "many", عدد من "a number of"). */
export const MANY = /^(many|numerous|several|a number of|a lot of|dozens of|hundreds of|thousands of|millions of)$/;
/** Words that are their noun's determiner (أي محاولة "any attempt", كل دولة "every country"). */
const QUANTIFIER = /^(any|every|each|which|whichever)$/;
/** English that brings its own determiner (a phrase glossed "a number of"). */
const OWN_DETERMINER = /^(a|an|the|some|any|several|many|most|all|each|every|both)\b/;

/** Whether a unit can be the second member of a construct (an un-prefixed noun, name or figure, not a date). */
const genitive = (u: Unit | undefined): u is Unit =>
  !!u && !u.pre && (u.kind === 'noun' || u.kind === 'name' || (u.kind === 'figure' && u.type !== 'DATE'));

/**
 * A noun phrase from units[i…]: head, following adjectives, and a construct chain. Returns the phrase and the index
 * after it. A bare phrase has no article of its own (it follows "the biggest", or a preposition that supplies one).
 */
/** A figure that counts the noun after it: digits, with a scale word or not (30, 6,000, 10 million, 2.5 billion). */
const COUNT = /^\d[\d,.]*( (thousand|million|billion|trillion))?$/;
/** Number words before the noun they count (ثلاثة مواسم "three seasons"). */
const CARDINAL = /^(three|four|five|six|seven|eight|nine|ten)$/;

/** أكثر من / أقل من: a comparison of quantity. */
export const COMPARISON = /^(more|less|fewer) than$/;
/** Number words whose plural counts a noun (hundreds, thousands, millions of …). */
const NUMBER_PLURAL = /^(ten|dozen|hundred|thousand|million|billion)$/;

export function nounPhrase(units: readonly Unit[], i: number, depth = 0, bare = false): [NounPhrase, number] {
  const head = units[i]!;
  const next = units[i + 1];
  // هو مستعد "he is ready": a pronoun takes no adjectives; one after it is what is said of it
  if (head.kind === 'pron' && (!head.pre || head.pre === 'and') && PERSONAL.test(head.en))
    return [{ text: head.en, plural: /^(we|they|you)$/.test(head.en), definite: true }, i + 1];
  // أكبر قاعدة أجنبية: an elative before an indefinite noun is a superlative, and so before a definite plural (أهم
  // اللاعبين "the most important players")
  if (head.kind === 'adj' && head.superlative && next?.kind === 'noun' && (!next.definite || next.plural) && !next.pre) {
    const [np, k] = nounPhrase(units, i + 1, depth, true);
    return [{ text: `the ${head.superlative} ${np.text}`, plural: np.plural, definite: true }, k];
  }
  // آلاف الأسر "thousands of families", عشرات الآلاف "tens of thousands": the plural of a number word counts the
  // plural noun after it, with no article on either
  if (head.kind === 'noun' && head.plural && !head.definite && !head.poss && NUMBER_PLURAL.test(head.en)) {
    if (next?.kind === 'noun' && next.definite && next.plural && !next.pre) {
      const [np, k] = nounPhrase(units, i + 1, depth + 1, true);
      return [{ text: `${plural(head.en)} of ${np.text}`, plural: true, definite: false }, k];
    }
  }
  // حوالي 30 حقيبة: a counted noun after a number is plural and takes no article ("30 bags"); so after a number with
  // its scale (10 ملايين وثيقة "10 million documents")
  if ((head.kind === 'figure' ? COUNT : CARDINAL).test(head.en) && next?.kind === 'noun' && !next.definite && !next.pre) {
    const [np, k] = nounPhrase(units, i + 1, depth, true);
    return [{ text: `${head.en} ${head.en === '1' || next.plural ? np.text : pluralHead(np.text)}`, plural: true, definite: false }, k];
  }
  // العديد من الوزراء "many ministers": a phrase of quantity counts the noun after it, which takes no article
  if (head.kind === 'noun' && head.phrase && MANY.test(head.en) && (next?.kind === 'noun' || next?.kind === 'name') && !next.pre) {
    const [np, k] = nounPhrase(units, i + 1, depth, true);
    return [
      { text: `${head.en} ${next.kind === 'noun' && !next.plural ? pluralHead(np.text) : np.text}`, plural: true, definite: false },
      k,
    ];
  }
  // أي محاولة "any attempt"; كل الدول "all the countries"
  if (QUANTIFIER.test(head.en) && (next?.kind === 'noun' || next?.kind === 'name') && !next.pre) {
    const [np, k] = nounPhrase(units, i + 1, depth, !next.definite);
    return [{ text: `${next.definite ? 'all' : head.en} ${np.text}`, plural: np.plural, definite: np.definite }, k];
  }
  const [adjs, j0] = adjectives(units, i + 1, head);
  let j = j0;
  const member = units[j];
  if (member?.kind === 'name' && member.type === 'PERSON' && !member.pre && head.kind === 'noun' && !adjs.length) {
    // الرئيس فلاديمير بوتين: a title before a name is "President Vladimir Putin", not "the president of …"
    return [{ text: `${head.en.replace(/\b[a-z]/g, (c) => c.toUpperCase())} ${member.en}`, definite: true }, j + 1];
  }
  const named = namedHead(units, head, member, adjs, j);
  if (named) return named;
  // حل واحد "one solution", في وقت واحد "at one time": واحد after an indefinite noun counts it
  if (
    head.kind === 'noun' &&
    !head.definite &&
    !head.poss &&
    !head.plural &&
    member?.kind === 'noun' &&
    member.en === 'one' &&
    !member.pre &&
    !member.definite
  )
    return [{ text: ['one', ...adjs, head.en].join(' '), definite: false }, j + 1];
  const noun = head.kind === 'noun' && head.plural ? `${head.dual ? 'two ' : ''}${plural(head.en)}` : head.en;
  const demonstrative = adjs.find(isDemonstrative);
  let text = [...adjs.filter((a) => !isDemonstrative(a)), noun].join(' ');
  // a construct's first noun never has the article (الرئيس المستشفى is subject and object, not "of")
  let tail: NounPhrase | undefined;
  if (
    depth < MAX_CHAIN &&
    genitive(member) &&
    head.kind === 'noun' &&
    !head.poss &&
    !adjs.length &&
    (!head.definite || head.openConstruct)
  ) {
    const [t, k] = nounPhrase(units, j, depth + 1);
    tail = t;
    j = k;
  }
  const definite = !!(head.definite || head.poss || demonstrative || tail?.definite || head.kind === 'name');
  const det = bare ? '' : determiner(head, noun, text, demonstrative, tail);
  text = [det, text, tail ? `of ${tail.text}` : ''].filter(Boolean).join(' ');
  // مكان آخر "another place"
  if (det === 'an' && text.startsWith('an other ')) text = `another ${text.slice(9)}`;
  return [{ text, plural: head.plural, definite }, j];
}

/** Nouns English puts before a name as its kind, with no "of" (the newspaper Kommersant). */
const NAMING_NOUN =
  /^(newspaper|agency|news agency|channel|magazine|website|site|radio|television|station|daily|weekly|company|firm|group|party|movement|ship|operation)$/;
/** Plural nouns of a country's people and partners, which English gives with the country's 's (Russia's allies). */
const RELATION_NOUN = /^(ally|neighbour|neighbor|enemy|partner|leader)$/;
/** Nouns of areas that English leaves out before the area's name (منطقة آسيا الوسطى "Central Asia"). */
const AREA_NOUN = /^(region|area)$/;

/**
 * A construct whose second member is the name the first one introduces: a region before its name is just the name
 * (منطقة الشرق الأوسط "the Middle East"), a country's allies or neighbours are "Russia's allies", and a newspaper, agency or party stands before its name with the adjectives
 * after the name (صحيفة "Izvestia" الروسية "the Russian newspaper Izvestia").
 */
function namedHead(units: readonly Unit[], head: Unit, member: Unit | undefined, adjs: string[], j: number): [NounPhrase, number] | null {
  if (head.kind !== 'noun' || head.definite || head.poss || adjs.length || member?.kind !== 'name' || member.pre) return null;
  // جامعة ستانفورد: a name whose English already says what the noun says is the name alone (Stanford University,
  // not "the university of Stanford University")
  if (!head.plural && !PART_NOUN.test(head.en) && nameSays(member.en, head.en)) {
    return [{ text: takesThe(member.en) ? `the ${member.en}` : member.en, definite: true }, j + 1];
  }
  if (AREA_NOUN.test(head.en) && member.type === 'LOCATION') {
    return [{ text: takesThe(member.en) ? `the ${member.en}` : member.en, definite: true }, j + 1];
  }
  if (RELATION_NOUN.test(head.en) && head.plural && member.type === 'LOCATION' && !takesThe(member.en)) {
    return [{ text: `${member.en}'s ${plural(head.en)}`, plural: true, definite: true }, j + 1];
  }
  if (!NAMING_NOUN.test(head.en) || member.type === 'PERSON' || member.type === 'LOCATION') return null;
  const [after, k] = adjectives(units, j + 1);
  return [{ text: ['the', ...after, head.en, member.en].join(' '), definite: true }, k];
}

/** Nouns of a part or side of a place (غرب الضفة الغربية "the west of the West Bank"): never the name itself. */
const PART_NOUN = /^(north|south|east|west|centre|center|middle|heart|part|outskirts|edge|side)$/;

/** Whether a name's English has the noun as one of its words (Stanford University has "university"). */
const nameSays = (name: string, noun: string): boolean =>
  name
    .toLowerCase()
    .split(/[\s-]+/)
    .includes(noun.toLowerCase());

/** The plural of a noun phrase's head noun (the word before any "of …"): bag of leather → bags of leather. */
function pluralHead(text: string): string {
  const at = text.indexOf(' of ');
  return at < 0 ? plural(text) : `${plural(text.slice(0, at))}${text.slice(at)}`;
}

/**
 * The adjectives after a head, in English order: a describing one first, then a classifying nisba, a nationality
 * next to the noun (خطة اقتصادية جديدة "a new economic plan", اتفاقية مصرية جديدة "a new Egyptian agreement"); two
 * joined by "and" stay together (الوضع السياسي والعسكري "the political and military situation").
 */
function adjectives(units: readonly Unit[], j: number, head?: Unit): [string[], number] {
  const groups: { text: string; rank: number }[] = [];
  // after a definite noun an indefinite adjective is not its attribute but what is said of it (الحل ممكن "the
  // solution is possible")
  const definiteHead = !!head && (head.definite || !!head.poss || head.kind === 'name');
  for (; j < units.length; j++) {
    const u = units[j]!;
    // (and an elative before a noun opens a superlative of its own: القاهرة أكبر مدينة "Cairo is the largest city")
    const opensSuperlative = !!u.superlative && units[j + 1]?.kind === 'noun' && !units[j + 1]!.pre;
    if (definiteHead && u.kind === 'adj' && !u.definite && (!u.superlative || opensSuperlative) && /^[a-z]/.test(u.en)) break;
    const joined = u.pre === 'and' && groups.length && units[j + 1]?.kind !== 'name';
    if (u.kind !== 'adj' || (u.pre && !joined)) break;
    // سيارات أكثر من ألمانيا: a comparison after the noun is not its adjective ("more cars than Germany")
    if (COMPARISON.test(u.en)) break;
    const rank = /^[A-Z]/.test(u.en) ? 2 : u.classifier ? 1 : 0;
    // كبير جدا "very large": a word of degree after the adjective goes before it
    const degree = units[j + 1]?.kind === 'adv' && !units[j + 1]!.pre && DEGREE_WORD.test(units[j + 1]!.en) ? units[j + 1]!.en : '';
    const en = degree ? `${degree} ${u.en}` : u.en;
    if (joined) groups[groups.length - 1]!.text += ` and ${en}`;
    else groups.push({ text: en, rank });
    if (degree) j++;
  }
  return [groups.sort((x, y) => x.rank - y.rank).map((g) => g.text), j];
}

/** The English determiner of a noun phrase: its, this/these, the, a/an or none. */
function determiner(head: Unit, noun: string, text: string, demonstrative: string | undefined, tail: NounPhrase | undefined): string {
  if (head.poss) return head.poss;
  if (OWN_DETERMINER.test(head.en)) return '';
  if (demonstrative) return head.plural ? (demonstrative === 'this' ? 'these' : 'those') : demonstrative;
  if (head.kind === 'name') return head.type !== 'PERSON' && takesThe(head.en) ? 'the' : '';
  if (head.kind !== 'noun') return '';
  // Arabic puts the article on generic mass nouns (الاستقرار، المعلومات); English does not
  if (head.bareDefinite && !countable(noun)) return '';
  if (head.definite) return countable(noun) || tail ? 'the' : '';
  if (tail?.definite) return 'the';
  return !head.plural && countable(noun) ? indefiniteArticle(text) : '';
}
