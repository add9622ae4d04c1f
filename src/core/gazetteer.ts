/** Names of people, places and organisations, indexed by their Arabic spellings (loose keys, article-free). */
import type { EntityType } from './types';
import type { GazetteerRow } from './lexicon-data';
import { parseAttrs, splitList } from './lexicon-data';
import { looseKey } from './normalize';
import { bareKey } from './phrases';

export interface NameEntry {
  english: string;
  type: EntityType;
  variants: string[];
  attrs: Record<string, string>;
  id: number;
}

type CommonWordTest = (key: string, type: EntityType) => boolean;

/** One spelling of a name, split into the loose keys of its words. */
export class NameVariant {
  private known: boolean | undefined;

  constructor(
    readonly entry: NameEntry,
    readonly words: string[],
    private readonly test: () => CommonWordTest | null,
  ) {}

  /** A one-word name that is also a common word (الأسد "the lion", أمل "hope") needs support from context. */
  get ambiguous(): boolean {
    // decided on first use (most names are never met in a given text), from the data or the lexicon
    if (this.known === undefined) {
      const t = this.test();
      this.known = this.entry.attrs.ambiguous === 'yes' || (this.words.length === 1 && !!t && t(this.words[0]!, this.entry.type));
    }
    return this.known;
  }
}

export class Gazetteer {
  readonly entries: NameEntry[] = [];
  private readonly byFirst = new Map<string, NameVariant[]>();
  /** nisba adjective (loose key, masculine singular) → the place entry */
  private readonly nisbas = new Map<string, NameEntry>();

  constructor(rows: readonly GazetteerRow[]) {
    for (const [english, type, variants, attrText] of rows) {
      const entry: NameEntry = {
        english,
        type: type as EntityType,
        variants: variants.split('|'),
        attrs: parseAttrs(attrText),
        id: this.entries.length,
      };
      this.entries.push(entry);
      for (const v of entry.variants) this.addVariant(entry, v);
      for (const n of splitList(entry.attrs.nisba)) this.nisbas.set(looseKey(n), entry);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** Adds a spelling (also used for phrases with a type). */
  addVariant(entry: NameEntry, v: string): void {
    // names are matched as written: العراق needs the article, غزة has none
    const words = v.split(/\s+/).map((w) => looseKey(w));
    const list = this.byFirst.get(words[0]!);
    const item = new NameVariant(entry, words, () => this.commonWord);
    if (list) list.push(item);
    else this.byFirst.set(words[0]!, [item]);
  }

  private commonWord: CommonWordTest | null = null;

  /** Sets the test of one-word variants that are also common words (applied lazily, per variant). */
  markAmbiguous(isCommonWord: CommonWordTest): void {
    this.commonWord = isCommonWord;
  }

  /** Whether some name starts with this exact key. */
  has(firstKey: string): boolean {
    return this.byFirst.has(firstKey);
  }

  /** Variants whose first word has this exact key (article included), longest first. */
  candidates(firstKey: string): readonly NameVariant[] {
    return this.byFirst.get(firstKey) ?? [];
  }

  /** The demonym of a country named in English (Russia → Russian), or undefined. */
  demonymOf(country: string): string | undefined {
    this.demonyms ??= new Map(this.entries.filter((e) => e.attrs.demonym).map((e) => [e.english, e.attrs.demonym!]));
    return this.demonyms.get(country);
  }

  private demonyms: Map<string, string> | undefined;

  /** The place a nisba adjective belongs to (روسي، الروسية، الأمريكيين → Russia, United States). */
  placeOfNisba(key: string): NameEntry | undefined {
    let k = bareKey(key);
    const direct = this.nisbas.get(k);
    if (direct) return direct;
    for (const suf of ['ه', 'ون', 'ين', 'ات', 'يه']) {
      if (k.endsWith(suf) && k.length > suf.length + 2) {
        const base = k.slice(0, -suf.length);
        const e = this.nisbas.get(base) ?? this.nisbas.get(base + 'ي');
        if (e) return e;
      }
    }
    k = k.replace(/يه$/, 'ي');
    return this.nisbas.get(k);
  }
}
