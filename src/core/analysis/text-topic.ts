/**
 * What a text is about, from the words the lexicon marks with `topic=` (مباراة، لاعب for sport; بورصة، تضخم for the
 * economy). The topic decides the sense of words the lexicon gives a topic sense: هدف is "goal" in a match report.
 */
import type { Lexicon } from '../lexicon';
import type { Token } from '../model';

/** A topic needs this many of its words, and at least one word in PER_WORDS of the text. */
const MIN_MARKERS = 2;
const PER_WORDS = 200;

/** The topic most of the text's marked words name, when they are enough; undefined otherwise. */
export function textTopic(tokens: readonly Token[], lex: Lexicon): string | undefined {
  const counts = new Map<string, number>();
  let words = 0;
  // an index loop: this runs once per text, before the engine optimises it, and an unoptimised for-of allocates a
  // result object per token
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    words++;
    const id = t.analyses[0]?.entryId;
    const topic = id !== undefined ? lex.entries[id]?.attrs.topic : undefined;
    if (topic) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  }
  let best: string | undefined;
  let most = 0;
  for (const [topic, n] of counts) if (n > most) [best, most] = [topic, n];
  return most >= MIN_MARKERS && most * PER_WORDS >= words ? best : undefined;
}
