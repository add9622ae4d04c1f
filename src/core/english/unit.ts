/** A unit of the offline English: a token, phrase or entity with its English rendering and grammatical role. */
import type { Entity } from '../model';

/** The English modal a verb carries: can, must, may, or the perfect's has/had. */
export type Modal = 'can' | 'must' | 'should' | 'may' | 'has' | 'had';

export type UnitKind =
  | 'name'
  | 'figure'
  | 'noun'
  | 'adj'
  | 'verb'
  | 'prep'
  | 'that'
  | 'rel'
  | 'conj'
  | 'neg'
  | 'future'
  | 'aux'
  | 'done'
  | 'skip'
  | 'pron'
  | 'adv'
  | 'stop'
  | 'modal';

export interface Unit {
  kind: UnitKind;
  /** English of the unit (base form for verbs, singular for nouns) */
  en: string;
  /** English of the proclitic preposition or conjunction attached to it (and, in, to, as) */
  pre?: string;
  /** possessive or object pronoun from an enclitic (its, their / it, them) */
  poss?: string;
  obj?: string;
  plural?: boolean;
  /** a noun in the dual (عامين "two years", الطرفان "the two parties") */
  dual?: boolean;
  /** a singular noun written with ة (a feminine noun: المدينة): never the subject of a masculine verb before it */
  feminine?: boolean;
  /** a verb in the third person masculine singular (زار): its subject after it is masculine */
  masculine?: boolean;
  definite?: boolean;
  /** a noun written with its accusative ending (عرضاً، ظروفاً): an object or an adverbial, never a subject */
  accusative?: boolean;
  passive?: boolean;
  tense?: 'past' | 'present';
  type?: Entity['type'];
  /** a verbal noun's verb: its lemma (to pair it with its object) and English (for تم + masdar, ل + masdar) */
  verbal?: { lemma: string; en: string; throughBi?: boolean; governs?: string };
  /** the modal a verb carries (can, must, may, has, had) */
  modal?: Modal;
  /** a word the lexicon does not know, written out as a name: the rules are not sure of it */
  guessed?: boolean;
  /** a verb's own subject pronoun (he, she, they, we, I), for a clause that names no subject */
  person?: string;
  /** a verb whose pronoun is its subject whatever follows (لديها "it has"): the noun phrase after it is its object */
  ownSubject?: boolean;
  /** a verb that takes its object through بـ (أضر بـ "harm"): the بـ is not "with" */
  throughBi?: boolean;
  /** the English of the preposition word its object follows (gov=على: "on"), which English leaves out */
  governs?: string;
  /** the loose key of the pronoun suffix behind poss (ه is "his" after a person, "its" after a thing) */
  pronoun?: string;
  /** the unit is a phrase of the phrase list (its English is the phrase's, not its first word's) */
  phrase?: boolean;
  /** a phrase definite by a later word only: English gives it no article (خفض المخاطر "risk reduction") */
  bareDefinite?: boolean;
  /**
   * a phrase whose last word is a noun in the construct state (القائم بأعمال + السفارة): the noun after it is its
   * "of …", although the phrase itself is definite ("the chargé d'affaires of the embassy")
   */
  openConstruct?: boolean;
  /** a classifying adjective (a nisba: economic, regional), which English puts next to the noun */
  classifier?: boolean;
  /** an elative adjective's superlative (أكبر قاعدة "the biggest base") */
  superlative?: string;
  /** a person's name without the title the text gives before it */
  short?: string;
  /** inside brackets: an aside the gist may drop */
  aside?: boolean;
  /** inside quotation marks */
  quoted?: boolean;
  tokenIndex: number;
}
