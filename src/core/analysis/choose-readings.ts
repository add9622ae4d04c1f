/**
 * Applies the context rules to an analysed text: the reading a rule chooses moves to the front of the token's
 * readings (a copy: the analyser's cached lists are shared between tokens), with the reason that chose it, so the
 * tooltip, the interlinear gloss, the English and a saved word all follow the same reading.
 */
import type { Lexicon } from '../lexicon';
import type { Analysis, Phrase, Token } from '../model';
import { textTopic } from './text-topic';
import { READING_RULES, type ReadingChoice, type ReadingRule } from './reading-rules';

/**
 * The lists made by each choice, by the list chosen from: the analyser's lists are shared by every token of a word,
 * and a text repeats its words, so the same choice on the same list gives the same list (never changed once made).
 */
const CHOSEN = new WeakMap<readonly Analysis[], Map<string, Analysis[]>>();

/** The token's readings with the chosen one first, carrying its reason, senses and proclitic English. */
export function applyChoice(list: readonly Analysis[], c: ReadingChoice): Analysis[] {
  let made = CHOSEN.get(list);
  if (!made) CHOSEN.set(list, (made = new Map()));
  const key = `${c.index}\u0001${c.reason.rule}\u0001${c.reason.word ?? ''}\u0001${c.senses?.join('\u0002') ?? ''}\u0001${c.proclitic ?? ''}`;
  let out = made.get(key);
  if (!out) made.set(key, (out = choose1(list, c)));
  return out;
}

function choose1(list: readonly Analysis[], c: ReadingChoice): Analysis[] {
  const a = list[c.index]!;
  const chosen: Analysis = { ...a, reason: c.reason };
  const senses = c.senses;
  if (senses || c.proclitic) {
    const last = a.segments.map((s) => s.role).lastIndexOf('proclitic');
    chosen.segments = a.segments.map((s, k) =>
      s.role === 'stem' && senses ? { ...s, gloss: senses[0] } : k === last && c.proclitic ? { ...s, gloss: c.proclitic } : s,
    );
  }
  if (senses) chosen.gloss = senses;
  return [chosen, ...list.filter((_, k) => k !== c.index)];
}

const WORD_RULES = READING_RULES.filter((r) => r.phase === 'word');
const PHRASE_RULES = READING_RULES.filter((r) => r.phase === 'phrase');

/** The first choice of `rules` for token i, applied. */
function choose(rules: readonly ReadingRule[], tokens: Token[], i: number, lex: Lexicon, phrase?: Phrase, topic?: string): void {
  const t = tokens[i]!;
  if (t.kind !== 'word' || !t.analyses.length || t.analyses[0]!.pos === 'unknown') return;
  for (const rule of rules) {
    const c = rule.apply(tokens, i, lex, phrase, topic);
    if (c) {
      t.analyses = applyChoice(t.analyses, c);
      return;
    }
  }
}

/** The rules that may decide a list of readings by their word tests (`appliesTo`), a bit per rule (rules.length < 32). */
function ruleMask(rules: readonly ReadingRule[], list: readonly Analysis[], lex: Lexicon): number {
  let mask = 0;
  for (let r = 0; r < rules.length; r++) if (!rules[r]!.appliesTo || rules[r]!.appliesTo!(list, lex)) mask |= 1 << r;
  return mask;
}

/**
 * Runs the word rules over every word, left to right (a word sees the reading already chosen before it). The rules'
 * word tests run once per list of readings (a text repeats its words, which share their lists), not at every token.
 */
export function chooseReadings(tokens: Token[], lex: Lexicon): void {
  const topic = textTopic(tokens, lex);
  const masks = new Map<readonly Analysis[], number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !t.analyses.length || t.analyses[0]!.pos === 'unknown') continue;
    let mask = masks.get(t.analyses);
    if (mask === undefined) masks.set(t.analyses, (mask = ruleMask(WORD_RULES, t.analyses, lex)));
    for (let r = 0; r < WORD_RULES.length; r++) {
      if (!(mask & (1 << r))) continue;
      const c = WORD_RULES[r]!.apply(tokens, i, lex, undefined, topic);
      if (c) {
        t.analyses = applyChoice(t.analyses, c);
        break;
      }
    }
  }
}

/** Runs the phrase rules over the words of each phrase found. */
export function choosePhraseReadings(tokens: Token[], phrases: readonly Phrase[], lex: Lexicon): void {
  for (const p of phrases) for (let i = p.tokenStart; i < p.tokenEnd; i++) choose(PHRASE_RULES, tokens, i, lex, p);
}
