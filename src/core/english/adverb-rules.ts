/**
 * Word-unit rules that make an English adverb: اليوم standing alone ("today"), an Arabic phrase of manner, بشكل or
 * بصورة + an adjective (بشكل قانوني "legally"), and an adjective in the accusative after its verb (تحسن الوضع كثيرا
 * "improved a lot"). They are
 * part of WORD_UNIT_RULES (word-unit-rules.ts), in this order.
 */
import { looseKey } from '../text';
import type { Analysis } from '../model';
import { adverbOf } from './adjective-forms';
import { firstSense } from './english-words';
import type { WordUnitRule } from './word-site';

/** Nouns of manner that ب and an adjective make an adverb of (بشكل، بصورة). */
const MANNER_NOUNS = new Set(['شكل', 'صورة'].map((w) => looseKey(w)));
const BI = looseKey('ب');
/** Verbs whose accusative complement is what the subject is or becomes (صار، بدا، ظل). */
const LINKING = /^(be|become|remain|seem|appear|look|stay|turn|grow|keep)\b/;
const hasArticle = (a: Analysis | undefined) => !!a?.segments.some((s) => s.role === 'article');
const DAY = looseKey('يوم');
/** What a word after اليوم may be that makes it "the day" of something (اليوم التالي، اليوم الأول من، اليوم 15). */
const DESCRIBES_DAY = new Set(['adj', 'noun', 'propn', 'num']);

export const ADVERB_RULES: readonly WordUnitRule[] = [
  {
    id: 'today',
    description:
      'اليوم with nothing after it that describes it is "today" (الاعتقال الذي حدث اليوم "the arrest that happened today"); with an adjective or a noun after it, it is "the day" (اليوم التالي "the next day")',
    examples: [
      { text: 'وصل الوزير اليوم إلى القاهرة', word: 'اليوم', kind: 'adv', en: 'today' },
      { text: 'الاعتقال الذي حدث اليوم.', word: 'اليوم', kind: 'adv', en: 'today' },
    ],
    counterExamples: [
      { text: 'في اليوم التالي وصل الوزير', word: 'اليوم' },
      { text: 'في ذلك اليوم وصل الوزير', word: 'اليوم' },
    ],
    apply: (w) => {
      if (w.lemmaKey !== DAY || !hasArticle(w.top) || w.enc || w.pros.length || w.top.grammar.number) return null;
      const next = w.tokens[w.i + 1];
      const after = next?.kind === 'word' ? next.analyses[0] : undefined;
      if ((after && DESCRIBES_DAY.has(after.pos)) || next?.kind === 'number') return null;
      // ذلك اليوم "that day", في اليوم "on the day"
      const prev = w.units[w.units.length - 1];
      // (حتى اليوم "until today")
      if (prev && (prev.kind === 'adj' || (prev.kind === 'prep' && !/^(until|since)$/.test(prev.en)))) return null;
      return { units: [{ kind: 'adv', en: 'today' }] };
    },
  },
  {
    id: 'manner-adverb',
    description:
      'بشكل or بصورة ("in a … form") and the adjective after it are one adverb of manner (بشكل قانوني "legally", بصورة جيدة "well")',
    examples: [
      { text: 'تم اعتماد القرار بشكل قانوني', word: 'بشكل', kind: 'adv', en: 'legally' },
      { text: 'يعمل الفريق بصورة جيدة', word: 'بصورة', kind: 'adv', en: 'well' },
    ],
    counterExamples: [{ text: 'رسم الطفل بشكل الدائرة', word: 'بشكل' }],
    apply: (w) => {
      if (!MANNER_NOUNS.has(w.lemmaKey) || w.pros.join('') !== BI || w.enc) return null;
      const adj = w.tokens[w.i + 1]?.analyses[0];
      if (!adj || adj.pos !== 'adj' || hasArticle(adj) || adj.segments.length !== 1) return null;
      const en = adverbOf(firstSense(adj.gloss));
      return en ? { units: [{ kind: 'adv', en }], last: w.i + 1 } : null;
    },
  },
  {
    id: 'accusative-adverb',
    description:
      'an adjective in the accusative (كثيرا، سريعا) that follows no indefinite noun it could describe says how the action goes: an adverb (تحسن الوضع كثيرا "improved a lot")',
    examples: [
      { text: 'تحسن الوضع كثيرا', word: 'كثيرا', kind: 'adv', en: 'a lot' },
      { text: 'تقدم الجيش بطيئا نحو المدينة', word: 'بطيئا', kind: 'adv', en: 'slowly' },
    ],
    counterExamples: [{ text: 'حقق الفريق فوزا كبيرا', word: 'كبيرا' }],
    apply: (w) => {
      if (w.top.pos !== 'adj' || w.top.grammar.case !== 'accusative' || hasArticle(w.top) || w.pros.length) return null;
      // after the verb, or after the verb and its subject; never the predicate of كان or أصبح (أصبح الوضع صعبا)
      const n = w.units.length;
      const verb = w.units[n - 1]?.kind === 'verb' ? w.units[n - 1] : w.units[n - 1]?.definite ? w.units[n - 2] : undefined;
      if (verb?.kind !== 'verb' || LINKING.test(verb.en)) return null;
      const adj = firstSense(w.top.gloss);
      const en = adverbOf(adj);
      return en ? { units: [{ kind: 'adv', en }] } : null;
    },
  },
];
