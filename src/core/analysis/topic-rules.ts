/**
 * Senses by what the text is about: in a sports report هدف is a goal, in an economy report أصل an asset. The topic
 * comes from the text's own words (text-topic.ts); the senses from the lexicon's `sport=` and `economy=` attributes.
 */
import { splitList, type Lexicon } from '../lexicon';
import type { Analysis } from '../model';
import { MARGIN, type ReadingRule, type RuleExample } from './rule-kit';

/** A sense for each topic a text can be about: a word's `sport=` senses in a sports report (هدف "goal"). */
function topicRule(topic: string, examples: RuleExample[], counterExamples: RuleExample[]): ReadingRule {
  const id = `topic-${topic}`;
  // the senses with the topic's first, by the reading's own list (a text about the topic asks for them at every word)
  const reordered = new WeakMap<readonly string[], string[]>();
  // a word of the topic among the close readings after the top one
  const closeTopicWord = (list: readonly Analysis[], lex: Lexicon): boolean => {
    for (let k = 1; k < list.length; k++) {
      const a = list[k]!;
      if (list[0]!.score - a.score > MARGIN) break;
      if (a.entryId !== undefined && lex.entries[a.entryId]?.attrs.topic === topic) return true;
    }
    return false;
  };
  return {
    id,
    description: `In a text about ${topic}, a word's ${topic}= senses come first`,
    phase: 'word',
    examples,
    counterExamples,
    // the word has senses for the topic, or a close reading that is a word of the topic
    appliesTo: (list, lex) => {
      const id = list[0]!.entryId;
      return (id !== undefined && !!lex.entries[id]?.attrs[topic]) || closeTopicWord(list, lex);
    },
    apply(tokens, i, lex, _phrase, textTopic) {
      if (textTopic !== topic) return null;
      const t = tokens[i]!;
      const top = t.analyses[0]!;
      const entry = top.entryId !== undefined ? lex.entries[top.entryId] : undefined;
      // a close reading that is a word of the topic itself wins (منتخب the national team, not "elected")
      if (entry?.attrs.topic !== topic) {
        for (let k = 1; k < t.analyses.length; k++) {
          const a = t.analyses[k]!;
          if (top.score - a.score > MARGIN) break;
          if (a.entryId !== undefined && lex.entries[a.entryId]?.attrs.topic === topic) return { index: k, reason: { rule: id } };
        }
      }
      const own = entry?.attrs[topic];
      if (!own) return null;
      let senses = reordered.get(top.gloss);
      if (!senses) {
        const first = splitList(own);
        senses = [...first, ...top.gloss.filter((g) => !first.includes(g))];
        reordered.set(top.gloss, senses);
      }
      if (top.gloss[0] === senses[0]) return null;
      return { index: 0, reason: { rule: id }, senses };
    },
  };
}

export const sportSenses = topicRule(
  'sport',
  [
    { text: 'سجل اللاعب هدفا في المباراة أمام الملعب المزدحم', word: 'هدفا', lemma: 'هدف', gloss: 'goal' },
    { text: 'تصدى حارس المنتخب لركلة في المباراة وخرج اللاعب', word: 'حارس', lemma: 'حارس', gloss: 'goalkeeper' },
    { text: 'فاز منتخب المغرب في المباراة على الملعب', word: 'منتخب', lemma: 'منتخب', gloss: 'national team' },
  ],
  [{ text: 'حققت الحكومة هدفا اقتصاديا', word: 'هدفا', gloss: 'aim' }],
);

export const economySenses = topicRule(
  'economy',
  [
    { text: 'باعت الشركة أصلا في البورصة مع تراجع التضخم', word: 'أصلا', lemma: 'أصل', gloss: 'asset' },
    { text: 'ارتفع تداول الأسهم في البورصة رغم التضخم', word: 'تداول', lemma: 'تداول', gloss: 'trading' },
  ],
  [{ text: 'عاد الكاتب إلى أصل القصة', word: 'أصل', gloss: 'origin' }],
);
