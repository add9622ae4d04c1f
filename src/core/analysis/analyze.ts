/** The whole analysis of a text: tokens with morphology, phrases, entities and the English summary. */
import { englishSentences, type SentenceEnglish } from '../english';
import { addCaseEndings } from './case-endings';
import { choosePhraseReadings, chooseReadings } from './choose-readings';
import { findEntities } from '../entities';
import { Gazetteer } from '../lexicon';
import { F } from '../inflection';
import { detectLanguage } from '../text';
import { Lexicon } from '../lexicon';
import { splitList, unpackData, type LexiconData, type PackedLexiconData } from '../lexicon';
import { looseKey, strictKey } from '../text';
import { analyzeWord, type WordContext } from '../morphology';
import { grammar, NO_GRAMMAR, type Analysis, type Grammar } from '../model';
import { PhraseIndex, phraseWordsOf } from '../lexicon';
import { summarize } from '../summary';
import { splitSentences, tokenize } from '../text';
import type { Phrase, TextAnalysis, Token } from '../model';

const VERBAL_PARTICLES = new Set(['قد', 'لقد', 'لم', 'لن', 'أن', 'ان', 'سوف', 'لا', 'كي', 'لكي', 'وقد', 'ولم', 'ولن', 'فقد']);
const CACHE_LIMIT = 50000;
/** words analysed between two pauses of analyzeSteps() */
const STEP_TOKENS = 400;
/** The forms a word is commonly met in: singular, plural, feminine; he, she, they did; he does, they do. */
const COMMON_FORMS = new Set<Grammar>([
  NO_GRAMMAR,
  grammar({ number: 'plural' }),
  grammar({ gender: 'feminine' }),
  grammar({ aspect: 'perfect', voice: 'active', person: [3], number: 'singular', gender: 'masculine' }),
  grammar({ aspect: 'perfect', voice: 'active', person: [3], number: 'singular', gender: 'feminine' }),
  grammar({ aspect: 'imperfect', voice: 'active' }),
  grammar({ aspect: 'imperfect', voice: 'active', person: [2, 3], number: 'plural', gender: 'masculine' }),
]);

const NO_CONTEXT: WordContext = Object.freeze({});
const NO_ANALYSES: Analysis[] = [];
const CONTEXTS: readonly WordContext[] = [0, 1, 2, 3, 4, 5, 6, 7].map((bits) =>
  Object.freeze({ afterPreposition: (bits & 1) !== 0, afterVerbalParticle: (bits & 2) !== 0, afterVerb: (bits & 4) !== 0 }),
);
const contextBits = (c: WordContext): number => (c.afterPreposition ? 1 : 0) | (c.afterVerbalParticle ? 2 : 0) | (c.afterVerb ? 4 : 0);

/** The context the previous token sets for the next word (shared frozen objects, one per combination). */
function contextAfter(prev: Token): WordContext {
  if (prev.kind !== 'word') return NO_CONTEXT;
  const top = prev.analyses[0];
  let bits = top?.pos === 'prep' && top.segments.length === 1 ? 1 : 0;
  if (VERBAL_PARTICLES.has(prev.text)) bits |= 2;
  else if (top?.pos === 'verb') bits |= 4;
  return bits ? CONTEXTS[bits]! : NO_CONTEXT;
}

/** Analyses by word, one map per context combination, emptied as a whole when it grows too big. */
class WordCache {
  private readonly maps = CONTEXTS.map(() => new Map<string, Analysis[]>());
  private size = 0;

  forContext(ctx: WordContext): Map<string, Analysis[]> {
    return this.maps[contextBits(ctx)]!;
  }

  add(map: Map<string, Analysis[]>, text: string, a: Analysis[]): void {
    if (this.size >= CACHE_LIMIT) this.clear();
    map.set(text, a);
    this.size++;
  }

  clear(): void {
    for (const m of this.maps) m.clear();
    this.size = 0;
  }
}

export interface AnalyzeOptions {
  title?: string;
  /** skip entities and summary */
  wordsOnly?: boolean;
  /** skip the summary (hover lookups need tokens, phrases and entities) */
  noSummary?: boolean;
}

export class Analyzer {
  readonly lexicon: Lexicon;
  readonly phrases: PhraseIndex;
  readonly gazetteer: Gazetteer;
  private readonly cache = new WordCache();

  /** `input`: the data as the asset ships it (packed rows) or with its rows as arrays (tests, the build). */
  constructor(input: LexiconData | PackedLexiconData) {
    const data = unpackData(input);
    this.lexicon = new Lexicon(data);
    this.phrases = new PhraseIndex(data.phrases);
    this.gazetteer = new Gazetteer(data.gazetteer);
    // a one-word name that the lexicon also knows as a common word needs context to count as a name
    this.gazetteer.markAmbiguous((key, type) => {
      const bare = key.startsWith('\u0627\u0644') && key.length > 3 ? key.slice(2) : key;
      const hits = this.lexicon.lookupForm(bare);
      // only the word's common forms count (روسيا is also رُوسِيّ + accusative alef, الصين a passive of صان);
      // a place or body must be a very common word to lose (لبنان is not لبن, حماس is Hamas), a person a fairly common one
      const maxFreq = type === 'PERSON' ? 3 : 2;
      return hits.some(
        (h) =>
          h.entry.id < data.lemmas.length && // the lexicon's own words, not names or nisbas taken from the gazetteer
          h.entry.pos !== 'propn' &&
          h.entry.freq <= maxFreq &&
          !(h.flags & F.RARE) &&
          COMMON_FORMS.has(h.grammar),
      );
    });
    // names and nisbas become lexicon words too; the shipped index holds them already (the build ran this loop)
    for (const e of this.lexicon.hasNames ? [] : this.gazetteer.entries) {
      // particles (بن، أبو) are words of their own; a given name that is as often a common word (أمل) stays that word
      if (e.attrs.kind === 'name-particle' || (e.attrs.kind === 'given-name' && e.attrs.ambiguous === 'yes')) continue;
      const vowelled = splitList(e.attrs.vowelled);
      for (const v of e.variants) {
        if (v.includes(' ')) continue;
        // the name as read (vowelled=العِراق), for the variant spelled with its letters
        const read = vowelled.find((x) => looseKey(strictKey(x)) === looseKey(strictKey(v)));
        this.lexicon.addName(v, e.english, e.attrs.kind ?? e.type.toLowerCase(), read);
      }
      const demonym = e.attrs.demonym;
      if (demonym) for (const n of splitList(e.attrs.nisba)) this.lexicon.addNisba(n, demonym, e.english);
    }
  }

  /** Analyses of one word in context, best first (cached). */
  word(text: string, ctx: WordContext = NO_CONTEXT): Analysis[] {
    const map = this.cache.forContext(ctx);
    let a = map.get(text);
    if (!a) {
      a = analyzeWord(this.lexicon, text, ctx);
      this.cache.add(map, text, a);
    }
    return a;
  }

  /** The English of every sentence of an analysis (the bilingual view's column), in order. */
  english(a: TextAnalysis): SentenceEnglish[] {
    return englishSentences(a, this.lexicon, this.phrases);
  }

  /** Analyses a whole text. Never throws on any string. */
  analyze(text: string, opts: AnalyzeOptions = {}): TextAnalysis {
    const steps = this.analyzeSteps(text, opts);
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
    }
  }

  /**
   * The same analysis as resumable steps: it yields every few hundred words and between its phases, so a caller that
   * must stay responsive (the service worker answering hovers while it analyses an article) can pause it there.
   */
  *analyzeSteps(text: string, opts: AnalyzeOptions = {}): Generator<void, TextAnalysis> {
    const raw = tokenize(text);
    yield;
    // the raw tokens become the analysed ones in place (one object per token, not two)
    const tokens = raw as Token[];
    let prev: Token | undefined;
    for (let i = 0; i < tokens.length; i++) {
      const tok = tokens[i]!;
      tok.analyses = tok.kind === 'word' ? this.word(tok.text, prev ? contextAfter(prev) : NO_CONTEXT) : NO_ANALYSES;
      prev = tok;
      if (i % STEP_TOKENS === STEP_TOKENS - 1) yield;
    }
    chooseReadings(tokens, this.lexicon);
    const sentences = splitSentences(text, raw);
    const wordAt = phraseWordsOf(this.phrases, tokens);
    const phrases: Phrase[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const m = this.phrases.matchAt(tokens, wordAt, i);
      if (!m) continue;
      const [p, end] = m;
      const a = tokens[i]!;
      const b = tokens[end - 1]!;
      phrases.push({
        text: text.slice(a.start, b.end),
        start: a.start,
        end: b.end,
        gloss: p.gloss,
        firstWord: p.words[0],
        tokenStart: i,
        tokenEnd: end,
      });
      i = end - 1;
    }
    choosePhraseReadings(tokens, phrases, this.lexicon);
    // the case endings follow the readings chosen in context and in phrases
    addCaseEndings(tokens, text);
    // a short headline or hovered sentence is Arabic too: one Arabic letter is enough here (a page needs more)
    const language = detectLanguage(text, 1);
    const result: TextAnalysis = {
      text,
      language,
      title: opts.title,
      tokens,
      phrases,
      entities: [],
      summary: { headline: '', points: [] },
      sentences,
    };
    if (opts.wordsOnly || language !== 'ar') return result;
    yield;
    result.entities = findEntities(result, { gazetteer: this.gazetteer, lexicon: this.lexicon });
    yield;
    if (!opts.noSummary) result.summary = summarize(result, this.lexicon, this.phrases);
    return result;
  }
}
