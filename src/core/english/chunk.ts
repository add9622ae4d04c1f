/** The chunks of the offline gist (chunks.ts makes them, gist.ts orders and renders them). */
import type { Modal } from './unit';

export interface VerbChunk {
  base: string;
  tense: 'past' | 'present';
  neg?: 'past' | 'present' | 'future';
  future?: boolean;
  /** the future comes only from a date ahead in the clause (يزور … غدا), not from سـ or سوف */
  dated?: boolean;
  passive?: boolean;
  aux?: boolean;
  obj?: string;
  /** third person masculine singular (زار): a feminine noun after it is not its subject */
  masculine?: boolean;
  /** the subject pronoun of the verb form (he, she, they …), said when the clause names no subject */
  person?: string;
  /** the pronoun is the subject whatever follows (لديها "it has") */
  ownSubject?: boolean;
  /** can, must, may; has/had for the perfect */
  modal?: Modal;
  /** the bare verb of a mandative "that" clause (… that the US use) */
  bare?: boolean;
  /** كان + a present verb: what was going on (كان يقيم "was staying") */
  progressive?: boolean;
}

export interface Chunk {
  kind: 'np' | 'pp' | 'vp' | 'that' | 'rel' | 'conj' | 'adv' | 'stop';
  text: string;
  /** for a vp: pieces to inflect once the subject is known */
  verb?: VerbChunk;
  plural?: boolean;
  /** from inside brackets */
  aside?: boolean;
  /** from inside quotation marks */
  quoted?: boolean;
  /** a date or time (never a verb's subject) */
  time?: boolean;
  /** an adjective said of the noun phrase before it, in a clause with no verb: "is" goes between them */
  predicate?: boolean;
  /** an indefinite noun phrase (خطوة، مشاريع): a verb right after it may describe it (a move that aims …) */
  indefinite?: boolean;
  /** a noun phrase whose head is a feminine singular noun (المدينة): not the subject of a masculine verb */
  feminine?: boolean;
  /** a noun phrase whose head is written in the accusative (تقدّم عرضاً): the verb's object, never its subject */
  accusative?: boolean;
  /** a preposition and a place's name alone (in Geneva): what "the same city" may stand for */
  place?: boolean;
  /** the text with a person's name without the title before it, for a gist that is still too long */
  short?: string;
}
