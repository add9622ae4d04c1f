import { encodeIndex, FormIndex, type RawHit } from '../../../../src/core/lexicon';
import { grammar, grammarCode, NO_GRAMMAR } from '../../../../src/core/model';
import { Analyzer } from '../../../../src/core/analysis';
import type { Lexicon } from '../../../../src/core/lexicon';
import type { LexiconData } from '../../../../src/core/lexicon';
import { realAnalyzer } from '../../helpers/analyzer';

const hit = (entry: number, strict: string, spelling?: string): RawHit => ({
  entry,
  grammar: entry % 2 ? grammar({ number: 'plural' }) : NO_GRAMMAR,
  flags: entry % 7,
  strict,
  spelling,
});

describe('the shipped form index', () => {
  // keys with long shared prefixes, across several front-coded blocks, plus a few that share nothing
  const keys = ['ب', 'بلد', 'بلدان', 'بلدة', 'بلديه', 'كتب', 'كتاب', 'كتابه', 'كتابات', 'كاتب', 'مكتب', 'مكتبه', 'مكتبات', 'يكتب'];
  for (let i = 0; i < 40; i++) keys.push(`مدرس${'ا'.repeat(i % 5)}${String.fromCharCode(0x0628 + i)}`);
  const forms = new Map<string, RawHit[]>(keys.map((k, i) => [k, i % 3 ? [hit(i, k)] : [hit(i, `${k}ة`, 'سبق'), hit(i + 100, k)]]));
  const index = new FormIndex(encodeIndex(forms, 200, []));

  test('finds every key with its hits', () => {
    expect(index.size).toBe(new Set(keys).size);
    for (const [k, hits] of forms) expect(index.find(k)).toEqual(hits);
  });

  test('a strict spelling is written as the letters that differ from the key, anywhere in a long word', () => {
    const long = 'والمستشفياتالميدانيه';
    const strict = `أ${long.slice(1, 19)}ة`;
    const f = new FormIndex(encodeIndex(new Map([[long, [hit(3, strict), hit(40000, long)]]]), 1, []));
    expect(f.find(long)).toEqual([hit(3, strict), hit(40000, long)]);
  });

  test('an index in another encoding is not read: the lexicon generates its forms instead', () => {
    const data = realAnalyzer().lexicon.data as LexiconData;
    const old = new Analyzer({ ...data, index: { ...data.index!, version: 2 } });
    expect(old.lexicon.hasNames).toBe(false);
    expect(old.word('المفاوضات')[0]!.lemma).toBe(realAnalyzer().word('المفاوضات')[0]!.lemma);
  });

  test('finds nothing for keys it does not have: before the first, between two, after the last, prefixes', () => {
    for (const k of ['ا', 'بل', 'بلدانه', 'كت', 'مدرس', 'مكتبة', 'ي', 'يكتبون', '']) expect(index.find(k)).toEqual([]);
  });
});

test('the real asset: the shipped index (with the names the build added) finds what generating every form finds', () => {
  const shipped = realAnalyzer().lexicon;
  const data = shipped.data as LexiconData;
  const generated = new Analyzer({ ...data, index: undefined }).lexicon;
  const show = (l: Lexicon, k: string) =>
    l.lookupForm(k).map((h) => `${h.entry.id}|${h.entry.lemma}|${grammarCode(h.grammar)}|${h.flags}|${h.strict}`);
  for (const k of ['كتاب', 'الكتاب', 'مفاوضات', 'واشنطن', 'يستخدم', 'تستخدم', 'استخدام', 'محادثات', 'قواعد', 'جندي']) {
    const key = k.startsWith('ال') ? k.slice(2) : k;
    expect(show(shipped, key)).toEqual(show(generated, key));
  }
});
