/**
 * Lists in English: Arabic joins every item of a list with و (A وB وC, or A، وB، وC), English only the last one
 * ("A, B and C"). A run of three or more plain noun phrases joined by "and" becomes one noun phrase, which also lets it
 * be a verb's plural subject as a whole. The first item may be a prepositional phrase, whose preposition then governs the
 * whole list.
 */
import type { Chunk } from './chunk';

/** A noun phrase that can be an item of a list: not a date, not inside brackets or quotation marks. */
const item = (c: Chunk | undefined): boolean => c?.kind === 'np' && !c.time && !c.aside && !c.quoted && !!c.text;
const isAnd = (c: Chunk | undefined): boolean => c?.kind === 'conj' && c.text === 'and';

/** The index after the separator at k ("and" or ", and") when an item follows it, else -1. */
function nextItem(cs: readonly Chunk[], k: number): number {
  const j = cs[k]?.kind === 'stop' ? k + 1 : k;
  return isAnd(cs[j]) && item(cs[j + 1]) ? j + 1 : -1;
}

/** The first item may carry the list's preposition ("to California, Oregon and Utah"). */
const first = (c: Chunk | undefined): boolean => item(c) || (c?.kind === 'pp' && !c.time && !c.aside && !c.quoted && !!c.text);

export function lists(cs: Chunk[]): Chunk[] {
  for (let i = 0; i < cs.length; i++) {
    if (!first(cs[i])) continue;
    const items = [i];
    for (let k = nextItem(cs, i + 1); k >= 0; k = nextItem(cs, k + 1)) items.push(k);
    // a verb right after the last noun phrase may have it as its subject (… وZ يقول): no list then
    if (items.length < 3 || cs[items[items.length - 1]! + 1]?.kind === 'vp') continue;
    const texts = items.map((k) => cs[k]!.text);
    const text = `${texts.slice(0, -1).join(', ')} and ${texts[texts.length - 1]}`;
    const last = items[items.length - 1]!;
    cs.splice(i, last - i + 1, { ...cs[i]!, text, plural: true, short: undefined });
  }
  return cs;
}

/** Words of quantity whose "of" phrase counts more than one (many of the people). */
const MANY =
  /^((about|around|nearly|almost|over|more than|less than) )?(many|some|most|several|few|all|both|dozens|hundreds|thousands|millions|\d[\d,.]*%?)$/;

/**
 * كثير من الناس "many of the people", واحد من اللاعبين "one of the players": a quantity and its "of" phrase are one
 * noun phrase, so that it moves as a whole when it is a verb's subject (شارك كثير من الناس "many of the people took
 * part").
 */
export function ofPhrases(cs: Chunk[]): Chunk[] {
  for (let i = 0; i + 1 < cs.length; i++) {
    const [np, pp] = [cs[i]!, cs[i + 1]!];
    if (np.kind !== 'np' || (!MANY.test(np.text) && np.text !== 'one') || pp.kind !== 'pp' || !pp.text.startsWith('of ')) continue;
    if (np.aside !== pp.aside || np.quoted !== pp.quoted) continue;
    // a share agrees with what it is a share of (80% of the income comes, 80% of the students come)
    const plural = /%$/.test(np.text) ? !!pp.plural : np.text !== 'one';
    cs.splice(i, 2, { ...np, text: `${np.text} ${pp.text}`, plural });
  }
  return cs;
}
