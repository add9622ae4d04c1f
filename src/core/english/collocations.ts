/**
 * Light verbs and their nouns. Arabic news says أجرى محادثات, عقد اجتماعا, أرسى أسسا; English says hold talks, hold a
 * meeting, lay the foundations. The phrase list has these pairs, but a pair matches there only when its words are
 * adjacent, and in a verb-first clause the subject stands between them (تجري الولايات المتحدة وروسيا محادثات). Here a
 * verb, or a verbal noun standing for its verb, is paired with the nouns that follow it in its clause.
 */
import type { PhraseIndex } from '../lexicon';
import type { Token } from '../model';
import type { Unit } from './unit';

/** How far after the verb its object may stand (the subject, maybe two names joined by "and", comes first). */
const OBJECT_WINDOW = 6;
const ARTICLE = /^(a|an|the)$/;

/** An English light-verb phrase split into its verb and its noun: "hold a meeting" → ["hold", "meeting", ""]. */
export function splitCollocation(gloss: string): { verb: string; noun: string; article: string } | null {
  const words = gloss.split(' ');
  if (words.length < 2) return null;
  const art = words.findIndex((w) => ARTICLE.test(w));
  const at = art > 0 ? art : words.length - 1;
  const noun = words.slice(art > 0 ? art + 1 : at).join(' ');
  if (!noun) return null;
  return { verb: words.slice(0, at).join(' '), noun, article: art > 0 ? words[art]! : '' };
}

/** The first English word of a sense ("cut production" → cut). */
const firstWord = (g: string): string => g.trim().split(/[\s(]/)[0]!.toLowerCase();

/** English verbs that head the sense of many verb phrases whatever the Arabic verb (نقل إلى المستشفى "take to hospital"). */
const LIGHT_VERBS = new Set(
  // and "it", which opens an impersonal sense (يذكر أن "it is worth noting that")
  'it be take make have give get put set lay do go come keep hold pay cast launch impose open play run bring carry reach win lose hit meet raise express voice'.split(
    ' ',
  ),
);

/**
 * The sense of a phrase that reads as its verb does: one starting with one of the verb's senses or a light verb
 * (خفض الإنتاج: "cut production", not "production cuts"); undefined when the list means the phrase as a noun only.
 */
export function verbalSense(phraseSenses: readonly string[], verbSenses: readonly string[]): string | undefined {
  const verbs = new Set(verbSenses.map(firstWord));
  return phraseSenses.find((g) => verbs.has(firstWord(g)) || LIGHT_VERBS.has(firstWord(g)));
}

/** A token standing for a verb lemma only (the verb of a verbal noun), for the phrase index. */
const lemmaToken = (lemma: string): Token => ({ text: lemma, start: 0, end: 0, kind: 'word', analyses: [] });

/** The two-word phrase "verb noun" of the index, if there is one. */
function pairGloss(index: PhraseIndex, verb: Token, noun: Token, verbSenses: readonly string[]): string | undefined {
  const pair = [verb, noun];
  const m = index.matchAt(pair, (k) => index.phraseWord(pair[k]!), 0);
  return m && m[1] === 2 ? verbalSense(m[0].gloss, verbSenses) : undefined;
}

/**
 * Gives each verb (and each verbal noun read as its verb) whose object forms a known pair with it the pair's English
 * verb, and the object the pair's English noun: تجري … محادثات → hold … talks.
 */
export function applyCollocations(units: Unit[], tokens: readonly Token[], index: PhraseIndex): void {
  for (let i = 0; i < units.length; i++) {
    const v = units[i]!;
    const verbal = v.kind === 'noun' ? v.verbal : undefined;
    if ((v.kind !== 'verb' && !verbal) || v.phrase) continue;
    const verbToken = verbal ? lemmaToken(verbal.lemma) : tokens[v.tokenIndex]!;
    for (let j = i + 1; j < Math.min(units.length, i + 1 + OBJECT_WINDOW); j++) {
      const o = units[j]!;
      if (o.kind === 'stop' || o.kind === 'verb' || o.kind === 'that' || o.kind === 'rel' || o.kind === 'prep') break;
      if (o.kind !== 'noun' || o.pre === 'for' || o.pre === 'with' || o.pre === 'in') continue;
      const senses = verbal ? [verbal.en] : (tokens[v.tokenIndex]!.analyses[0]?.gloss ?? [v.en]);
      const gloss = pairGloss(index, verbToken, tokens[o.tokenIndex]!, senses);
      const parts = gloss
        ? splitCollocation(
            gloss
              .replace(/\([^)]*\)/g, '')
              .replace(/\s+/g, ' ')
              .trim(),
          )
        : null;
      if (!parts) continue;
      if (verbal) verbal.en = parts.verb;
      else v.en = parts.verb;
      // a phrase (اجتماعا طارئا "emergency meeting") keeps its own English
      if (o.phrase) break;
      o.en = parts.noun;
      if (parts.article === 'the') o.definite = true;
      if (/s$/.test(parts.noun) && !o.plural) o.plural = true;
      break;
    }
  }
}
